package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ballot in the vote ledger, never changed: a rater who changes the vote adds a row with the next
 * {@code seq}; the effective vote of a rater on a subject is its row with the highest seq. The rater
 * is only a keyed hash ({@code raterKey}), so the ledger does not name who voted what; the unique key
 * (subject, rater, seq) makes two concurrent submits of one rater collide instead of both counting.
 */
@Entity
@Table(name = "rating_vote")
public class Vote extends TenantOwnedEntity {

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false, updatable = false)
    private RatingSubject subject;

    @Column(name = "rater_key", nullable = false, updatable = false, length = 64)
    private String raterKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_group", nullable = false, updatable = false, length = 10)
    private RaterGroup raterGroup;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(nullable = false, updatable = false, length = 200)
    private String answers;

    @Column(nullable = false, updatable = false, precision = 6, scale = 2)
    private BigDecimal score;

    @Column(updatable = false, length = 500)
    private String comment;

    @Column(name = "cast_at", nullable = false, updatable = false)
    private Instant castAt;

    protected Vote() {
    }

    public Vote(RatingSubject subject, String raterKey, RaterGroup raterGroup, int seq, Answers answers, String comment, Instant castAt) {
        this.campaignId = subject.getCampaign().getId();
        this.subject = subject;
        this.raterKey = raterKey;
        this.raterGroup = raterGroup;
        this.seq = seq;
        this.answers = answers.stored();
        this.score = BigDecimal.valueOf(answers.score());
        this.comment = comment == null || comment.isBlank() ? null : comment.strip().length() > 500 ? comment.strip().substring(0, 500) : comment.strip();
        this.castAt = castAt;
    }

    /** No rater identity in the audit log: the group and the subject only. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", subject == null ? null : subject.getId());
        state.put("group", raterGroup == null ? null : raterGroup.name());
        state.put("seq", seq);
        return state;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public RatingSubject getSubject() {
        return subject;
    }

    public String getRaterKey() {
        return raterKey;
    }

    public RaterGroup getRaterGroup() {
        return raterGroup;
    }

    public int getSeq() {
        return seq;
    }

    public String getAnswers() {
        return answers;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
