package cn.xiangzhi.platform.domain;

import cn.xiangzhi.platform.domain.SignInThrottle.Counts;
import cn.xiangzhi.platform.domain.SignInThrottle.Failures;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");

    private static Counts client(long failures, Instant last) {
        return new Counts(new Failures(failures, last), Failures.NONE, Failures.NONE, false);
    }

    @Test
    void theFirstFiveFailuresOfAUsernameFromOneAddressCostNothing() {
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(client(4, NOW), NOW));
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitFor(client(5, NOW), NOW));
    }

    @Test
    void delaysDoubleWithEveryFurtherFailureUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(4), SignInThrottle.waitFor(client(6, NOW), NOW));
        assertEquals(Duration.ofSeconds(8), SignInThrottle.waitFor(client(7, NOW), NOW));
        assertEquals(Duration.ofSeconds(512), SignInThrottle.waitFor(client(13, NOW), NOW));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitFor(client(14, NOW), NOW));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.waitFor(client(400, NOW), NOW));
    }

    @Test
    void theDelayCountsFromTheLastFailure() {
        assertEquals(Duration.ofSeconds(3), SignInThrottle.waitFor(client(6, NOW.minusSeconds(1)), NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(client(6, NOW.minusSeconds(4)), NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(client(6, NOW.minusSeconds(60)), NOW));
    }

    @Test
    void guessingOneUsernameFromManyAddressesSlowsDownStrangersButNotAClientThatSignedInBefore() {
        Failures spread = new Failures(25, NOW);
        Duration stranger = SignInThrottle.waitFor(new Counts(Failures.NONE, spread, Failures.NONE, false), NOW);
        assertEquals(Duration.ofSeconds(64), stranger);
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(new Counts(Failures.NONE, spread, Failures.NONE, true), NOW),
                "the owner's known address is not held back by others' failures");
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(new Counts(Failures.NONE, new Failures(19, NOW), Failures.NONE, false), NOW));
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedDownButNotForAUserWhoSignedInFromThereBefore() {
        Counts spraying = new Counts(Failures.NONE, Failures.NONE, new Failures(50, NOW), false);
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitFor(spraying, NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(new Counts(Failures.NONE, Failures.NONE, new Failures(49, NOW), false), NOW));
        assertEquals(Duration.ZERO, SignInThrottle.waitFor(new Counts(Failures.NONE, Failures.NONE, new Failures(500, NOW), true), NOW),
                "the village office's own users pass though someone there sprays usernames");
    }

    @Test
    void aKnownClientsOwnFailuresStillHoldItBack() {
        assertEquals(Duration.ofSeconds(2), SignInThrottle.waitFor(new Counts(new Failures(5, NOW), Failures.NONE, Failures.NONE, true), NOW));
    }

    @Test
    void theLongestOfTheApplicableWaitsHolds() {
        Counts both = new Counts(new Failures(6, NOW), new Failures(22, NOW), new Failures(50, NOW), false);
        assertEquals(Duration.ofSeconds(8), SignInThrottle.waitFor(both, NOW));
    }
}
