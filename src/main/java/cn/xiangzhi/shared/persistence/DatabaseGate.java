package cn.xiangzhi.shared.persistence;

import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short circuit breaker in front of the database: once a request found it unreachable (a
 * communications failure, after the data source's timeouts), every request in the next
 * {@link #OPEN_MILLIS} is refused at once — each of them would otherwise wait the same timeouts
 * again. After that one request is let through to try; when the database answers again, everything
 * goes through again. {@link cn.xiangzhi.shared.persistence.TenantEntityManager} asks it before every
 * use of the database; {@link StoreFailure} tells it of each failure.
 */
public final class DatabaseGate {

    static final long OPEN_MILLIS = 2_000;

    private static final AtomicLong LAST_FAILURE = new AtomicLong(Long.MIN_VALUE / 2);

    private DatabaseGate() {
    }

    /** The database was found unreachable now. */
    static void failed() {
        LAST_FAILURE.set(System.nanoTime() / 1_000_000);
    }

    /** Refuses with an unavailability (answered 503) while the gate is open. */
    public static void check() {
        long since = System.nanoTime() / 1_000_000 - LAST_FAILURE.get();
        if (since >= 0 && since < OPEN_MILLIS) {
            throw new Closed();
        }
    }

    /** The database was found unreachable a moment ago: not tried again yet. */
    public static final class Closed extends RuntimeException {
        Closed() {
            super("the database did not answer a moment ago", new SQLTransientConnectionException("database unavailable"));
        }
    }
}
