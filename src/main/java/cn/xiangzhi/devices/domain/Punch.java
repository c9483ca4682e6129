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
 * One check-in or check-out on an attendance terminal (an {@code ATTLOG} record). Identified by
 * device, PIN and the device's clock time (unique in the database), so a batch the device sends
 * again is stored once. Append-only: written in bulk by the protocol adapter, never changed.
 */
@Entity
@Table(name = "device_punch")
public class Punch extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(nullable = false, updatable = false, length = 24)
    private String pin;

    /** The device's clock, which has no zone. */
    @Column(name = "punched_local", nullable = false, updatable = false)
    private LocalDateTime punchedLocal;

    /** {@link #punchedLocal} in the device's zone. */
    @Column(name = "punched_at", nullable = false, updatable = false)
    private Instant punchedAt;

    @Column(nullable = false, updatable = false)
    private int status;

    @Column(nullable = false, updatable = false)
    private int verify;

    @Column(updatable = false, length = 24)
    private String workcode;

    @Column(updatable = false, length = 500)
    private String extra;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected Punch() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("pin", pin);
        state.put("punchedLocal", punchedLocal == null ? null : punchedLocal.toString());
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getPin() {
        return pin;
    }

    public LocalDateTime getPunchedLocal() {
        return punchedLocal;
    }

    public Instant getPunchedAt() {
        return punchedAt;
    }

    public int getStatus() {
        return status;
    }

    public int getVerify() {
        return verify;
    }

    public String getWorkcode() {
        return workcode;
    }

    public String getExtra() {
        return extra;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
