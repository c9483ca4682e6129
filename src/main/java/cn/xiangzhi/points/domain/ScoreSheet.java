package cn.xiangzhi.points.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A month's scores (seed 002), computed from each household's month score and the grid tree:
 * <ul>
 *   <li>a household's score is the sum of its lines of the month (reversals included);</li>
 *   <li>a grid's score is the sum of the scores of the households in it and in every grid below it;
 *       an empty grid scores 0 and its average household score is 0;</li>
 *   <li>a grid leader's score is {@code ownWeight} × their own household's score + (1 − ownWeight) ×
 *       the grid's average household score — for a household group the households it links. A
 *       leader with no linked household has no score (null);</li>
 *   <li>households count in the grid they are in when the scores are computed (a household that
 *       moves takes its month with it); negative totals are kept as they are; averages and leader
 *       scores are rounded half-up to two decimals.</li>
 * </ul>
 */
public final class ScoreSheet {

    /** A household's month score and the grid it is in (null: none). */
    public record HouseholdScore(long householdId, Long gridId, int points) {
    }

    /** A grid of the tree, with the household its leader lives in (null: not linked). */
    public record GridNode(long gridId, Long parentId, Long leaderHouseholdId) {
    }

    /** The computed scores of one grid. */
    public record GridScore(long gridId, int points, int households, BigDecimal average, BigDecimal leaderScore) {
    }

    private ScoreSheet() {
    }

    public static Map<Long, GridScore> compute(List<HouseholdScore> households, List<GridNode> grids, BigDecimal ownWeight) {
        Map<Long, Integer> householdPoints = new HashMap<>();
        Map<Long, List<HouseholdScore>> direct = new HashMap<>();
        for (HouseholdScore h : households) {
            householdPoints.put(h.householdId(), h.points());
            if (h.gridId() != null) {
                direct.computeIfAbsent(h.gridId(), g -> new ArrayList<>()).add(h);
            }
        }
        Map<Long, List<Long>> children = new HashMap<>();
        grids.forEach(g -> {
            if (g.parentId() != null) {
                children.computeIfAbsent(g.parentId(), p -> new ArrayList<>()).add(g.gridId());
            }
        });
        Map<Long, GridScore> scores = new LinkedHashMap<>();
        for (GridNode grid : grids) {
            int[] total = new int[2];
            collect(grid.gridId(), direct, children, total);
            BigDecimal average = total[1] == 0 ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(total[0]).divide(BigDecimal.valueOf(total[1]), 2, RoundingMode.HALF_UP);
            BigDecimal leader = null;
            if (grid.leaderHouseholdId() != null) {
                int own = householdPoints.getOrDefault(grid.leaderHouseholdId(), 0);
                leader = ownWeight.multiply(BigDecimal.valueOf(own))
                        .add(BigDecimal.ONE.subtract(ownWeight).multiply(average)).setScale(2, RoundingMode.HALF_UP);
            }
            scores.put(grid.gridId(), new GridScore(grid.gridId(), total[0], total[1], average, leader));
        }
        return scores;
    }

    private static void collect(long gridId, Map<Long, List<HouseholdScore>> direct, Map<Long, List<Long>> children, int[] total) {
        for (HouseholdScore h : direct.getOrDefault(gridId, List.of())) {
            total[0] += h.points();
            total[1]++;
        }
        for (long child : children.getOrDefault(gridId, List.of())) {
            collect(child, direct, children, total);
        }
    }
}
