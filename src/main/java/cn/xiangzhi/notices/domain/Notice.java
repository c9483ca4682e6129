package cn.xiangzhi.notices.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A notice published for the villagers of a place — a village, or every village of a township or
 * county — shown on their kiosks and public pages from its publication until its last day (or until
 * withdrawn). Its text is never changed; a wrong notice is withdrawn with a reason and published again.
 */
@Entity
@Table(name = "notice")
public class Notice extends TenantOwnedEntity {

    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 4000;
    public static final int MAX_REASON = 500;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "place_id", nullable = false, updatable = false)
    private Place place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private NoticeKind kind;

    @Column(nullable = false, length = MAX_TITLE, updatable = false)
    private String title;

    @Column(length = MAX_BODY, updatable = false)
    private String body;

    @Column(name = "last_day", updatable = false)
    private LocalDate lastDay;

    @Column(name = "published_by", nullable = false, length = 120, updatable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_by", length = 120)
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdraw_reason", length = MAX_REASON)
    private String withdrawReason;

    protected Notice() {
    }

    /** A notice of {@code kind}; {@code lastDay} (optional) must not lie before {@code today}. */
    public Notice(Place place, NoticeKind kind, String title, String body, LocalDate lastDay, LocalDate today, String by,
                  Instant at) {
        if (kind == null) {
            throw new DomainException("error.notice.kind", (Object) null);
        }
        if (lastDay != null && lastDay.isBefore(today)) {
            throw new DomainException("error.notice.lastDay", lastDay);
        }
        this.place = place;
        this.kind = kind;
        this.title = Texts.required(title, MAX_TITLE, "error.notice.title");
        this.body = Texts.optional(body, MAX_BODY, "error.notice.body");
        this.lastDay = lastDay;
        this.publishedBy = by;
        this.publishedAt = at;
    }

    /** Takes the notice off the boards, with the reason (409 when already withdrawn). */
    public void withdraw(String reason, String by, Instant at) {
        if (withdrawnAt != null) {
            throw DomainException.conflict("error.notice.withdrawn", getId());
        }
        this.withdrawReason = Texts.required(reason, MAX_REASON, "error.notice.reason");
        this.withdrawnBy = by;
        this.withdrawnAt = at;
    }

    /** On the boards on {@code day}: not withdrawn and not past its last day. */
    public boolean isShownOn(LocalDate day) {
        return withdrawnAt == null && (lastDay == null || !lastDay.isBefore(day));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("placeId", place == null ? null : place.getId());
        state.put("kind", kind == null ? null : kind.name());
        state.put("title", title);
        state.put("body", body);
        state.put("lastDay", lastDay == null ? null : lastDay.toString());
        state.put("withdrawnBy", withdrawnBy);
        state.put("withdrawReason", withdrawReason);
        return state;
    }

    public Place getPlace() {
        return place;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }
}
