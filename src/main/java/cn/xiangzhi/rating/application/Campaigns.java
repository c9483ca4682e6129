package cn.xiangzhi.rating.application;

import cn.xiangzhi.organisation.domain.PartyBranch;
import cn.xiangzhi.organisation.domain.PartyMember;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.rating.application.RatingViews.BottomLineView;
import cn.xiangzhi.rating.application.RatingViews.CampaignView;
import cn.xiangzhi.rating.application.RatingViews.GroupScore;
import cn.xiangzhi.rating.application.RatingViews.ProblemView;
import cn.xiangzhi.rating.application.RatingViews.Results;
import cn.xiangzhi.rating.application.RatingViews.SubjectResult;
import cn.xiangzhi.rating.application.RatingViews.SubjectView;
import cn.xiangzhi.rating.application.RatingViews.TokenSlip;
import cn.xiangzhi.rating.application.RatingViews.VoteView;
import cn.xiangzhi.rating.domain.BottomLine;
import cn.xiangzhi.rating.domain.ConsequenceRule;
import cn.xiangzhi.rating.domain.Problem;
import cn.xiangzhi.rating.domain.RaterGroup;
import cn.xiangzhi.rating.domain.RaterKeys;
import cn.xiangzhi.rating.domain.RatingCampaign;
import cn.xiangzhi.rating.domain.RatingSubject;
import cn.xiangzhi.rating.domain.Standing;
import cn.xiangzhi.rating.domain.StarScale;
import cn.xiangzhi.rating.domain.SubjectKind;
import cn.xiangzhi.rating.domain.Vote;
import cn.xiangzhi.rating.domain.Weights;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rating campaigns as staff keep them (issue 17): booking (subjects taken from the chosen villages'
 * branches or members), the tenant's bottom lines and the breaches a township records, results
 * computed from the vote ledger each time they are asked for, problems and promises, and the
 * households' printed tokens. Times on the tenant's clock (ADR 0014).
 */
@ApplicationScoped
@Transactional
public class Campaigns {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    /**
     * A campaign to book: {@code weights} and {@code stars} null take the seed's (20/20/40/20;
     * 90/80/70/60); {@code opensAt}, {@code closesAt} on the tenant's clock ({@code 2026-12-05T09:00}).
     */
    public record CampaignForm(String title, SubjectKind kind, List<Long> villageIds, List<String> questions, Integer scale,
                               Weights weights, StarScale stars, String opensAt, String closesAt) {
    }

