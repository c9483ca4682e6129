package cn.xiangzhi.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} restarts within any {@code window}: a crash loop ends instead of spinning. */
final class RestartBudget {

    private final int limit;
    private final Duration window;
    private final Deque<Instant> used = new ArrayDeque<>();

    RestartBudget(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Takes one restart at {@code now}; false when {@code limit} were already taken within the window before it. */
    synchronized boolean tryAcquire(Instant now) {
        Instant start = now.minus(window);
        while (!used.isEmpty() && !used.peekFirst().isAfter(start)) {
            used.removeFirst();
        }
        if (used.size() >= limit) {
            return false;
        }
        used.addLast(now);
        return true;
    }

    /** How many restarts were taken within the window ending at {@code now}. */
    synchronized int taken(Instant now) {
        Instant start = now.minus(window);
        return (int) used.stream().filter(time -> time.isAfter(start)).count();
    }

    int limit() {
        return limit;
    }

    Duration window() {
        return window;
    }
}
