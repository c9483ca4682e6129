package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
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
 * A village's physical seal, held in a seal terminal of the device registry (a device of kind SEAL).
 * Moving it to another terminal and retiring it are changes of this row, each written to the audit
 * log with who and when; a retired seal keeps its history and stamps nothing more.
 */
@Entity
@Table(name = "seal")
public class Seal extends TenantOwnedEntity {

    @Column(name = "village_id", nullable = false)
    private long villageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SealKind kind;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private SealStatus status;

    @Column(name = "registered_by", nullable = false, length = 120, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "retired_by", length = 120)
    private String retiredBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retire_reason", length = 500)
    private String retireReason;

    protected Seal() {
    }

    public Seal(long villageId, SealKind kind, String name, long deviceId, String by, Instant at) {
        if (kind == null) {
            throw new DomainException("error.seal.kind", "");
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new DomainException("error.seal.name", name);
        }
        this.villageId = villageId;
        this.kind = kind;
        this.name = n;
        this.deviceId = deviceId;
        this.status = SealStatus.ACTIVE;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    /** Puts the seal into another terminal. */
    public void moveTo(long device) {
        requireActive();
        this.deviceId = device;
    }

    public void retire(String reason, String by, Instant at) {
        requireActive();
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 500) {
            throw new DomainException("error.seal.retireReason", reason);
        }
        this.status = SealStatus.RETIRED;
        this.retireReason = r;
        this.retiredBy = by;
        this.retiredAt = at;
    }

    public void requireActive() {
        if (status != SealStatus.ACTIVE) {
            throw DomainException.conflict("error.seal.retired", name);
        }
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", villageId);
        state.put("kind", kind.name());
        state.put("name", name);
        state.put("deviceId", deviceId);
        state.put("status", status.name());
        state.put("retireReason", retireReason);
        return state;
    }

    public long getVillageId() {
        return villageId;
    }

    public SealKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public SealStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRetiredBy() {
        return retiredBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getRetireReason() {
        return retireReason;
    }
}
