package cn.xiangzhi.orglife.domain;

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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A meeting a village schedules: its type, its time window, its place and the terminal PINs of the
 * people expected. Who came, when and for how long is not recorded here but derived from the punches
 * of the village's terminals within the window ({@link Attendance}).
 */
@Entity
@Table(name = "orglife_meeting")
public class Meeting extends TenantOwnedEntity {

    /** The longest meeting window: a day. */
    public static final Duration LONGEST = Duration.ofHours(24);

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    private MeetingType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 120)
    private String place;

    /** Comma-separated terminal PINs. */
    @Column(name = "expected_pins", nullable = false, length = 2000)
    private String expectedPins;

    @Column(name = "scheduled_by", nullable = false, updatable = false, length = 120)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private Instant scheduledAt;

    /** Where the township's review stands. */
    public enum Review { PENDING, APPROVED, REJECTED }

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status", nullable = false, length = 12)
    private Review review = Review.PENDING;

    @Column(name = "reviewed_by", length = 120)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "review_reason", length = 500)
    private String reviewReason;

    protected Meeting() {
    }

    public Meeting(long villageId, MeetingType type, Instant startsAt, Instant endsAt, String place, List<String> expected,
                   String by, Instant now) {
        if (startsAt == null) {
            throw new DomainException("error.meeting.startsAt", "");
        }
        if (endsAt == null || !endsAt.isAfter(startsAt) || Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new DomainException("error.meeting.endsAt", endsAt == null ? "" : endsAt);
        }
        if (place == null || place.isBlank() || place.strip().length() > 120) {
            throw new DomainException("error.meeting.place", place == null ? "" : place);
        }
        Set<String> pins = new LinkedHashSet<>();
        for (String pin : expected == null ? List.<String>of() : expected) {
            if (pin == null || !pin.strip().matches("[0-9]{1,9}")) {
                throw new DomainException("error.meeting.expectedPins", pin);
            }
            pins.add(pin.strip());
        }
        if (pins.size() > 200) {
            throw new DomainException("error.meeting.expectedPins", pins.size());
        }
        this.villageId = villageId;
        this.type = type;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place.strip();
        this.expectedPins = String.join(",", pins);
        this.scheduledBy = by;
        this.scheduledAt = now;
    }

    /**
     * The township's decision on the meeting's record: approved, or rejected with a reason (which the
     * village reads). Given once; a meeting is reviewed after it has ended.
     */
    public void review(boolean approve, String reason, String by, Instant now) {
        if (review != Review.PENDING) {
            throw DomainException.conflict("error.meeting.reviewed", review.name());
        }
        if (now.isBefore(endsAt)) {
            throw DomainException.conflict("error.meeting.notOver", endsAt);
        }
        String text = reason == null ? "" : reason.strip();
        if (!approve && text.isEmpty() || text.length() > 500) {
            throw new DomainException("error.meeting.reason", text.length());
        }
        this.review = approve ? Review.APPROVED : Review.REJECTED;
        this.reviewReason = text.isEmpty() ? null : text;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public List<String> expected() {
        return expectedPins.isEmpty() ? List.of() : Arrays.asList(expectedPins.split(","));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", villageId);
        state.put("typeId", type == null ? null : type.getId());
        state.put("startsAt", startsAt == null ? null : startsAt.toString());
        state.put("endsAt", endsAt == null ? null : endsAt.toString());
        state.put("place", place);
        state.put("expectedPins", expectedPins);
        state.put("review", review == null ? null : review.name());
        state.put("reviewReason", reviewReason);
        return state;
    }

    public long getVillageId() {
        return villageId;
    }

    public MeetingType getType() {
        return type;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public Review getReview() {
        return review;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewReason() {
        return reviewReason;
    }
}
