package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A seal terminal as the seal protocol knows it: its own HMAC secret (issued when a seal is first
 * bound to it, shown once, replaced on request), its last heartbeat (battery, lid) and the highest
 * stamp sequence number it has sent, from which gaps are flagged. The ledger locks this row first
 * for every stamp of the device. The secret never enters the audit log.
 */
@Entity
@Table(name = "seal_terminal")
public class SealTerminal extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(nullable = false, length = 64)
    private String secret;

    @Column(name = "issued_by", nullable = false, length = 120)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column
    private Integer battery;

    @Column(name = "lid_open")
    private Boolean lidOpen;

    @Column(name = "last_heartbeat")
    private Instant lastHeartbeat;

    @Column(name = "last_sequence", nullable = false)
    private long lastSequence;

    protected SealTerminal() {
    }

    public SealTerminal(long deviceId, String by, Instant at) {
        this.deviceId = deviceId;
        reissue(by, at);
    }

    /** A new secret; the old one stops working at once. Answers the new secret (to be shown once). */
    public String reissue(String by, Instant at) {
        this.secret = SealSignature.newSecret();
        this.issuedBy = by;
        this.issuedAt = at;
        return secret;
    }

    public void heartbeat(int battery, boolean lidOpen, Instant at) {
        this.battery = battery;
        this.lidOpen = lidOpen;
        this.lastHeartbeat = at;
    }

    /** Notes a stamp's sequence number; answers the gap it leaves before it, if any. */
    public long[] sequence(long sequence) {
        long[] gap = Reconciliation.gapBefore(lastSequence, sequence);
        lastSequence = Math.max(lastSequence, sequence);
        return gap;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("issuedBy", issuedBy);
        state.put("issuedAt", issuedAt == null ? null : issuedAt.toString());
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getSecret() {
        return secret;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Integer getBattery() {
        return battery;
    }

    public Boolean getLidOpen() {
        return lidOpen;
    }

    public Instant getLastHeartbeat() {
        return lastHeartbeat;
    }

    public long getLastSequence() {
        return lastSequence;
    }
}
