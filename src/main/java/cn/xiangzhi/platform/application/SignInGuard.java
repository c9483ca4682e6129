package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.SignInFailure;
import cn.xiangzhi.platform.domain.SignInThrottle;
import cn.xiangzhi.platform.domain.SignInThrottle.Counts;
import cn.xiangzhi.platform.domain.SignInThrottle.Failures;
import cn.xiangzhi.shared.persistence.NativeSql;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The sign-in throttle's memory, in the database so that every application server sees the same
 * ({@link SignInThrottle} has the rules): failures are appended to {@code sign_in_failure}, the
 * addresses a user signed in from are kept in {@code sign_in_client}. Runs inside the sign-in's
 * transaction ({@link LoginService}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SignInGuard {

    @Inject
    TenantEntityManager db;

    /** How long an attempt of {@code username} from {@code address} in {@code scope} must wait; zero to go ahead. */
    public Duration waitFor(long scope, String username, String address, Instant now) {
        EntityManager em = db.platform();
        String user = SignInFailure.clip(username, 60);
        String from = SignInFailure.clip(address, 45);
        Instant windowStart = now.minus(SignInThrottle.WINDOW);
        Instant lastSuccess = lastSuccess(em, scope, user, from);
        boolean known = lastSuccess != null && lastSuccess.isAfter(now.minus(SignInThrottle.KNOWN_FOR));
        Instant clientSince = lastSuccess != null && lastSuccess.isAfter(windowStart) ? lastSuccess : windowStart;
        // native: EclipseLink hands max() of a converted column to the converter as the driver's type
        Object[] ofUser = (Object[]) NativeSql.of(em, "select sum(case when address = ? and at > ? then 1 else 0 end),"
                        + " max(case when address = ? and at > ? then at end),"
                        + " sum(case when address <> ? then 1 else 0 end), max(case when address <> ? then at end)"
                        + " from sign_in_failure where scope_id = ? and username = ? and at > ?")
                .setParameter(1, from).setParameter(2, time(clientSince)).setParameter(3, from).setParameter(4, time(clientSince))
                .setParameter(5, from).setParameter(6, from).setParameter(7, scope).setParameter(8, user)
                .setParameter(9, time(windowStart)).getSingleResult();
        Object[] ofAddress = (Object[]) NativeSql.of(em, "select count(*), max(at) from sign_in_failure where address = ? and at > ?")
                .setParameter(1, from).setParameter(2, time(windowStart)).getSingleResult();
        Failures sameClient = failures(ofUser[0], ofUser[1]);
        Failures elsewhere = failures(ofUser[2], ofUser[3]);
        Failures sameAddress = failures(ofAddress[0], ofAddress[1]);
        return SignInThrottle.waitFor(new Counts(sameClient, elsewhere, sameAddress, known), now);
    }

    public void failed(long scope, String username, String address, Instant now) {
        db.platform().persist(new SignInFailure(scope, username, address, now));
    }

    /** Remembers that {@code username} signed in from {@code address}: a known client from now on. */
    public void succeeded(long scope, String username, String address, Instant now) {
        NativeSql.of(db.platform(), "insert into sign_in_client (scope_id, username, address, last_success)"
                        + " values (?, ?, ?, ?) on duplicate key update last_success = values(last_success)")
                .setParameter(1, scope).setParameter(2, SignInFailure.clip(username, 60))
                .setParameter(3, SignInFailure.clip(address, 45)).setParameter(4, Timestamp.from(now.truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate();
    }

    /** The failed sign-ins of a scope since {@code since}, summed per username and address, the latest first. */
    public List<FailedSignIns> failuresSince(long scope, Instant since, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = NativeSql.of(db.platform(), "select username, address, count(*), min(at), max(at) from sign_in_failure"
                        + " where scope_id = ? and at > ? group by username, address order by max(at) desc limit ?")
                .setParameter(1, scope).setParameter(2, time(since)).setParameter(3, max).getResultList();
        return rows.stream().map(r -> new FailedSignIns((String) r[0], (String) r[1], ((Number) r[2]).longValue(), instant(r[3]),
                instant(r[4]))).toList();
    }

    private static Instant lastSuccess(EntityManager em, long scope, String user, String address) {
        List<?> rows = NativeSql.of(em, "select last_success from sign_in_client where scope_id = ? and username = ?"
                        + " and address = ?").setParameter(1, scope).setParameter(2, user).setParameter(3, address)
                .getResultList();
        if (rows.isEmpty() || rows.get(0) == null) {
            return null;
        }
        return instant(rows.get(0));
    }

    /** A time as the driver or EclipseLink hands it back (the connection's zone is UTC). */
    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return null;
    }

    private static Failures failures(Object count, Object last) {
        long n = count == null ? 0 : ((Number) count).longValue();
        return n == 0 ? Failures.NONE : new Failures(n, instant(last));
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
    }
}
