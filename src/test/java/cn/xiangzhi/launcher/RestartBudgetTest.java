package cn.xiangzhi.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestartBudgetTest {

    @Test
    void allowsTheLimitWithinTheWindowThenRefusesUntilTheOldestRestartLeavesIt() {
        RestartBudget budget = new RestartBudget(3, Duration.ofMinutes(10));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertTrue(budget.tryAcquire(start));
        assertTrue(budget.tryAcquire(start.plusSeconds(60)));
        assertTrue(budget.tryAcquire(start.plusSeconds(120)));
        assertEquals(3, budget.taken(start.plusSeconds(120)));
        assertFalse(budget.tryAcquire(start.plusSeconds(180)), "a fourth restart within 10 minutes");
        assertFalse(budget.tryAcquire(start.plusSeconds(599)));
        assertTrue(budget.tryAcquire(start.plusSeconds(600)), "the first restart is 10 minutes old");
        assertFalse(budget.tryAcquire(start.plusSeconds(601)));
        assertEquals(3, budget.taken(start.plusSeconds(601)));
        assertEquals(1, budget.taken(start.plusSeconds(721)));
    }
}
