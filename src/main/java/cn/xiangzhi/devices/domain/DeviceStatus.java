package cn.xiangzhi.devices.domain;

/**
 * Where a device stands in the registry: {@code PENDING} called in with a serial nobody has claimed
 * (answered, nothing it sends is stored), {@code ACTIVE} belongs to a tenant's village and is
 * heard, {@code DISABLED} belongs to a tenant and is refused.
 */
public enum DeviceStatus {
    PENDING, ACTIVE, DISABLED
}
