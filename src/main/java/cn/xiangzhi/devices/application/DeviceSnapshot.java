package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceStatus;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.tenancy.TenantRef;

import java.time.ZoneId;

/**
 * What the protocol endpoints need to know of a device for each request, remembered for a few
 * seconds ({@link DeviceDirectory}): whose it is (tenant null while pending), whether the tenant is
 * active, its village and zone, and the language its text comes in.
 */
public record DeviceSnapshot(long id, String serial, DeviceStatus status, TenantRef tenant, boolean tenantActive,
                             Long villageId, ZoneId zone, String language, String attlogStamp, String operlogStamp) {

    static DeviceSnapshot of(Device device, TenantSnapshot tenant) {
        return new DeviceSnapshot(device.getId(), device.getSerialNumber(), device.getStatus(),
                tenant == null ? null : tenant.ref(), tenant != null && tenant.isActive(), device.getVillageId(),
                ZoneId.of(device.getTimeZone()), device.getLanguage(), device.getAttlogStamp(), device.getOperlogStamp());
    }

    /** Heard: claimed by an active tenant, not disabled. */
    public boolean heard() {
        return status == DeviceStatus.ACTIVE && tenant != null && tenantActive && villageId != null;
    }

    /** Text from the device is GB2312 (read as its superset GB18030) when it said {@code language=83}, else UTF-8. */
    public boolean chinese() {
        return "83".equals(language);
    }
}
