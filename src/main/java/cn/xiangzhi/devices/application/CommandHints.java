package cn.xiangzhi.devices.application;

import cn.xiangzhi.shared.persistence.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Which devices have no command waiting, as far as this server knows, so that their polls
 * ({@code getrequest}, every 10 s from every terminal) answer {@code OK} without reading the
 * database. A poll that found nothing marks its device quiet for {@link #QUIET_NANOS}; a command
 * queued on this server wakes its device once the queuing transaction has ended. A command queued
 * on another server of the same database reaches the device within {@link #QUIET_NANOS}.
 */
@ApplicationScoped
public class CommandHints {

    static final long QUIET_NANOS = 30_000_000_000L;
    private static final int MAX = 200_000;

    private final ConcurrentHashMap<Long, Long> quietUntil = new ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    boolean isQuiet(long deviceId, long nowNanos) {
        Long until = quietUntil.get(deviceId);
        return until != null && nowNanos - until < 0;
    }

    void quiet(long deviceId, long nowNanos) {
        if (quietUntil.size() > MAX) {
            quietUntil.clear();
        }
        quietUntil.put(deviceId, nowNanos + QUIET_NANOS);
    }

    /** A command was queued for the device: its next poll reads the queue (now, and again when the transaction has ended). */
    void wake(long deviceId) {
        quietUntil.remove(deviceId);
        TransactionEnd.then(transactions, () -> quietUntil.remove(deviceId));
    }
}
