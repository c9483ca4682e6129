package cn.xiangzhi.shared.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttemptLimiterTest {

    @Test
    void aKeyIsBlockedAfterMaxFailuresInTheWindowAndFreedWhenTheyAge() {
        AtomicLong now = new AtomicLong();
        AttemptLimiter limiter = new AttemptLimiter(3, Duration.ofMinutes(15), now::get);
        for (int i = 0; i < 2; i++) {
            limiter.failed("村1/E2");
        }
        assertFalse(limiter.blocked("村1/E2"), "two failures are allowed");
        limiter.failed("村1/E2");
        assertTrue(limiter.blocked("村1/E2"), "the third blocks");
        assertFalse(limiter.blocked("村1/E3"), "other keys are not blocked");
        now.addAndGet(Duration.ofMinutes(16).toNanos());
        assertFalse(limiter.blocked("村1/E2"), "failures older than the window no longer count");
    }
}
