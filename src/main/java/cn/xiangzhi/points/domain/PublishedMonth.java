package cn.xiangzhi.points.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A village's closed month: its points are published (一月一公示) and may be objected to until
 * {@link #getObjectionUntil()}; after that day the month's unfrozen lines are redeemable. A closed
 * month takes no new lines. One row per village and month (unique), so closing twice changes nothing.
 */
@Entity
@Table(name = "points_month")
public class PublishedMonth extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, updatable = false)
    private int month;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, length = 120, updatable = false)
    private String closedBy;

    @Column(name = "objection_until", nullable = false, updatable = false)
    private LocalDate objectionUntil;

    protected PublishedMonth() {
    }

    public PublishedMonth(Place village, int month, String closedBy, Instant at, LocalDate today, int objectionDays) {
        if (objectionDays < 1 || objectionDays > 60) {
            throw new DomainException("error.points.objectionDays", objectionDays);
        }
        this.village = village;
        this.month = month;
        this.closedBy = closedBy;
        this.closedAt = at;
        this.objectionUntil = today.plusDays(objectionDays);
    }

    /** Whether objections are still taken on {@code day}. */
    public boolean inObjectionPeriod(LocalDate day) {
        return !day.isAfter(objectionUntil);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("month", month);
        state.put("closedBy", closedBy);
        state.put("objectionUntil", objectionUntil == null ? null : objectionUntil.toString());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public int getMonth() {
        return month;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public LocalDate getObjectionUntil() {
        return objectionUntil;
    }
}
