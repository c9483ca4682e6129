package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.ScoreSheet;
import cn.xiangzhi.points.domain.ScoreSheet.GridScore;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A village's scores for a month (see {@link ScoreSheet} for the rules). */
@ApplicationScoped
@Transactional
public class PointsScores {

    /** The share of a leader's own household in their score (seed 002: 50%); not yet a tenant setting. */
    public static final BigDecimal OWN_WEIGHT = new BigDecimal("0.5");

    @Inject
    TenantEntityManager db;

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

    public MonthScores of(long villageId, String month) {
        Place village = places.visiblePlace(villageId, "points:view");
        int m = Months.parse(month);
        EntityManager em = db.tenant();
        Map<Long, Integer> points = new HashMap<>();
        em.createQuery("select l.household.id, sum(l.points) from LedgerLine l where l.household.village = :v and l.month = :m"
                        + " group by l.household.id", Object[].class).setParameter("v", village).setParameter("m", m)
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
                g.getLeaderHousehold() == null ? null : g.getLeaderHousehold().getId())).toList(), OWN_WEIGHT);
        List<GridRow> rows = grids.stream().map(g -> {
            GridScore s = scores.get(g.getId());
            return new GridRow(g.getId(), g.getCode(), g.getName(), g.getLevel(), g.getLeaderName(), s.points(), s.households(),
                    s.average(), s.leaderScore());
        }).toList();
        return new MonthScores(village.getId(), Months.format(m), households, rows);
    }
}
