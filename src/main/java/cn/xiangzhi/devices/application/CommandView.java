package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.DeviceCommand;
import cn.xiangzhi.devices.domain.TerminalCommand;

import java.io.Serializable;
import java.time.Instant;

/** A command for a terminal and where it stands: queued, sent (fetched by the device), done or failed with the device's return code. */
public record CommandView(long id, long deviceId, String serialNumber, TerminalCommand.Kind kind, String command,
                          DeviceCommand.Status status, Integer returnCode, Instant queuedAt, String queuedBy, Instant sentAt,
                          Instant answeredAt) implements Serializable {

    static CommandView of(DeviceCommand command, String serial) {
        return new CommandView(command.getId(), command.getDeviceId(), serial, command.getKind(), command.getCommandText(),
                command.getStatus(), command.getReturnCode(), command.getQueuedAt(), command.getQueuedBy(), command.getSentAt(),
                command.getAnsweredAt());
    }
}
