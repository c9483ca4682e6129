package cn.xiangzhi.shared.security;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Counts failed attempts per key (e.g. a household code on the public page) in a sliding window
 * and blocks a key that failed {@code max} times within it. In memory, per server: a brake on
 * guessing, not a record (refusals are not stored).
 */
public final class AttemptLimiter {

    private static final int MAX_KEYS = 50_000;

    private final int max;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public AttemptLimiter(int max, Duration window) {
        this(max, window, System::nanoTime);
    }

    AttemptLimiter(int max, Duration window, LongSupplier clock) {
        this.max = max;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    public boolean blocked(String key) {
        Deque<Long> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, clock.getAsLong());
            return times.size() >= max;
        }
    }

    public void failed(String key) {
        if (failures.size() >= MAX_KEYS) {
            long now = clock.getAsLong();
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            long now = clock.getAsLong();
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
            times.removeFirst();
        }
    }
}
