package cn.xiangzhi.shared.security;

import cn.xiangzhi.points.application.PointsBoard;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The limiter as the public points page configures it ({@link PointsBoard#MAX_FAILED_IDENTIFICATIONS}
 * failures in {@link PointsBoard#ATTEMPT_WINDOW}), not with numbers of the test's own: it tested 3
 * while the page uses 5. {@code PublicObjectionsIT} drives the same limit through the page itself.
 */
class AttemptLimiterTest {

    private static final int MAX = PointsBoard.MAX_FAILED_IDENTIFICATIONS;
    private static final Duration WINDOW = PointsBoard.ATTEMPT_WINDOW;

    @Test
    void aKeyIsBlockedAfterThePagesMaximumOfFailuresInItsWindowAndFreedWhenTheyAge() {
        AtomicLong now = new AtomicLong();
        AttemptLimiter limiter = new AttemptLimiter(MAX, WINDOW, now::get);
        for (int i = 1; i < MAX; i++) {
            limiter.failed("村1/E2");
            assertFalse(limiter.blocked("村1/E2"), i + " failures are allowed");
            now.addAndGet(Duration.ofSeconds(1).toNanos());
        }
        limiter.failed("村1/E2");
        assertTrue(limiter.blocked("村1/E2"), "failure " + MAX + " blocks");
        assertFalse(limiter.blocked("村1/E3"), "other keys are not blocked");
        now.addAndGet(WINDOW.minus(Duration.ofSeconds(MAX)).toNanos());
        assertTrue(limiter.blocked("村1/E2"), "still blocked while the first failure is inside the window");
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertFalse(limiter.blocked("村1/E2"), "the oldest failure aged out of the window: one try again");
        limiter.failed("村1/E2");
        assertTrue(limiter.blocked("村1/E2"), "and a failure then blocks again");
        now.addAndGet(WINDOW.plusMinutes(1).toNanos());
        assertFalse(limiter.blocked("村1/E2"), "failures older than the window no longer count");
    }
}
