package cn.xiangzhi.seal.domain;

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
 * An alarm to the township about a seal: sent by its terminal, or raised when a stamp is over the
 * approved count, outside the window or matched to no application, or when the terminal's sequence
 * numbers skip. Stored once per device and {@code sourceKey}; append-only, written by the ledger.
 */
@Entity
@Table(name = "seal_alarm")
public class SealAlarm extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "seal_id", nullable = false, updatable = false)
    private long sealId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private AlarmKind kind;

    @Column(name = "source_key", nullable = false, length = 60, updatable = false)
    private String sourceKey;

    @Column(name = "stamp_id", updatable = false)
    private Long stampId;

    @Column(length = 500, updatable = false)
    private String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected SealAlarm() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("kind", kind == null ? null : kind.name());
        state.put("sourceKey", sourceKey);
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public long getSealId() {
        return sealId;
    }

    public long getVillageId() {
        return villageId;
    }

    public AlarmKind getKind() {
        return kind;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Long getStampId() {
        return stampId;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
