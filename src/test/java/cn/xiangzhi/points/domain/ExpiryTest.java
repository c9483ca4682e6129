package cn.xiangzhi.points.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExpiryTest {

    private static Expiry.Counted credit(int points, int month) {
        return new Expiry.Counted(points, month);
    }

    private static Expiry.Counted other(int points) {
        return new Expiry.Counted(points, null);
    }

    @Test
    void pointsOfAMonthLastThatMonthAndTheNMonthsAfterIt() {
        assertEquals(202511, Expiry.cutoff(202612, 12), "points of 2025-11 are spendable through 2026-11");
        assertEquals(202610, Expiry.cutoff(202612, 1));
        assertEquals(202412, Expiry.cutoff(202601, 12), "the year turns");
        assertEquals(202511, Expiry.cutoff(202601, 1));
        assertThrows(IllegalArgumentException.class, () -> Expiry.cutoff(202612, 0));
    }

    @Test
    void whatIsLeftOfTheOldPointsExpiresAfterSpendingTakesTheOldestFirst() {
        int cutoff = 202609;
        assertEquals(30, Expiry.due(List.of(credit(60, 202609), credit(40, 202610), other(-30)), cutoff),
                "spent 30 of the old 60: 30 left to expire");
        assertEquals(0, Expiry.due(List.of(credit(60, 202609), credit(40, 202610), other(-80)), cutoff),
                "spent all the old points and 20 new ones: nothing expires");
        assertEquals(60, Expiry.due(List.of(credit(60, 202609), credit(40, 202610)), cutoff), "nothing spent: all old points");
        assertEquals(0, Expiry.due(List.of(credit(40, 202610)), cutoff), "only new points");
        assertEquals(0, Expiry.due(List.of(), cutoff));
    }

    @Test
    void aReturnGivesBackSpendingAndADeductionCountsAsSpending() {
        assertEquals(40, Expiry.due(List.of(credit(60, 202609), other(-30), other(10)), 202609), "spent 30, 10 of it returned");
        assertEquals(40, Expiry.due(List.of(credit(60, 202609), other(-20), credit(5, 202610)), 202609), "a 20-point deduction");
    }

    @Test
    void aReversedOldCreditNoLongerExpiresAndNothingExpiresBelowTheBalance() {
        assertEquals(10, Expiry.due(List.of(credit(60, 202609), credit(-50, 202609), credit(40, 202610)), 202609),
                "50 of the old 60 reversed");
        assertEquals(10, Expiry.due(List.of(credit(60, 202609), credit(-50, 202610), other(0)), 202609),
                "a reversal of a new credit, left over 10 in total: never more than the balance");
    }

    @Test
    void aSecondRunForTheSameCutoffTakesNothingMore() {
        List<Expiry.Counted> lines = new ArrayList<>(List.of(credit(60, 202608), credit(25, 202609), credit(40, 202610), other(-30)));
        int first = Expiry.due(lines, 202609);
        assertEquals(55, first);
        lines.add(other(-first));
        assertEquals(0, Expiry.due(lines, 202609));
        assertEquals(40, Expiry.due(lines, 202610), "a month later the next month's points go");
    }
}