    public CampaignView book(CampaignForm form) {
        UserPrincipal user = Access.require(Permission.RATING_MANAGE);
        EntityManager em = db.tenant();
        List<Long> villageIds = form.villageIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.villageIds()));
        if (villageIds.isEmpty()) {
            throw new DomainException("error.rating.villages");
        }
        List<Place> villages = new ArrayList<>();
        for (Long id : villageIds) {
            Place village = places.visiblePlace(id, Permission.RATING_MANAGE);
            if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
                throw new DomainException("error.rating.villages");
            }
            villages.add(village);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        RatingCampaign campaign = new RatingCampaign(form.title(), form.kind(), form.questions(), form.scale() == null ? 5 : form.scale(),
                form.weights() == null ? Weights.PANDIAN : form.weights(), form.stars() == null ? StarScale.DEFAULT : form.stars(),
                local(form.opensAt()), local(form.closesAt()), HexFormat.of().formatHex(secret), user.describe(), clock.now());
        em.persist(campaign);
        int subjects = 0;
        for (Place village : villages) {
            Long township = village.getParent() != null && village.getParent().getLevel().tier() == PlaceLevel.Tier.TOWNSHIP
                    ? village.getParent().getId() : null;
            for (PartyBranch branch : em.createQuery("select b from PartyBranch b where b.village = :v order by b.code", PartyBranch.class)
                    .setParameter("v", village).getResultList()) {
                if (form.kind() == SubjectKind.BRANCH) {
                    em.persist(new RatingSubject(campaign, SubjectKind.BRANCH, branch.getId(), branch.getId(), village.getId(), township,
                            branch.getName()));
                    subjects++;
                } else {
                    for (PartyMember member : em.createQuery("select m from PartyMember m where m.branch = :b order by m.code",
                            PartyMember.class).setParameter("b", branch).getResultList()) {
                        em.persist(new RatingSubject(campaign, SubjectKind.MEMBER, member.getId(), branch.getId(), village.getId(), township,
                                member.getName() + "（" + branch.getName() + "）"));
                        subjects++;
                    }
                }
            }
        }
        if (subjects == 0) {
            throw new DomainException("error.rating.noSubjects");
        }
        em.flush();
        return CampaignView.of(campaign, clock.now(), subjects);
    }

    public List<CampaignView> campaigns() {
        Access.require(Permission.RATING_VIEW);
        Map<Long, Long> counts = new HashMap<>();
        db.tenant().createQuery("select s.campaign.id, count(s) from RatingSubject s group by s.campaign.id", Object[].class)
                .getResultList().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        Instant now = clock.now();
        return db.tenant().createQuery("select c from RatingCampaign c order by c.opensAt desc, c.id desc", RatingCampaign.class)
                .setMaxResults(200).getResultStream().map(c -> CampaignView.of(c, now, counts.getOrDefault(c.getId(), 0L))).toList();
    }

    public CampaignView campaign(long id) {
        Access.require(Permission.RATING_VIEW);
        RatingCampaign campaign = find(id);
        return CampaignView.of(campaign, clock.now(), db.tenant().createQuery("select count(s) from RatingSubject s where s.campaign = :c",
                Long.class).setParameter("c", campaign).getSingleResult());
    }

    /** The subjects of a campaign in the user's scope (all campaigns' when {@code campaignId} is null, newest 500). */
    public List<SubjectView> subjects(Long campaignId) {
        UserPrincipal user = Access.require(Permission.RATING_VIEW);
        Set<Long> visible = visibleVillages(user);
        List<RatingSubject> rows = campaignId == null
                ? db.tenant().createQuery("select s from RatingSubject s order by s.id desc", RatingSubject.class).setMaxResults(500).getResultList()
                : db.tenant().createQuery("select s from RatingSubject s where s.campaign = :c order by s.townshipId, s.villageId, s.name",
                RatingSubject.class).setParameter("c", find(campaignId)).getResultList();
        return rows.stream().filter(s -> visible.contains(s.getVillageId())).map(SubjectView::of).toList();
    }

    public SubjectView subject(long id) {
        return SubjectView.of(visibleSubject(Access.require(Permission.RATING_VIEW), id));
    }

    /** Records that a subject broke a bottom line ({@code bottomLineId} null clears it), with a note. */
    public SubjectView breach(long subjectId, Long bottomLineId, String note) {
        RatingSubject subject = visibleSubject(Access.require(Permission.RATING_MANAGE), subjectId);
        BottomLine rule = null;
        if (bottomLineId != null) {
            rule = db.tenant().find(BottomLine.class, bottomLineId);
            if (rule == null) {
                throw new DomainException("error.rating.bottomLine", bottomLineId);
            }
        }
        subject.breach(rule, note);
        db.tenant().flush();
        return SubjectView.of(subject);
    }

    // --- bottom lines

    public List<BottomLineView> bottomLines() {
        Access.require(Permission.RATING_VIEW);
        return db.tenant().createQuery("select b from BottomLine b order by b.code", BottomLine.class).getResultStream()
                .map(BottomLineView::of).toList();
    }

    public BottomLineView bottomLine(long id) {
        Access.require(Permission.RATING_VIEW);
        BottomLine rule = db.tenant().find(BottomLine.class, id);
        if (rule == null) {
            throw new NotFoundException("BottomLine", id);
        }
        return BottomLineView.of(rule);
    }

    public BottomLineView addBottomLine(String code, String name) {
        Access.require(Permission.RATING_MANAGE);
        BottomLine rule = new BottomLine(code, name);
        boolean taken = !db.tenant().createQuery("select b.id from BottomLine b where b.code = :c", Long.class)
                .setParameter("c", rule.getCode()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.rating.bottomLineTaken", rule.getCode());
        }
        db.tenant().persist(rule);
        db.tenant().flush();
        return BottomLineView.of(rule);
    }

    /** Adds the example bottom lines the tenant does not have yet; answers all of the tenant's. */
    public List<BottomLineView> addDefaultBottomLines() {
        Access.require(Permission.RATING_MANAGE);
        Set<String> have = new HashSet<>(db.tenant().createQuery("select b.code from BottomLine b", String.class).getResultList());
        BottomLine.DEFAULTS.forEach((code, name) -> {
            if (!have.contains(code)) {
                db.tenant().persist(new BottomLine(code, name));
            }
        });
        db.tenant().flush();
        return bottomLines();
    }

    // --- the ledger and the results

    /** The ballots of a campaign as stored (never who cast them), oldest first; the newest 500 of all campaigns when none is given. */
    public List<VoteView> votes(Long campaignId) {
        Access.require(Permission.RATING_MANAGE);
        return (campaignId == null
                ? db.tenant().createQuery("select v from Vote v order by v.id desc", Vote.class).setMaxResults(500)
                : db.tenant().createQuery("select v from Vote v where v.campaignId = :c order by v.id", Vote.class).setParameter("c", campaignId))
                .getResultStream().map(VoteView::of).toList();
    }

    public VoteView vote(long id) {
        Access.require(Permission.RATING_MANAGE);
        Vote vote = db.tenant().find(Vote.class, id);
        if (vote == null) {
            throw new NotFoundException("Vote", id);
        }
        return VoteView.of(vote);
    }

    /**
     * The campaign's results, computed from the vote ledger now: per subject and rater group the mean
     * score of the effective votes (each rater's newest), weighted ({@link Weights#score}), starred
     * ({@link Standing#of}), ranked within the township. Subjects outside the user's scope are left out.
     */
    public Results results(long campaignId) {
        Access.require(Permission.RATING_VIEW);
        RatingCampaign campaign = find(campaignId);
        Map<Long, Integer> lastYear = lastYearsCampaign(campaign).map(this::starsByRef).orElse(Map.of());
        return compute(campaign, lastYear);
    }

    /** The newest campaign of the same kind that closed in the calendar year (tenant's zone) before this one closed. */
    private java.util.Optional<RatingCampaign> lastYearsCampaign(RatingCampaign campaign) {
        int year = clock.local(campaign.getClosesAt()).getYear();
        Instant from = clock.startOf(LocalDate.of(year - 1, 1, 1));
        Instant to = clock.startOf(LocalDate.of(year, 1, 1));
        return db.tenant().createQuery("select c from RatingCampaign c where c.subjectKind = :k and c.closesAt >= :from and c.closesAt < :to"
                        + " order by c.closesAt desc", RatingCampaign.class).setParameter("k", campaign.getSubjectKind())
                .setParameter("from", from).setParameter("to", to).setMaxResults(1).getResultStream().findFirst();
    }

    /** The stars each branch or member (by its id) got in {@code campaign}, in the whole tenant (a consequence looks at the subject's own past). */
    private Map<Long, Integer> starsByRef(RatingCampaign campaign) {
        Map<Long, Map<RaterGroup, double[]>> tally = tally(campaign);
        Map<Long, Integer> stars = new HashMap<>();
        for (RatingSubject s : db.tenant().createQuery("select s from RatingSubject s where s.campaign = :c", RatingSubject.class)
                .setParameter("c", campaign).getResultList()) {
            stars.put(s.getRefId(), standing(campaign, s, tally.getOrDefault(s.getId(), Map.of()), new ArrayList<>()).stars());
        }
        return stars;
    }

    /** Per subject and rater group of {@code campaign}: {count, mean score} of the effective votes (each rater's newest). */
    private Map<Long, Map<RaterGroup, double[]>> tally(RatingCampaign campaign) {
        Map<Long, Map<RaterGroup, double[]>> byGroup = new HashMap<>();
        db.tenant().createQuery("select v.subject.id, v.raterGroup, count(v), avg(v.score) from Vote v where v.campaignId = :c"
                        + " and v.seq = (select max(w.seq) from Vote w where w.subject = v.subject and w.raterKey = v.raterKey)"
                        + " group by v.subject.id, v.raterGroup", Object[].class)
                .setParameter("c", campaign.getId()).getResultList()
                .forEach(r -> byGroup.computeIfAbsent((Long) r[0], k -> new EnumMap<>(RaterGroup.class))
                        .put((RaterGroup) r[1], new double[]{((Number) r[2]).doubleValue(), ((Number) r[3]).doubleValue()}));
        return byGroup;
    }

    /** A subject's standing from its groups' {count, mean}; fills {@code scores} with the groups' part. */
    private static Standing standing(RatingCampaign campaign, RatingSubject s, Map<RaterGroup, double[]> groups, List<GroupScore> scores) {
        Weights weights = campaign.weights();
        Map<RaterGroup, Double> averages = new EnumMap<>(RaterGroup.class);
        for (RaterGroup g : RaterGroup.values()) {
            double[] got = groups.get(g);
            Double average = got == null ? null : Math.round(got[1] * 100) / 100.0;
            averages.put(g, average);
            scores.add(new GroupScore(g, weights.of(g), got == null ? 0 : (long) got[0], average));
        }
        return Standing.of(weights.score(averages), campaign.starScale(), s.getBreach() == null ? null : s.getBreach().getName());
    }

    /** The results of {@code campaign}; {@code lastYear}: stars of the previous year's campaign by branch or member id. */
    private Results compute(RatingCampaign campaign, Map<Long, Integer> lastYear) {
        UserPrincipal user = Access.require(Permission.RATING_VIEW);
        EntityManager em = db.tenant();
        Map<Long, Map<RaterGroup, double[]>> byGroup = tally(campaign);
        List<ConsequenceRule> rules = em.createQuery("select r from ConsequenceRule r order by " + ConsequenceRule.ORDER, ConsequenceRule.class)
                .getResultList();
        Set<Long> visible = visibleVillages(user);
        List<RatingSubject> subjects = em.createQuery("select s from RatingSubject s where s.campaign = :c", RatingSubject.class)
                .setParameter("c", campaign).getResultList().stream().filter(s -> visible.contains(s.getVillageId())).toList();
        Map<Long, String> names = placeNames(subjects);
        List<SubjectResult> unranked = new ArrayList<>();
        for (RatingSubject s : subjects) {
            List<GroupScore> scores = new ArrayList<>();
            Standing standing = standing(campaign, s, byGroup.getOrDefault(s.getId(), Map.of()), scores);
            Integer before = lastYear.get(s.getRefId());
            unranked.add(new SubjectResult(s.getId(), s.getName(), s.getVillageId(), names.get(s.getVillageId()), s.getTownshipId(),
                    s.getTownshipId() == null ? null : names.get(s.getTownshipId()), scores,
                    scores.stream().mapToLong(GroupScore::votes).sum(), standing.score(), standing.stars(), standing.capped(),
                    standing.bottomLine(), s.getBreachNote(), 0, ConsequenceRule.applying(rules, standing.stars(), before), before));
        }
        Comparator<SubjectResult> best = Comparator.comparing((SubjectResult r) -> r.townshipName() == null ? "" : r.townshipName())
                .thenComparing(r -> r.score() == null ? -1 : r.score(), Comparator.reverseOrder())
                .thenComparing(SubjectResult::name);
        List<SubjectResult> sorted = unranked.stream().sorted(best).toList();
        List<SubjectResult> ranked = new ArrayList<>();
        long[] distribution = new long[6];
        Long township = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            SubjectResult r = sorted.get(i);
            if (i == 0 || !java.util.Objects.equals(township, r.townshipId())) {
                township = r.townshipId();
                rank = 0;
            }
            rank++;
            distribution[r.stars()]++;
            ranked.add(new SubjectResult(r.subjectId(), r.name(), r.villageId(), r.villageName(), r.townshipId(), r.townshipName(),
                    r.groups(), r.votes(), r.score(), r.stars(), r.capped(), r.bottomLine(), r.bottomLineNote(),
                    r.score() == null ? 0 : rank, r.consequences(), r.lastYearStars()));
        }
        return new Results(CampaignView.of(campaign, clock.now(), subjects.size()), ranked, distribution);
    }

    /** The comments of a subject's effective votes, oldest first (no rater named), for its report. */
    public List<String> comments(long subjectId) {
        RatingSubject subject = visibleSubject(Access.require(Permission.RATING_VIEW), subjectId);
        return db.tenant().createQuery("select v.comment from Vote v where v.subject = :s and v.comment is not null"
                        + " and v.seq = (select max(w.seq) from Vote w where w.subject = v.subject and w.raterKey = v.raterKey)"
                        + " order by v.id", String.class).setParameter("s", subject).getResultList();
    }

    // --- problems and promises

    public ProblemView addProblem(long subjectId, String problem, String promise, String dueOn) {
        UserPrincipal user = Access.require(Permission.RATING_MANAGE);
        RatingSubject subject = visibleSubject(user, subjectId);
        Problem row = new Problem(subject, problem, promise, day(dueOn), user.describe());
        db.tenant().persist(row);
        db.tenant().flush();
        return ProblemView.of(row);
    }

    public ProblemView problemDone(long id, String evidence) {
        UserPrincipal user = Access.require(Permission.RATING_MANAGE);
        Problem problem = visibleProblem(user, id);
        problem.done(clock.today(), evidence);
        return ProblemView.of(problem);
    }

    /** Problems of a campaign (all, newest 500, when none is given) in the user's scope. */
    public List<ProblemView> problems(Long campaignId) {
        UserPrincipal user = Access.require(Permission.RATING_VIEW);
        Set<Long> visible = visibleVillages(user);
        return (campaignId == null
                ? db.tenant().createQuery("select p from Problem p order by p.id desc", Problem.class).setMaxResults(500)
                : db.tenant().createQuery("select p from Problem p where p.subject.campaign.id = :c order by p.dueOn, p.id", Problem.class)
                .setParameter("c", campaignId))
                .getResultStream().filter(p -> visible.contains(p.getVillageId())).map(ProblemView::of).toList();
    }

    public ProblemView problem(long id) {
        return ProblemView.of(visibleProblem(Access.require(Permission.RATING_VIEW), id));
    }

    // --- households' printed tokens

    /** The printed slips of a village's households for a campaign: code, masked head, token. */
    public List<TokenSlip> tokens(long campaignId, long villageId) {
        Access.require(Permission.RATING_MANAGE);
        RatingCampaign campaign = find(campaignId);
        Place village = places.visiblePlace(villageId, Permission.RATING_MANAGE);
        return db.tenant().createQuery("select h.id, h.code, h.headName from Household h where h.village = :v order by h.code", Object[].class)
                .setParameter("v", village).getResultStream()
                .map(r -> new TokenSlip((String) r[1], Masks.name((String) r[2]), RaterKeys.token(campaign.getSecret(), (Long) r[0])))
                .toList();
    }

    // --- shared

    RatingCampaign find(long id) {
        RatingCampaign campaign = db.tenant().find(RatingCampaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("RatingCampaign", id);
        }
        return campaign;
    }

    private RatingSubject visibleSubject(UserPrincipal user, long id) {
        RatingSubject subject = db.tenant().find(RatingSubject.class, id);
        if (subject == null || !visibleVillages(user).contains(subject.getVillageId())) {
            throw new NotFoundException("RatingSubject", id);
        }
        return subject;
    }

    private Problem visibleProblem(UserPrincipal user, long id) {
        Problem problem = db.tenant().find(Problem.class, id);
        if (problem == null || !visibleVillages(user).contains(problem.getVillageId())) {
            throw new NotFoundException("Problem", id);
        }
        return problem;
    }

    private Set<Long> visibleVillages(UserPrincipal user) {
        return new HashSet<>(db.tenant().createQuery("select p.id from Place p where p.path like :scope", Long.class)
                .setParameter("scope", (user.isOperator() || user.scopePath() == null ? "" : user.scopePath()) + "%").getResultList());
    }

    private Map<Long, String> placeNames(List<RatingSubject> subjects) {
        Set<Long> ids = new HashSet<>();
        subjects.forEach(s -> {
            ids.add(s.getVillageId());
            if (s.getTownshipId() != null) {
                ids.add(s.getTownshipId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            db.tenant().createQuery("select p.id, p.name from Place p where p.id in :ids", Object[].class).setParameter("ids", ids)
                    .getResultList().forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }

    private Instant local(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainException("error.rating.window");
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(clock.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException("error.rating.window");
        }
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.rating.dueOn");
        }
    }
}
