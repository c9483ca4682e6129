package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line a terminal sent that could not be read (wrong field count, an impossible date, a photo
 * without its separator), kept with its raw text for review while the good lines of its batch were
 * stored. Once per device, table and text. Append-only.
 */
@Entity
@Table(name = "device_rejected_line")
public class RejectedLine extends TenantOwnedEntity {

    @Column(name = "device_id", nullable = false, updatable = false)
    private long deviceId;

    @Column(name = "table_name", nullable = false, updatable = false, length = 16)
    private String tableName;

    /** A message key: {@code device.line.*}. */
    @Column(nullable = false, updatable = false, length = 60)
    private String reason;

    @Column(name = "raw_text", nullable = false, updatable = false, length = 2000)
    private String rawText;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected RejectedLine() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("deviceId", deviceId);
        state.put("reason", reason);
        return state;
    }

    public long getDeviceId() {
        return deviceId;
    }

    public String getTableName() {
        return tableName;
    }

    public String getReason() {
        return reason;
    }

    public String getRawText() {
        return rawText;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
