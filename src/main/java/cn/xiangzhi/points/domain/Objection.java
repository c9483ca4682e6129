package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household's objection to one published ledger line. While it is open the line is frozen (not
 * redeemable); a reviewer upholds it (the line is reversed) or dismisses it (the line counts again).
 */
@Entity
@Table(name = "points_objection")
public class Objection extends TenantOwnedEntity {

    /** Where an objection stands. */
    public enum Status { OPEN, UPHELD, DISMISSED }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "line_id", nullable = false, updatable = false)
    private LedgerLine line;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "raised_by", nullable = false, length = 120, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "resolved_by", length = 120)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(length = 500)
    private String resolution;

    /** The line while the objection is open, null once resolved: one open objection per line (unique key). */
    @Column(name = "open_line_id")
    private Long openLineId;

    protected Objection() {
    }

    public Objection(LedgerLine line, String reason, String raisedBy, Instant at) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new DomainException("error.points.reason");
        }
        this.line = line;
        this.openLineId = line.getId();
        this.reason = reason.strip();
        this.raisedBy = raisedBy;
        this.raisedAt = at;
    }

    /** Settles the objection; returns whether it was upheld (the caller then reverses the line). */
    public boolean resolve(boolean uphold, String by, String why, Instant at) {
        if (status != Status.OPEN) {
            throw DomainException.conflict("error.points.objectionResolved", getId(), status);
        }
        if (why == null || why.isBlank() || why.strip().length() > 500) {
            throw new DomainException("error.points.reason");
        }
        status = uphold ? Status.UPHELD : Status.DISMISSED;
        openLineId = null;
        resolvedBy = by;
        resolvedAt = at;
        resolution = why.strip();
        return uphold;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lineId", line == null ? null : line.getId());
        state.put("reason", reason);
        state.put("raisedBy", raisedBy);
        state.put("status", status == null ? null : status.name());
        state.put("resolvedBy", resolvedBy);
        state.put("resolution", resolution);
        return state;
    }

    public LedgerLine getLine() {
        return line;
    }

    public String getReason() {
        return reason;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Status getStatus() {
        return status;
    }

    public String getResolvedBy() {
        return resolvedBy;
    }

    public String getResolution() {
        return resolution;
    }
}
