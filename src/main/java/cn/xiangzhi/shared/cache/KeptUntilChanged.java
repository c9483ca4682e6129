package cn.xiangzhi.shared.cache;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Values of a tenant kept until the tenant's data changes ({@link TenantChanges}) and for at most
 * {@code fresh}: what many anonymous readers ask for again and again (the kiosks' boards and their
 * tokens, ADR 0017). A value read while the tenant's data changed is not kept. Bounded: when full,
 * everything is dropped. Absent values (null) are not kept. Each value lives between half and all of
 * {@code fresh}, at random, so that values read together are not all read again together.
 */
public final class KeptUntilChanged<K, V> {

    private record Kept<V>(long tenantId, long mark, long until, V value) {
    }

    private final ConcurrentHashMap<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private final TenantChanges changes;
    private final long freshNanos;
    private final int max;

    public KeptUntilChanged(TenantChanges changes, Duration fresh, int max) {
        this.changes = changes;
        this.freshNanos = fresh.toNanos();
        this.max = max;
    }

    /** The value kept for {@code key} of {@code tenantId} if nothing changed since, or else what {@code read} reads now. */
    public V get(long tenantId, K key, Supplier<V> read) {
        long mark = changes.mark(tenantId);
        long now = System.nanoTime();
        Kept<V> entry = kept.get(key);
        if (entry != null && entry.tenantId() == tenantId && entry.mark() == mark && now - entry.until() < 0) {
            return entry.value();
        }
        V value = read.get();
        if (value != null && changes.mark(tenantId) == mark) { // nothing was written while it was read
            if (kept.size() >= max) {
                kept.clear();
            }
            long life = freshNanos / 2 + ThreadLocalRandom.current().nextLong(freshNanos / 2 + 1);
            kept.put(key, new Kept<>(tenantId, mark, now + life, value));
        }
        return value;
    }
}
