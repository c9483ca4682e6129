package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.HouseholdMonthTotal;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Ranking;
import cn.xiangzhi.points.domain.RankingAward;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.points.domain.ScoreSheet;
import cn.xiangzhi.points.domain.ScoreSheet.GridScore;
import cn.xiangzhi.shared.audit.AuditAction;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A village's scores for a month (see {@link ScoreSheet} for the rules). */
@ApplicationScoped
@Transactional
public class PointsScores {

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    @Inject
    PointsSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    PlaceDirectory places;

    public record HouseholdRow(long householdId, String code, String headName, Long gridId, int points) implements Serializable {
    }

    public record GridRow(long gridId, String code, String name, GridLevel level, String leaderName, int points,
                          int households, BigDecimal average, BigDecimal leaderScore) implements Serializable {
    }

    public record MonthScores(long villageId, String month, List<HouseholdRow> households, List<GridRow> grids)
            implements Serializable {
    }

    public record QuarterRanking(long villageId, String quarter, GridLevel level, List<Ranking.Placement> placements)
            implements Serializable {
    }

    /**
     * The quarter's ranking of a village's grids of {@code level} (see {@link Ranking}): each grid's
     * score is the sum of the quarter's lines of the households in it and below it (read from the
     * households' month totals, {@link cn.xiangzhi.points.domain.HouseholdMonthTotal}).
     */
    public QuarterRanking ranking(long villageId, String quarter, GridLevel level) {
        return rankingOf(places.visiblePlace(villageId, Permission.POINTS_VIEW), quarter, level);
    }

    /** The ranking of a village already checked (or public, as on the notice board). */
    QuarterRanking rankingOf(Place village, String quarter, GridLevel level) {
        Matcher q = Pattern.compile("(\\d{4})-Q([1-4])").matcher(quarter == null ? "" : quarter.strip());
        if (!q.matches()) {
            throw new DomainException("error.points.quarter", quarter);
        }
        if (level == null) {
            throw new DomainException("error.grid.parent", (Object) null, null);
        }
        int first = Integer.parseInt(q.group(1)) * 100 + (Integer.parseInt(q.group(2)) - 1) * 3 + 1;
        EntityManager em = db.tenant();
        Map<Long, Integer> points = new HashMap<>();
        em.createQuery("select t.household.id, sum(t.points) from HouseholdMonthTotal t where t.household.village = :v"
                        + " and t.month between :from and :to group by t.household.id", Object[].class)
                .setParameter("v", village).setParameter("from", first).setParameter("to", first + 2)
                .getResultList().forEach(r -> points.put((Long) r[0], ((Number) r[1]).intValue()));
        List<Grid> grids = em.createQuery("select g from Grid g where g.village = :v", Grid.class).setParameter("v", village)
                .getResultList();
        Map<Long, Grid> byId = new HashMap<>();
        grids.forEach(g -> byId.put(g.getId(), g));
        Map<Long, List<String>> codes = new HashMap<>();
        Map<Long, Integer> scores = new HashMap<>();
        em.createQuery("select h.id, h.code, g.id from Household h join h.grid g where h.village = :v", Object[].class)
                .setParameter("v", village).getResultList().forEach(r -> {
                    for (Grid g = byId.get((Long) r[2]); g != null; g = g.getParent()) {
                        codes.computeIfAbsent(g.getId(), k -> new ArrayList<>()).add((String) r[1]);
                        scores.merge(g.getId(), points.getOrDefault((Long) r[0], 0), Integer::sum);
                    }
                });
        List<Ranking.Candidate> candidates = grids.stream().filter(g -> g.getLevel() == level)
                .map(g -> new Ranking.Candidate(g.getId(), g.getCode(), scores.getOrDefault(g.getId(), 0),
                        codes.getOrDefault(g.getId(), List.of()))).toList();
        return new QuarterRanking(village.getId(), quarter.strip(), level, Ranking.rank(candidates, settings.current().ranking()));
    }

    public record AwardView(long id, long villageId, String quarter, GridLevel level, int lines, int points)
            implements Serializable {
        static AwardView of(RankingAward a) {
            return new AwardView(a.getId(), a.getVillage().getId(), a.getQuarter(), a.getLevel(), a.getLines(), a.getPoints());
        }
    }

