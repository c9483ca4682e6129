package cn.xiangzhi.devices.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestBudgetTest {

    @Test
    void aBurstIsAllowedThenRequestsAreRefusedUntilTheBudgetRefills() {
        RequestBudget budget = new RequestBudget(3, 2, 0);
        assertTrue(budget.take(0));
        assertTrue(budget.take(0));
        assertTrue(budget.take(0));
        assertFalse(budget.take(0), "the fourth at once");
        assertFalse(budget.take(400_000_000L), "0.8 of a request refilled after 0.4 s");
        assertTrue(budget.take(500_000_000L), "one refilled after 0.5 s at 2 per second");
        assertFalse(budget.take(500_000_000L));
    }

    @Test
    void theBudgetNeverGrowsBeyondItsCapacity() {
        RequestBudget budget = new RequestBudget(2, 2, 0);
        long hourLater = 3_600_000_000_000L;
        assertTrue(budget.take(hourLater));
        assertTrue(budget.take(hourLater));
        assertFalse(budget.take(hourLater));
    }
}
