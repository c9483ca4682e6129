package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceKind;
import cn.xiangzhi.devices.domain.DeviceStatus;

import java.io.Serializable;
import java.time.Instant;

/**
 * A device as its tenant's staff see it: where it is, when it last called, its firmware's protocol
 * version, and today's (tenant's day) records received, lines kept as bad and alarms.
 */
public record DeviceView(long id, String serialNumber, Long villageId, String villageName, DeviceKind kind, String label,
                         String timeZone, DeviceStatus status, Instant firstSeen, Instant lastContact, String lastAddress,
                         String pushVersion, long recordsToday, long errorsToday, long alarmsToday, long version)
        implements Serializable {

    static DeviceView of(Device device, String villageName, long records, long errors, long alarms) {
        return new DeviceView(device.getId(), device.getSerialNumber(), device.getVillageId(), villageName, device.getKind(),
                device.getLabel(), device.getTimeZone(), device.getStatus(), device.getFirstSeen(), device.getLastContact(),
                device.getLastAddress(), device.getPushVersion(), records, errors, alarms, device.getVersion());
    }

    public boolean isActive() {
        return status == DeviceStatus.ACTIVE;
    }
}
