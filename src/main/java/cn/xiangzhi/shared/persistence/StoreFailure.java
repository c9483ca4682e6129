package cn.xiangzhi.shared.persistence;

import cn.xiangzhi.shared.domain.DomainException;

import java.sql.DataTruncation;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed write or read means to the person who asked, from the exception the database
 * layer threw (the transaction has been rolled back, so nothing was half-written):
 * <ul>
 *   <li>a text longer than its column: 400 {@code error.field.tooLong} naming the field;</li>
 *   <li>a write that lost to a concurrent one (a unique key, a stale version): 409 {@code error.stale};</li>
 *   <li>a deadlock or, on a Galera cluster, a certification conflict (MySQL error 1213, SQL state
 *       40001): 409 {@code error.retry} — nothing was written, the same request may be sent again
 *       (the counter's redemptions carry an idempotency key for that: ADR 0024);</li>
 *   <li>the database not answering (down, stopped, out of connections): {@link Kind#UNAVAILABLE}, a 503.</li>
 * </ul>
 */
public final class StoreFailure {

    private static final Logger LOG = Logger.getLogger(StoreFailure.class.getName());

    /** How the failure is answered. */
    public enum Kind { INVALID, STALE, UNAVAILABLE }

    /** MySQL's and MariaDB's "Deadlock found when trying to get lock; try restarting transaction", also Galera's certification failure. */
    static final int DEADLOCK = 1213;
    private static final Pattern TOO_LONG = Pattern.compile("(?i)data too long for column '([A-Za-z0-9_]+)'");

    private final Kind kind;
    private final DomainException refusal;

    /** Whether a cause was recognised (else: answered as a lost race). */
    private final boolean recognised;

    private StoreFailure(Kind kind, DomainException refusal) {
        this(kind, refusal, true);
    }

    private StoreFailure(Kind kind, DomainException refusal, boolean recognised) {
        this.kind = kind;
        this.refusal = refusal;
        this.recognised = recognised;
    }

    public Kind kind() {
        return kind;
    }

    /** The refusal to show: its key and arguments, and the status REST answers with. */
    public DomainException refusal() {
        return refusal;
    }

    public int status() {
        return kind == Kind.UNAVAILABLE ? 503 : refusal.status();
    }

    /** What {@code failure} (a persistence or transaction exception) means; every failure of the store means something. */
    public static StoreFailure of(Throwable failure) {
        boolean gateClosed = false;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            gateClosed |= t instanceof DatabaseGate.Closed;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<StoreFailure> known = classify(t);
            if (known.isPresent()) {
                if (known.get().kind == Kind.UNAVAILABLE && !gateClosed && !poolExhausted(failure)) {
                    DatabaseGate.failed(); // found unreachable now: the next requests are refused at once for a moment
                }
                return known.get();
            }
        }
        return new StoreFailure(Kind.STALE, DomainException.conflict("error.stale"), false);
    }

    /**
     * What to answer for {@code failure} — as {@link #of} — and, when it was not recognised (answered
     * as a lost race), its causes in the log, so that an operator can tell what it was (a failover of
     * a Galera cluster refused a few redemptions so).
     */
    public static StoreFailure answering(Throwable failure) {
        StoreFailure meaning = of(failure);
        if (!meaning.recognised) {
            LOG.info(() -> "a failure of the store answered as error.stale: " + causes(failure));
        }
        return meaning;
    }

    /** Each cause's class and first line of its message, outermost first. */
    static String causes(Throwable failure) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            String message = String.valueOf(t.getMessage()).lines().findFirst().orElse("");
            text.append(depth == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ")
                    .append(message.length() > 200 ? message.substring(0, 200) + "…" : message);
        }
        return text.toString();
    }

    /**
     * Whether {@code failure} is the pool's "every connection is in use and the wait ran out": the
     * server is busy, the database is not away — that request is answered 503, but the gate stays
     * open for the others (tripping it turned a burst of load into two seconds of refusals for all).
     */
    static boolean poolExhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max-pool-size") && message.contains("max-wait-time")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code failure} says the database could not be reached (anywhere in its causes). */
    public static boolean isUnavailable(Throwable failure) {
        return of(failure).kind() == Kind.UNAVAILABLE;
    }

    private static Optional<StoreFailure> classify(Throwable t) {
        String message = String.valueOf(t.getMessage());
        Matcher tooLong = TOO_LONG.matcher(message);
        if (tooLong.find() || t instanceof DataTruncation) {
            String column = tooLong.find(0) ? tooLong.group(1) : "?";
            return Optional.of(new StoreFailure(Kind.INVALID, new DomainException("error.field.tooLong", fieldName(column))));
        }
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t.getClass().getName().endsWith("CommunicationsException")
                || t.getClass().getName().endsWith("CJCommunicationsException")
                || message.contains("Error in allocating a connection") || message.contains("Connection refused")
                // the connection died under the commit (a Galera writer killed): the outcome is not
                // known here, so "try again" — a redemption resent with its key is found if it committed
                || message.contains("physical connection is not usable")
                || (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
            return Optional.of(new StoreFailure(Kind.UNAVAILABLE, DomainException.conflict("error.unavailable")));
        }
        if (t instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
            // a deadlock, or on Galera a certification conflict with a write committed on another
            // node: the whole transaction was rolled back and the same request may simply be sent again
            return Optional.of(new StoreFailure(Kind.STALE, DomainException.conflict("error.retry")));
        }
        if (t instanceof SQLIntegrityConstraintViolationException) {
            return Optional.of(new StoreFailure(Kind.STALE, DomainException.conflict("error.stale")));
        }
        return Optional.empty();
    }

    /** {@code head_name} → {@code headName}: the field as REST bodies and forms name it. */
    static String fieldName(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
