package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An alarm a terminal raised (an {@code OPERLOG} line of operation type 3): reason 55 means the
 * device was broken open. Reaches the tenant on the devices page. Append-only, once per device,
 * time and reason.
 */
@Entity
@Table(name = "device_alarm")
public class DeviceAlarm extends TenantOwnedEntity {

    /** The reason code of a tamper alarm: the case was opened. */
    public static final int TAMPER = 55;

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(nullable = false, updatable = false)
    private int reason;

    @Column(name = "occurred_local", nullable = false, updatable = false)
    private LocalDateTime occurredLocal;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "raw_text", nullable = false, updatable = false, length = 500)
    private String rawText;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected DeviceAlarm() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("reason", reason);
        return state;
    }

    public boolean isTamper() {
        return reason == TAMPER;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public long getVillageId() {
        return villageId;
    }

    public int getReason() {
        return reason;
    }

    public LocalDateTime getOccurredLocal() {
        return occurredLocal;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRawText() {
        return rawText;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
