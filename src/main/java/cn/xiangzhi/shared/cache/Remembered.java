package cn.xiangzhi.shared.cache;

import cn.xiangzhi.shared.persistence.TransactionEnd;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Values read from the database, remembered for a short time (ADR 0011): what every request would
 * otherwise read again. A change forgets the key at once and again when the changing transaction
 * has ended, and a value read while a change was under way is not remembered (each forgetting
 * starts a new generation; a value is kept only if no generation began while it was read) — so
 * once a change has committed, this server never answers from what was there before. Another
 * server of the same database notices within {@code fresh}. Absent values are not remembered.
 * Bounded: when full, everything is dropped.
 */
public final class Remembered<K, V> {

    private static final Logger LOG = Logger.getLogger(Remembered.class.getName());

    private record Entry<V>(V value, long loadedAt) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final long freshNanos;
    private final int max;
    private final LongSupplier nanoClock;

    public Remembered(Duration fresh, int max) {
        this(fresh, max, System::nanoTime);
    }

    Remembered(Duration fresh, int max, LongSupplier nanoClock) {
        this.freshNanos = fresh.toNanos();
        this.max = max;
        this.nanoClock = nanoClock;
    }

    /** The remembered value if still fresh, or else what {@code load} reads now (remembered if present). */
    public Optional<V> get(K key, Function<K, Optional<V>> load) {
        long now = nanoClock.getAsLong();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < freshNanos) {
            return Optional.of(entry.value());
        }
        long before = generation.get();
        Optional<V> value = load.apply(key);
        if (value.isEmpty()) {
            entries.remove(key);
        } else {
            keep(key, new Entry<>(value.get(), now), before);
        }
        return value;
    }

    /** The remembered value if still fresh; nothing is read. */
    public Optional<V> peek(K key) {
        Entry<V> entry = entries.get(key);
        return entry != null && nanoClock.getAsLong() - entry.loadedAt() < freshNanos ? Optional.of(entry.value()) : Optional.empty();
    }

    /** Remembers a value read by the caller, unless a change began since {@code readSince} (see {@link #generation()}). */
    public void put(K key, V value, long readSince) {
        keep(key, new Entry<>(value, nanoClock.getAsLong()), readSince);
    }

    /** Keeps an entry read in generation {@code readSince}, unless a change began since (checked again after the put). */
    private void keep(K key, Entry<V> entry, long readSince) {
        if (generation.get() != readSince) {
            return;
        }
        if (entries.size() >= max) {
            entries.clear();
        }
        entries.put(key, entry);
        if (generation.get() != readSince) {
            entries.remove(key, entry); // a change began between the check and the put
        }
    }

    /** The current generation: take it before reading a value to {@link #put} it afterwards. */
    public long generation() {
        return generation.get();
    }

    /**
     * Forgets a key that is being changed: now, and once the transaction that changes it has ended
     * ({@code transactions} may be null outside a container).
     */
    public void forget(K key, TransactionSynchronizationRegistry transactions) {
        forgetAll(key::equals, transactions);
    }

    /** As {@link #forget}, for every key {@code which} accepts. */
    public void forgetAll(Predicate<K> which, TransactionSynchronizationRegistry transactions) {
        generation.incrementAndGet();
        entries.keySet().removeIf(which);
        TransactionEnd.Outcome later = TransactionEnd.then(transactions, () -> {
            generation.incrementAndGet();
            entries.keySet().removeIf(which);
        });
        if (later == TransactionEnd.Outcome.COMPLETING) {
            // the change is being flushed while the transaction completes: too late to be told of its end
            LOG.warning("forgot entries only before their transaction ended");
        }
    }
}
