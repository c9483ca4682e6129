package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
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
import java.util.regex.Pattern;

/**
 * A liaison's visit to a household (走访): the day on the tenant's calendar, what was discussed, and
 * whether the household confirmed it — the head typed the last four digits of the phone on record
 * (the monthly visit book the household signs, seed 004). Never changed once recorded.
 */
@Entity
@Table(name = "liaison_visit")
public class LiaisonVisit extends TenantOwnedEntity {

    /** How far back a visit may be entered (a visit book filled in later). */
    public static final int MAX_DAYS_BACK = 62;
    public static final int MAX_NOTES = 2000;
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "liaison_id", nullable = false, updatable = false)
    private Liaison liaison;

    @Column(name = "visited_on", nullable = false, updatable = false)
    private LocalDate visitedOn;

    @Column(nullable = false, length = MAX_NOTES, updatable = false)
    private String notes;

    @Column(nullable = false, updatable = false)
    private boolean confirmed;

    @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected LiaisonVisit() {
    }

    /**
     * A visit on {@code visitedOn} (not after {@code today}, at most {@link #MAX_DAYS_BACK} days before);
     * {@code confirmation}: the digits the household typed, or none — refused when they are not the last
     * four of the head's phone ({@link #confirms}).
     */
    public LiaisonVisit(Household household, Liaison liaison, LocalDate visitedOn, String notes, String confirmation, LocalDate today,
                        String by, Instant at) {
        if (visitedOn == null || visitedOn.isAfter(today) || visitedOn.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw new DomainException("error.visit.visitedOn", visitedOn == null ? "" : visitedOn, MAX_DAYS_BACK);
        }
        this.household = household;
        this.liaison = liaison;
        this.visitedOn = visitedOn;
        this.notes = Texts.required(notes, MAX_NOTES, "error.visit.notes");
        this.confirmed = confirmation != null && !confirmation.isBlank();
        if (confirmed && !confirms(household.getPhone(), confirmation)) {
            throw new DomainException("error.visit.confirmation");
        }
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** Whether {@code digits} are exactly the last four digits of {@code phone} (never for a household without a phone). */
    public static boolean confirms(String phone, String digits) {
        return phone != null && digits != null && FOUR_DIGITS.matcher(digits.strip()).matches() && phone.endsWith(digits.strip());
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", household == null ? null : household.getId());
        state.put("liaisonId", liaison == null ? null : liaison.getId());
        state.put("visitedOn", visitedOn == null ? null : visitedOn.toString());
        state.put("confirmed", confirmed);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public Liaison getLiaison() {
        return liaison;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
