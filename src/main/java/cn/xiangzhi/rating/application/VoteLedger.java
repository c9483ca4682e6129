package cn.xiangzhi.rating.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.rating.application.Ballots.VoteRequest;
import cn.xiangzhi.rating.application.RatingViews.Cast;
import cn.xiangzhi.rating.domain.Answers;
import cn.xiangzhi.rating.domain.RaterGroup;
import cn.xiangzhi.rating.domain.RaterKeys;
import cn.xiangzhi.rating.domain.RatingCampaign;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.rating.domain.SubjectKind;
import cn.xiangzhi.rating.domain.Vote;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Writes one ballot to the ledger in a transaction of its own, so that {@link Ballots} can retry a
 * submit that lost the race for the next {@code seq} of its rater: identifies the rater, checks the
 * window, and appends the vote unless the rater's effective vote already says the same.
 */
@ApplicationScoped
public class VoteLedger {

    static final String NOT_IDENTIFIED = "error.rating.identify";

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    private record Rater(String key, RaterGroup group) {
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Cast cast(VoteRequest request, UserPrincipal user, VoteBrake brake) {
        EntityManager em = db.tenant();
        RatingCampaign campaign = em.find(RatingCampaign.class, request.campaignId());
        if (campaign == null) {
            throw new NotFoundException("RatingCampaign", request.campaignId());
        }
        Instant now = clock.now();
        if (!campaign.isOpenAt(now)) {
            throw DomainException.conflict("error.rating.closed");
        }
        RatingSubject subject = em.find(RatingSubject.class, request.subjectId());
        if (subject == null || !subject.getCampaign().getId().equals(campaign.getId())) {
            throw new DomainException("error.rating.subject");
        }
        Answers answers = Answers.parse(request.answers(), campaign.questionList().size(), campaign.getScale());
        Rater rater = user != null ? userRater(em, campaign, user) : identify(em, campaign, subject, request);
        List<Vote> latest = em.createQuery("select v from Vote v where v.subject = :s and v.raterKey = :k order by v.seq desc", Vote.class)
                .setParameter("s", subject).setParameter("k", rater.key()).setMaxResults(1).getResultList();
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (!latest.isEmpty() && latest.get(0).getAnswers().equals(answers.stored()) && Objects.equals(latest.get(0).getComment(), comment)) {
            return new Cast(subject.getId(), subject.getName(), rater.group(), false);
        }
        brake.counted(request.address(), rater.key());
        int seq = latest.isEmpty() ? 1 : latest.get(0).getSeq() + 1;
        em.persist(new Vote(subject, rater.key(), rater.group(), seq, answers, comment, now));
        em.flush();
        return new Cast(subject.getId(), subject.getName(), rater.group(), seq > 1);
    }

    private Rater identify(EntityManager em, RatingCampaign campaign, RatingSubject subject, VoteRequest request) {
        String code = request.code() == null ? "" : request.code().strip();
        String secret = request.secret() == null ? "" : request.secret().strip();
        if (request.way() == null || code.isEmpty() || secret.isEmpty()) {
            throw new DomainException(NOT_IDENTIFIED);
        }
        if (request.way() == Ballots.Way.MEMBER) {
            PartyMember member = em.createQuery("select m from PartyMember m where m.code = :c", PartyMember.class)
                    .setParameter("c", code).getResultStream().findFirst().orElse(null);
            if (member == null || member.getResident() == null || !secret.equals(member.getResident().getPhone())) {
                throw new DomainException(NOT_IDENTIFIED);
            }
            boolean own = subject.getKind() == SubjectKind.BRANCH ? member.getBranch().getId() == subject.getBranchId()
                    : member.getId() == subject.getRefId();
            return new Rater(RaterKeys.member(campaign.getSecret(), member.getId()), own ? RaterGroup.SELF : RaterGroup.PEER);
        }
        Household household = em.createQuery("select h from Household h where h.code = :c", Household.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
        boolean proven = household != null && (request.way() == Ballots.Way.TOKEN
                ? RaterKeys.tokenMatches(campaign.getSecret(), household.getId(), secret)
                : secret.equals(household.getHeadName()));
        if (!proven) {
            throw new DomainException(NOT_IDENTIFIED);
        }
        if (household.getVillage().getId() != subject.getVillageId()) {
            throw new DomainException("error.rating.notYourVillage");
        }
        return new Rater(RaterKeys.household(campaign.getSecret(), household.getId()), RaterGroup.PUBLIC);
    }

    private Rater userRater(EntityManager em, RatingCampaign campaign, UserPrincipal user) {
        Place scope = user.scopePlaceId() == null ? null : em.find(Place.class, user.scopePlaceId());
        boolean above = scope == null || scope.getLevel().tier() != PlaceLevel.Tier.VILLAGE;
        return new Rater(RaterKeys.user(campaign.getSecret(), user.userId()), above ? RaterGroup.SUPERIOR : RaterGroup.PEER);
    }
}
