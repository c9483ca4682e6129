package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rating campaign (扫码评星) the tenant admin or a township books: what it rates, the questionnaire
 * (one question a line, all answered on one scale 1..{@code scale}), the weights of the rater groups,
 * the star thresholds and the voting window. {@code secret} keys the hashes that stand for raters in
 * the vote ledger and the households' printed tokens; it never leaves the server.
 */
@Entity
@Table(name = "rating_campaign")
public class RatingCampaign extends TenantOwnedEntity {

    public static final int MAX_QUESTIONS = 20;

    @Column(nullable = false, length = 120)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, updatable = false, length = 12)
    private SubjectKind subjectKind;

    @Column(nullable = false, length = 4000)
    private String questions;

    @Column(nullable = false)
    private int scale;

    @Column(name = "weight_self", nullable = false)
    private int weightSelf;
    @Column(name = "weight_peer", nullable = false)
    private int weightPeer;
    @Column(name = "weight_public", nullable = false)
    private int weightPublic;
    @Column(name = "weight_superior", nullable = false)
    private int weightSuperior;

    @Column(name = "five_stars_from", nullable = false)
    private int fiveStarsFrom;
    @Column(name = "four_stars_from", nullable = false)
    private int fourStarsFrom;
    @Column(name = "three_stars_from", nullable = false)
    private int threeStarsFrom;
    @Column(name = "two_stars_from", nullable = false)
    private int twoStarsFrom;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String secret;

    @Column(name = "booked_by", nullable = false, updatable = false, length = 120)
    private String bookedBy;

    @Column(name = "booked_at", nullable = false, updatable = false)
    private Instant bookedAt;

    protected RatingCampaign() {
    }

    public RatingCampaign(String title, SubjectKind subjectKind, List<String> questions, int scale, Weights weights, StarScale stars,
                          Instant opensAt, Instant closesAt, String secret, String bookedBy, Instant bookedAt) {
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new DomainException("error.rating.title", title);
        }
        if (subjectKind == null) {
            throw new DomainException("error.rating.subjectKind", "");
        }
        List<String> asked = questions == null ? List.of() : questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        if (asked.isEmpty() || asked.size() > MAX_QUESTIONS || asked.stream().anyMatch(q -> q.length() > 190 || q.contains("\n"))) {
            throw new DomainException("error.rating.questions", MAX_QUESTIONS);
        }
        if (scale < 2 || scale > 10) {
            throw new DomainException("error.rating.scale", scale);
        }
        if (opensAt == null || closesAt == null || !closesAt.isAfter(opensAt)) {
            throw new DomainException("error.rating.window");
        }
        this.title = title.strip();
        this.subjectKind = subjectKind;
        this.questions = String.join("\n", asked);
        this.scale = scale;
        this.weightSelf = weights.self();
        this.weightPeer = weights.peer();
        this.weightPublic = weights.pub();
        this.weightSuperior = weights.superior();
        this.fiveStarsFrom = stars.five();
        this.fourStarsFrom = stars.four();
        this.threeStarsFrom = stars.three();
        this.twoStarsFrom = stars.two();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.secret = secret;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    /** Whether votes are taken at {@code now}: from the opening (inclusive) to the closing (exclusive). */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public List<String> questionList() {
        return Arrays.asList(questions.split("\n"));
    }

    public Weights weights() {
        return new Weights(weightSelf, weightPeer, weightPublic, weightSuperior);
    }

    public StarScale starScale() {
        return new StarScale(fiveStarsFrom, fourStarsFrom, threeStarsFrom, twoStarsFrom);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", title);
        state.put("subjectKind", subjectKind == null ? null : subjectKind.name());
        state.put("questions", questions);
        state.put("scale", scale);
        state.put("weights", weightSelf + "/" + weightPeer + "/" + weightPublic + "/" + weightSuperior);
        state.put("stars", fiveStarsFrom + "/" + fourStarsFrom + "/" + threeStarsFrom + "/" + twoStarsFrom);
        state.put("opensAt", opensAt == null ? null : opensAt.toString());
        state.put("closesAt", closesAt == null ? null : closesAt.toString());
        return state;
    }

    public String getTitle() {
        return title;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public int getScale() {
        return scale;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public String getSecret() {
        return secret;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }
}
