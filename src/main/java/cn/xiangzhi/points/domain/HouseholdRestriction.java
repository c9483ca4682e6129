package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household on the negative list (负面清单): from a day, until a day or open-ended, it may not do
 * what its {@link RestrictionKind} says. Lifting it early is a recorded act (who, when, why); a
 * restriction is never deleted, and a lifted one stays on record.
 */
@Entity
@Table(name = "household_restriction")
public class HouseholdRestriction extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private RestrictionKind kind;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate from;

    @Column(name = "until_date", updatable = false)
    private LocalDate until;

    @Column(name = "placed_by", nullable = false, length = 120, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private Instant placedAt;

    @Column(name = "lifted_by", length = 120)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = 500)
    private String liftReason;

    protected HouseholdRestriction() {
    }

    public HouseholdRestriction(Household household, RestrictionKind kind, String reason, LocalDate from, LocalDate until,
                                String by, Instant at) {
        if (kind == null) {
            throw new DomainException("error.restriction.kind");
        }
        if (from == null || until != null && until.isBefore(from)) {
            throw new DomainException("error.restriction.period", from, until);
        }
        this.household = household;
        this.kind = kind;
        this.reason = requireReason(reason);
        this.from = from;
        this.until = until;
        this.placedBy = by;
        this.placedAt = at;
    }

    /** Ends the restriction now, for {@code why}; once. */
    public void lift(String by, String why, Instant at) {
        if (liftedAt != null) {
            throw DomainException.conflict("error.restriction.lifted", getId());
        }
        this.liftReason = requireReason(why);
        this.liftedBy = by;
        this.liftedAt = at;
    }

    /** Whether it is in force on {@code day}: begun, not ended, and not lifted on or before that day. */
    public boolean inForceOn(LocalDate day, ZoneId zone) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until))
                && (liftedAt == null || day.isBefore(liftedAt.atZone(zone).toLocalDate()));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw new DomainException("error.restriction.reason");
        }
        return reason.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", household == null ? null : household.getId());
        state.put("kind", kind == null ? null : kind.name());
        state.put("reason", reason);
        state.put("from", from == null ? null : from.toString());
        state.put("until", until == null ? null : until.toString());
        state.put("placedBy", placedBy);
        state.put("liftedBy", liftedBy);
        state.put("liftReason", liftReason);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public RestrictionKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getPlacedBy() {
        return placedBy;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public String getLiftedBy() {
        return liftedBy;
    }

    public Instant getLiftedAt() {
        return liftedAt;
    }

    public String getLiftReason() {
        return liftReason;
    }
}
