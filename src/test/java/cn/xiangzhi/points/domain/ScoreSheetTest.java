package cn.xiangzhi.points.domain;

import cn.xiangzhi.points.domain.ScoreSheet.GridNode;
import cn.xiangzhi.points.domain.ScoreSheet.GridScore;
import cn.xiangzhi.points.domain.ScoreSheet.HouseholdScore;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ScoreSheetTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    // village grid 1 > micro-grid 2 > groups 3 and 4; micro-grid 5 is empty
    private static final List<GridNode> TREE = List.of(
            new GridNode(1, null, 101L), new GridNode(2, 1L, 102L), new GridNode(3, 2L, 103L),
            new GridNode(4, 2L, null), new GridNode(5, 1L, 109L));

    @Test
    void gridScoresSumTheirHouseholdsAndEveryGridBelow() {
        Map<Long, GridScore> scores = ScoreSheet.compute(List.of(
                new HouseholdScore(101, 3L, 10), new HouseholdScore(102, 3L, 4), new HouseholdScore(103, 4L, 7),
                new HouseholdScore(104, null, 50)), TREE, HALF);
        assertEquals(21, scores.get(1L).points(), "the household without a grid counts nowhere");
        assertEquals(3, scores.get(1L).households());
        assertEquals(21, scores.get(2L).points());
        assertEquals(14, scores.get(3L).points());
        assertEquals(7, scores.get(4L).points());
        assertEquals(new BigDecimal("7.00"), scores.get(3L).average());
    }

    @Test
    void aLeaderScoresHalfOwnHouseholdAndHalfTheAverageOfTheGrid() {
        Map<Long, GridScore> scores = ScoreSheet.compute(List.of(
                new HouseholdScore(101, 3L, 10), new HouseholdScore(102, 3L, 4), new HouseholdScore(103, 4L, 7)), TREE, HALF);
        // village grid chief 101: 0.5 × 10 + 0.5 × 21/3
        assertEquals(new BigDecimal("8.50"), scores.get(1L).leaderScore());
        // group leader 103 lives in group 4 but leads group 3: own 7, group 3 average 7
        assertEquals(new BigDecimal("7.00"), scores.get(3L).leaderScore());
        assertNull(scores.get(4L).leaderScore(), "a group whose leader has no linked household has no leader score");
    }

    @Test
    void anEmptyGridScoresZeroAndItsLeaderOnlyHalfTheirOwn() {
        Map<Long, GridScore> scores = ScoreSheet.compute(List.of(new HouseholdScore(109, null, 9)), TREE, HALF);
        GridScore empty = scores.get(5L);
        assertEquals(0, empty.points());
        assertEquals(0, empty.households());
        assertEquals(new BigDecimal("0.00"), empty.average());
        assertEquals(new BigDecimal("4.50"), empty.leaderScore());
    }

    @Test
    void negativeTotalsAndUnevenAveragesAreKeptAndRoundedHalfUp() {
        Map<Long, GridScore> scores = ScoreSheet.compute(List.of(
                new HouseholdScore(101, 3L, -10), new HouseholdScore(102, 3L, 0), new HouseholdScore(103, 3L, -1)), TREE, HALF);
        assertEquals(-11, scores.get(3L).points());
        assertEquals(new BigDecimal("-3.67"), scores.get(3L).average());
        assertEquals(new BigDecimal("-2.34"), scores.get(3L).leaderScore(), "0.5 × -1 + 0.5 × -3.67 = -2.335 → -2.34");
    }

    @Test
    void aHouseholdThatMovesCountsInItsNewGrid() {
        List<HouseholdScore> before = List.of(new HouseholdScore(102, 3L, 6));
        List<HouseholdScore> after = List.of(new HouseholdScore(102, 4L, 6));
        assertEquals(6, ScoreSheet.compute(before, TREE, HALF).get(3L).points());
        assertEquals(0, ScoreSheet.compute(after, TREE, HALF).get(3L).points());
        assertEquals(6, ScoreSheet.compute(after, TREE, HALF).get(4L).points());
        assertEquals(6, ScoreSheet.compute(after, TREE, HALF).get(2L).points(), "the micro-grid above keeps it either way");
    }
}