    /**
     * Writes the quarter's ranking bonus: one BONUS line per household share, in the village's
     * first open month. Once per village, quarter and level — awarding again returns the first
     * award and writes nothing. A household with a {@link RestrictionKind#NO_BONUS} restriction in
     * force on the day of the award gets no line: its share is <b>withheld</b> (not given to the
     * grid's other households, whose shares stay as the ranking shows them), and the audit log
     * records each withheld share.
     */
    public AwardView award(long villageId, String quarter, GridLevel level) {
        UserPrincipal user = Access.require(Permission.POINTS_CONFIRM);
        Place village = places.visiblePlace(villageId, Permission.POINTS_CONFIRM);
        EntityManager em = db.tenant();
        RankingAward done = em.createQuery("select a from RankingAward a where a.village = :v and a.quarter = :q and a.level = :l",
                RankingAward.class).setParameter("v", village).setParameter("q", quarter == null ? "" : quarter.strip())
                .setParameter("l", level).getResultStream().findFirst().orElse(null);
        if (done != null) {
            return AwardView.of(done);
        }
        QuarterRanking ranking = ranking(villageId, quarter, level);
        Map<String, Household> households = new HashMap<>();
        em.createQuery("select h from Household h where h.village = :v", Household.class).setParameter("v", village)
                .getResultList().forEach(h -> households.put(h.getCode(), h));
        int month = PointsMonths.openMonth(em, village, clock.month());
        Instant now = clock.now();
        Set<Long> withheld = Restrictions.restrictedIn(em, village, RestrictionKind.NO_BONUS, clock.today());
        int lines = 0;
        int total = 0;
        for (Ranking.Placement placement : ranking.placements()) {
            for (Map.Entry<String, Integer> share : placement.shares().entrySet()) {
                Household household = households.get(share.getKey());
                if (withheld.contains(household.getId())) {
                    audit.recordEvent(TenantContext.current().id(), AuditAction.BONUS_WITHHELD, "RankingAward", village.getId() + "/"
                            + ranking.quarter() + "/" + level, "withheld " + share.getValue() + " points of " + household.getCode()
                            + " (" + placement.code() + " " + placement.tier() + "): restricted " + RestrictionKind.NO_BONUS);
                    continue;
                }
                em.persist(LedgerLine.bonus(household, share.getValue(), month, user.describe(),
                        ranking.quarter() + " " + placement.tier() + " " + placement.code(), now));
                lines++;
                total += share.getValue();
            }
        }
        RankingAward award = new RankingAward(village, ranking.quarter(), level, lines, total, user.describe(), now);
        em.persist(award);
        em.flush();
        return AwardView.of(award);
    }

    public List<AwardView> awards() {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        return db.tenant().createQuery("select a from RankingAward a where a.village.path like :scope order by a.id",
                RankingAward.class).setParameter("scope", user.scopePath() + "%").getResultStream().map(AwardView::of).toList();
    }

    public AwardView awardOf(long id) {
        return AwardView.of(Access.findInScope(db.tenant(), RankingAward.class, id, Permission.POINTS_VIEW, a -> a.getVillage().getPath()));
    }

    /** A household's scored points of one month, as the database keeps them for scores and rankings. */
    public record MonthTotalView(long id, long householdId, String householdCode, String month, int points, int lines)
            implements Serializable {
        static MonthTotalView of(HouseholdMonthTotal t) {
            return new MonthTotalView(t.getId(), t.getHousehold().getId(), t.getHousehold().getCode(), Months.format(t.getMonth()),
                    t.getPoints(), t.getLines());
        }
    }

    /** A household's month totals, oldest first; without a household the latest (at most {@code max}) in scope. */
    public List<MonthTotalView> monthTotals(Long householdId, int max) {
        EntityManager em = db.tenant();
        if (householdId != null) {
            Household household = Access.findInScope(em, Household.class, householdId, Permission.POINTS_VIEW, h -> h.getVillage().getPath());
            return em.createQuery("select t from HouseholdMonthTotal t join fetch t.household where t.household = :h order by t.month", HouseholdMonthTotal.class)
                    .setParameter("h", household).getResultStream().map(MonthTotalView::of).toList();
        }
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        return em.createQuery("select t from HouseholdMonthTotal t join fetch t.household h where h.village.path like :scope"
                        + " order by t.month desc, t.id desc", HouseholdMonthTotal.class).setParameter("scope", user.scopePath() + "%")
                .setMaxResults(ListSize.of(max)).getResultStream().map(MonthTotalView::of).toList();
    }

    public MonthTotalView monthTotal(long id) {
        return MonthTotalView.of(Access.findInScope(db.tenant(), HouseholdMonthTotal.class, id, Permission.POINTS_VIEW,
                t -> t.getHousehold().getVillage().getPath()));
    }

    public MonthScores of(long villageId, String month) {
        Place village = places.visiblePlace(villageId, Permission.POINTS_VIEW);
        int m = Months.parse(month);
        EntityManager em = db.tenant();
        Map<Long, Integer> points = new HashMap<>();
        em.createQuery("select t.household.id, t.points from HouseholdMonthTotal t where t.household.village = :v and t.month = :m",
                        Object[].class).setParameter("v", village).setParameter("m", m)
                .getResultList().forEach(r -> points.put((Long) r[0], ((Number) r[1]).intValue()));
        List<HouseholdRow> households = new ArrayList<>();
        List<ScoreSheet.HouseholdScore> input = new ArrayList<>();
        em.createQuery("select h.id, h.code, h.headName, g.id from Household h left join h.grid g where h.village = :v"
                + " order by h.code", Object[].class).setParameter("v", village).getResultList().forEach(r -> {
                    long id = (Long) r[0];
                    int score = points.getOrDefault(id, 0);
                    households.add(new HouseholdRow(id, (String) r[1], (String) r[2], (Long) r[3], score));
                    input.add(new ScoreSheet.HouseholdScore(id, (Long) r[3], score));
                });
        List<Grid> grids = em.createQuery("select g from Grid g where g.village = :v order by g.code", Grid.class)
                .setParameter("v", village).getResultList();
        Map<Long, GridScore> scores = ScoreSheet.compute(input, grids.stream().map(g -> new ScoreSheet.GridNode(g.getId(),
                g.getParent() == null ? null : g.getParent().getId(),
                g.getLeaderHousehold() == null ? null : g.getLeaderHousehold().getId())).toList(), settings.current().ownWeight());
        List<GridRow> rows = grids.stream().map(g -> {
            GridScore s = scores.get(g.getId());
            return new GridRow(g.getId(), g.getCode(), g.getName(), g.getLevel(), g.getLeaderName(), s.points(), s.households(),
                    s.average(), s.leaderScore());
        }).toList();
        return new MonthScores(village.getId(), Months.format(m), households, rows);
    }
}
