package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A photo a terminal took at a punch ({@code ATTPHOTO}), once per device and file name. Append-only. */
@Entity
@Table(name = "device_photo")
public class DevicePhoto extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 80)
    private String fileName;

    @Column(updatable = false, length = 24)
    private String pin;

    @Column(name = "taken_local", updatable = false)
    private LocalDateTime takenLocal;

    @Column(name = "taken_at", updatable = false)
    private Instant takenAt;

    @Column(nullable = false, updatable = false)
    private int size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected DevicePhoto() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("fileName", fileName);
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getPin() {
        return pin;
    }

    public LocalDateTime getTakenLocal() {
        return takenLocal;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public int getSize() {
        return size;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
