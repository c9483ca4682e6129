package cn.xiangzhi.platform.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a sign-in must wait before its password is even checked, from the failures of the last
 * {@link #WINDOW}. Growing delays instead of a lock-out: an attacker who knows a username slows down
 * only their own guessing, never the owner's sign-in.
 * <ul>
 *   <li>one username from one address: {@value #FREE_PER_CLIENT} failures free, then 2, 4, 8… seconds
 *       after the last failure, at most {@link #MAX_WAIT};</li>
 *   <li>one username from addresses it never signed in from (guessing spread over many
 *       addresses): {@value #FREE_PER_USER} failures free, then the same growing delays — a client that
 *       signed in successfully as this user within {@link #KNOWN_FOR} is not held back by them;</li>
 *   <li>one address over all usernames (trying many usernames): {@value #FREE_PER_ADDRESS} free — again
 *       not for a client that signed in as this user before (a village office behind one address).</li>
 * </ul>
 * A client's own failures as this user hold it back whether it is known or not.
 * The same rules apply to every username typed, whether or not it exists, so the answer never tells
 * which usernames exist.
 */
public final class SignInThrottle {

    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration KNOWN_FOR = Duration.ofDays(30);
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final int FREE_PER_CLIENT = 5;
    static final int FREE_PER_USER = 20;
    static final int FREE_PER_ADDRESS = 50;

    private SignInThrottle() {
    }

    /** Failures counted for one rule: how many within the window, and when the last one was. */
    public record Failures(long count, Instant last) {
        public static final Failures NONE = new Failures(0, null);
    }

    /** What the rules count for one attempt. */
    public record Counts(Failures sameClient, Failures sameUserElsewhere, Failures sameAddress, boolean knownClient) {
    }

    /** How long this attempt must still wait; zero when it may try now. */
    public static Duration waitFor(Counts counts, Instant now) {
        Duration wait = remaining(counts.sameClient(), FREE_PER_CLIENT, now);
        if (counts.knownClient()) {
            return wait;
        }
        wait = max(wait, remaining(counts.sameUserElsewhere(), FREE_PER_USER, now));
        return max(wait, remaining(counts.sameAddress(), FREE_PER_ADDRESS, now));
    }

    /** The delay after {@code count} failures of which {@code free} cost nothing: 2^(count - free + 1) s, capped. */
    static Duration delayAfter(long count, int free) {
        long excess = count - free + 1;
        if (excess <= 0) {
            return Duration.ZERO;
        }
        return excess >= 10 ? MAX_WAIT : min(Duration.ofSeconds(1L << excess), MAX_WAIT);
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        if (failures.count() < free || failures.last() == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(delayAfter(failures.count(), free)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
