package cn.xiangzhi.rating.application;

import cn.xiangzhi.rating.domain.BottomLine;
import cn.xiangzhi.rating.domain.ConsequenceRule;
import cn.xiangzhi.rating.domain.Problem;
import cn.xiangzhi.rating.domain.RaterGroup;
import cn.xiangzhi.rating.domain.RatingCampaign;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.rating.domain.SubjectKind;
import cn.xiangzhi.rating.domain.Vote;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the rating services answer to pages and REST. */
public final class RatingViews {

    private RatingViews() {
    }

    public record CampaignView(long id, String title, SubjectKind subjectKind, List<String> questions, int scale,
                               int weightSelf, int weightPeer, int weightPublic, int weightSuperior,
                               int fiveStarsFrom, int fourStarsFrom, int threeStarsFrom, int twoStarsFrom,
                               Instant opensAt, Instant closesAt, boolean open, String bookedBy, long subjects) implements Serializable {
        static CampaignView of(RatingCampaign c, Instant now, long subjects) {
            return new CampaignView(c.getId(), c.getTitle(), c.getSubjectKind(), c.questionList(), c.getScale(),
                    c.weights().self(), c.weights().peer(), c.weights().pub(), c.weights().superior(),
                    c.starScale().five(), c.starScale().four(), c.starScale().three(), c.starScale().two(),
                    c.getOpensAt(), c.getClosesAt(), c.isOpenAt(now), c.getBookedBy(), subjects);
        }
    }

    public record SubjectView(long id, long campaignId, SubjectKind kind, long refId, long villageId, Long townshipId, String name,
                              String breachCode, String breachName, String breachNote) implements Serializable {
        static SubjectView of(RatingSubject s) {
            return new SubjectView(s.getId(), s.getCampaign().getId(), s.getKind(), s.getRefId(), s.getVillageId(), s.getTownshipId(),
                    s.getName(), s.getBreach() == null ? null : s.getBreach().getCode(), s.getBreach() == null ? null : s.getBreach().getName(),
                    s.getBreachNote());
        }
    }

    public record ConsequenceView(long id, String name, int starsFrom, int starsTo, int years, boolean rise) implements Serializable {
        static ConsequenceView of(ConsequenceRule r) {
            return new ConsequenceView(r.getId(), r.getName(), r.getStarsFrom(), r.getStarsTo(), r.getYears(), r.isRise());
        }
    }

    /** A line of a township's consequences list: who, with how many stars, gets which consequence. */
    public record ConsequenceLine(String townshipName, String consequence, String subjectName, String villageName, int stars,
                                  Integer lastYearStars) implements Serializable {
    }

    public record BottomLineView(long id, String code, String name) implements Serializable {
        static BottomLineView of(BottomLine b) {
            return new BottomLineView(b.getId(), b.getCode(), b.getName());
        }
    }

    /** A ballot of the ledger as staff see it: never who cast it. */
    public record VoteView(long id, long campaignId, long subjectId, RaterGroup group, int seq, double score, String comment,
                           Instant castAt) implements Serializable {
        static VoteView of(Vote v) {
            return new VoteView(v.getId(), v.getCampaignId(), v.getSubject().getId(), v.getRaterGroup(), v.getSeq(),
                    v.getScore().doubleValue(), v.getComment(), v.getCastAt());
        }
    }

    public record ProblemView(long id, long subjectId, String subjectName, long villageId, String problem, String promise,
                              LocalDate dueOn, LocalDate doneOn, String evidence) implements Serializable {
        public static ProblemView of(Problem p) {
            return new ProblemView(p.getId(), p.getSubject().getId(), p.getSubject().getName(), p.getVillageId(), p.getProblem(),
                    p.getPromise(), p.getDueOn(), p.getDoneOn(), p.getEvidence());
        }

        public boolean isDone() {
            return doneOn != null;
        }
    }

    /** One group's part of a subject's result: how many effective votes and their mean score (0–100). */
    public record GroupScore(RaterGroup group, int weight, long votes, Double average) implements Serializable {
    }

    /**
     * A subject's result: the groups' scores, the weighted score, the stars (0 while nobody voted),
     * whether a bottom line kept it from five stars and which, its rank among the subjects of its
     * township, its stars in the previous year's campaign of the same kind (null: not rated then), and
     * the tenant's consequences that apply ({@link cn.xiangzhi.rating.domain.ConsequenceRule}).
     */
    public record SubjectResult(long subjectId, String name, long villageId, String villageName, Long townshipId, String townshipName,
                                List<GroupScore> groups, long votes, Double score, int stars, boolean capped, String bottomLine,
                                String bottomLineNote, int townshipRank, List<String> consequences, Integer lastYearStars)
            implements Serializable {
    }

    /** A campaign's results: every subject, best first within each township, and how many subjects got each star level (index 0: none yet). */
    public record Results(CampaignView campaign, List<SubjectResult> subjects, long[] distribution) implements Serializable {
        public long most() {
            long most = 1;
            for (long d : distribution) {
                most = Math.max(most, d);
            }
            return most;
        }
    }

    /** The phone page's campaign: what is asked, of whom, until when. */
    public record BallotView(long campaignId, String title, SubjectKind kind, List<String> questions, int scale, boolean open,
                             Instant closesAt, List<BallotSubject> subjects) implements Serializable {
    }

    public record BallotSubject(long id, String name, String villageName) implements Serializable {
    }

    /** What a vote recorded: the subject, the rater's group, and whether it changed an earlier vote. */
    public record Cast(long subjectId, String subjectName, RaterGroup group, boolean changed) implements Serializable {
    }

    /** A household's printed slip. */
    public record TokenSlip(String householdCode, String headName, String token) implements Serializable {
    }

    /** Something staff did to a campaign, its subjects or its problems, from the audit log: the changes as {@code field: before → after}. */
    public record TrailEvent(Instant at, String actor, String action, String entityType, String entityId, String changes)
            implements Serializable {
    }

    /**
     * An hour of a campaign (its start on the tenant's clock): ballots written (of them changes of an
     * earlier vote) per rater group, and attempts refused (failed identifications, too many).
     */
    public record TrailHour(java.time.LocalDateTime hour, long ballots, long changes, long self, long peer, long pub, long superior,
                            long notIdentified, long tooMany) implements Serializable {
    }

    /**
     * A campaign's audit trail (issue 17, anti-fraud): what staff did, the ballots by hour, the refused
     * attempts by hour, the totals — ballots stored, distinct raters, effective votes — and whether the
     * results recomputed from the stored ballots agree with the effective votes counted apart.
     */
    public record Trail(CampaignView campaign, List<TrailEvent> events, List<TrailHour> hours, long ballots, long raters,
                        long effective, long refused, boolean recomputed) implements Serializable {
    }

    static Map<RaterGroup, Integer> weights(RatingCampaign c) {
        return Map.of(RaterGroup.SELF, c.weights().self(), RaterGroup.PEER, c.weights().peer(), RaterGroup.PUBLIC, c.weights().pub(),
                RaterGroup.SUPERIOR, c.weights().superior());
    }
}
