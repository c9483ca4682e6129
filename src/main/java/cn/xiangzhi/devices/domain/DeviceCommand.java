package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A command waiting for, fetched by or answered by one terminal. Queued by the platform
 * ({@link TerminalCommand}), handed out by {@code getrequest} as {@code C:<id>:<text>} (then
 * {@code SENT}), answered through {@code devicecmd} with a return code: 0 is {@code DONE}, any other
 * {@code FAILED} (-1 bad parameter, -10 PIN not found, -1002 unsupported).
 */
@Entity
@Table(name = "device_command")
public class DeviceCommand extends TenantOwnedEntity {

    /** Where a command stands. */
    public enum Status { QUEUED, SENT, DONE, FAILED }

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private TerminalCommand.Kind kind;

    @Column(name = "command_text", nullable = false, updatable = false, length = 1000)
    private String commandText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @Column(name = "return_code")
    private Integer returnCode;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "queued_by", nullable = false, updatable = false, length = 120)
    private String queuedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected DeviceCommand() {
    }

    public DeviceCommand(long deviceId, TerminalCommand command, String by, Instant now) {
        this.deviceId = deviceId;
        this.kind = command.kind();
        this.commandText = command.text();
        this.status = Status.QUEUED;
        this.queuedAt = now;
        this.queuedBy = by;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("kind", kind == null ? null : kind.name());
        state.put("status", status == null ? null : status.name());
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public TerminalCommand.Kind getKind() {
        return kind;
    }

    public String getCommandText() {
        return commandText;
    }

    public Status getStatus() {
        return status;
    }

    public Integer getReturnCode() {
        return returnCode;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public String getQueuedBy() {
        return queuedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
