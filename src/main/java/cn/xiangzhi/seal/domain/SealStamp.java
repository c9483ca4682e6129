package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One stamp a seal terminal reported: its sequence number on the device (unique per device: a resent
 * event is stored once), when it was pressed (device clock, UTC), who operated it, the photo the
 * terminal took, and the application it was matched to with the verdict of reconciliation.
 * Append-only: written by the ledger's {@code INSERT IGNORE} ({@code seal/infrastructure/SealStore}),
 * never changed, read here.
 */
@Entity
@Table(name = "seal_stamp")
public class SealStamp extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "seal_id", nullable = false, updatable = false)
    private long sealId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(name = "sequence_no", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "stamped_at", nullable = false, updatable = false)
    private Instant stampedAt;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(length = 60, updatable = false)
    private String operator;

    @Column(name = "application_id", updatable = false)
    private Long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private StampVerdict verdict;

    @Column(name = "photo_type", length = 60, updatable = false)
    private String photoType;

    @Column(name = "photo_sha256", length = 64, updatable = false)
    private String photoSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "photo", updatable = false)
    private byte[] photo;

    protected SealStamp() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("sequence", sequence);
        state.put("applicationId", applicationId);
        state.put("verdict", verdict == null ? null : verdict.name());
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

    public long getSequence() {
        return sequence;
    }

    public Instant getStampedAt() {
        return stampedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getOperator() {
        return operator;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public StampVerdict getVerdict() {
        return verdict;
    }

    public String getPhotoType() {
        return photoType;
    }

    public String getPhotoSha256() {
        return photoSha256;
    }

    public byte[] getPhoto() {
        return photo == null ? null : photo.clone();
    }
}
