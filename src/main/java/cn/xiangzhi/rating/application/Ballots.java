package cn.xiangzhi.rating.application;

import cn.xiangzhi.rating.application.RatingViews.BallotSubject;
import cn.xiangzhi.rating.application.RatingViews.BallotView;
import cn.xiangzhi.rating.application.RatingViews.Cast;
import cn.xiangzhi.rating.domain.Problem;
import cn.xiangzhi.rating.domain.RatingCampaign;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;

import java.io.Serializable;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Voting (issue 17, ADR 0020): the phone page's campaign, and a rater's vote — a party member by
 * member code and phone, a household by its code and the head's name or by its printed token, staff
 * by their account. One effective vote per rater and subject, changeable until the window closes.
 * Two submits of one rater at the same moment collide on the ledger's unique key: the loser is
 * retried and then finds the winner's row (the same answers: nothing more is written).
 */
@ApplicationScoped
public class Ballots {

    /** How a rater names itself on the phone page. */
    public enum Way { MEMBER, HOUSEHOLD, TOKEN }

    public record VoteRequest(long campaignId, long subjectId, Way way, String code, String secret, List<String> answers, String comment,
                              String address) {
    }

    private static final int ATTEMPTS = 3;

    @Inject
    TenantEntityManager db;

    @Inject
    VoteLedger ledger;

    @Inject
    VoteBrake brake;

    @Inject
    BusinessClock clock;

    @Inject
    CampaignTrails trails;

    /** The campaign as the phone page shows it, its subjects of one village only when {@code villageId} is given. */
    @Transactional
    public BallotView ballot(long campaignId, Long villageId) {
        return ballot(campaignId, villageId, null);
    }

    /**
     * The campaign as the phone page shows it: of one subject only when {@code subjectId} is given (the
     * subject's own QR poster; 404 when it is not the campaign's), else of one village's subjects when
     * {@code villageId} is given, else all.
     */
    @Transactional
    public BallotView ballot(long campaignId, Long villageId, Long subjectId) {
        RatingCampaign campaign = db.tenant().find(RatingCampaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException("RatingCampaign", campaignId);
        }
        Map<Long, String> villages = new HashMap<>();
        db.tenant().createQuery("select p.id, p.name from Place p where p.id in (select s.villageId from RatingSubject s where s.campaign = :c)",
                Object[].class).setParameter("c", campaign).getResultList().forEach(r -> villages.put((Long) r[0], (String) r[1]));
        var query = db.tenant().createQuery("select s from RatingSubject s where s.campaign = :c"
                + (subjectId != null ? " and s.id = :s" : villageId == null ? "" : " and s.villageId = :v") + " order by s.villageId, s.name",
                RatingSubject.class).setParameter("c", campaign);
        if (subjectId != null) {
            query.setParameter("s", subjectId);
        } else if (villageId != null) {
            query.setParameter("v", villageId);
        }
        List<RatingSubject> subjects = query.getResultList();
        if (subjectId != null && subjects.isEmpty()) {
            throw new NotFoundException("RatingSubject", subjectId);
        }
        return new BallotView(campaign.getId(), campaign.getTitle(), campaign.getSubjectKind(), campaign.questionList(), campaign.getScale(),
                campaign.isOpenAt(clock.now()), campaign.getClosesAt(), subjects.stream()
                .map(s -> new BallotSubject(s.getId(), s.getName(), villages.get(s.getVillageId()))).toList());
    }

    /** The problems of a village's branches and members still open, with their promises, for its public page and the kiosk (no sign-in). */
    @Transactional
    public List<RatingViews.ProblemView> openProblems(long villageId) {
        return db.tenant().createQuery("select p from Problem p where p.villageId = :v and p.doneOn is null order by p.dueOn, p.id",
                Problem.class).setParameter("v", villageId).setMaxResults(50).getResultStream().map(RatingViews.ProblemView::of).toList();
    }

    /** A campaign open for votes on a village's kiosk. */
    public record KioskCampaign(long id, String title, Instant closesAt) implements Serializable {
    }

    /** What the village kiosk shows of the rating: the campaigns open now that rate its branches or members, and its open problems. */
    public record KioskRating(List<KioskCampaign> campaigns, List<RatingViews.ProblemView> problems) implements Serializable {
    }

    @Transactional
    public KioskRating kiosk(long villageId) {
        Instant now = clock.now();
        List<KioskCampaign> open = db.tenant().createQuery("select distinct s.campaign from RatingSubject s where s.villageId = :v",
                        RatingCampaign.class).setParameter("v", villageId).getResultStream()
                .filter(c -> c.isOpenAt(now)).map(c -> new KioskCampaign(c.getId(), c.getTitle(), c.getClosesAt())).toList();
        return new KioskRating(open, openProblems(villageId));
    }

    /** A vote from the phone page, without an account. */
    public Cast vote(VoteRequest request) {
        String code = request.code() == null ? "" : request.code().strip();
        try {
            brake.check(request.campaignId(), request.address(), code);
            return withRetry(() -> ledger.cast(request, null, brake));
        } catch (DomainException e) {
            if (e.key().equals(VoteLedger.NOT_IDENTIFIED)) {
                brake.failed(request.campaignId(), request.address(), code);
                trails.refused(request.campaignId(), CampaignTrails.Refusal.NOT_IDENTIFIED);
            } else if (e.key().equals(VoteBrake.TOO_MANY)) {
                trails.refused(request.campaignId(), CampaignTrails.Refusal.TOO_MANY);
            }
            throw e;
        }
    }

    /** A vote of a signed-in user: a superior when scoped above the village, otherwise a peer. */
    public Cast voteAsUser(long campaignId, long subjectId, List<String> answers, String comment) {
        UserPrincipal user = Access.require(Permission.RATING_VOTE);
        VoteRequest request = new VoteRequest(campaignId, subjectId, null, null, null, answers, comment, "user:" + user.userId());
        return withRetry(() -> ledger.cast(request, user, brake));
    }

    private interface Attempt {
        Cast run();
    }

    private static Cast withRetry(Attempt attempt) {
        for (int i = 1; ; i++) {
            try {
                return attempt.run();
            } catch (PersistenceException | TransactionalException e) {
                if (i >= ATTEMPTS || !isDuplicate(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException
                    || (t.getMessage() != null && t.getMessage().contains("Duplicate entry"))) {
                return true;
            }
        }
        return false;
    }
}
