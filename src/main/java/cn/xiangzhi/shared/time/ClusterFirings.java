package cn.xiangzhi.shared.time;

import jakarta.annotation.Resource;
import jakarta.ejb.Timer;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each firing of a scheduled job ({@code @Schedule}) on one instance of the cluster only
 * (ADR 0026): every instance's timer fires, and before the job runs this default interceptor
 * (WEB-INF/ejb-jar.xml, so every bean's timers and those to come are covered without a mark)
 * claims the firing — a row of {@code scheduled_firing} keyed by the job and the minute it was
 * due — in a statement of its own. The instance whose row goes in runs the job; the others find
 * the row there (a duplicate key, or on Galera a certification conflict at commit) and skip it.
 * When the instance that ran the jobs dies, the next firing is claimed by one that lives: no lease
 * to wait out. With the database away nothing runs (the jobs need it anyway) and the next firing
 * tries again; the daily jobs catch up (DailyJob). A single server claims every firing itself.
 */
public class ClusterFirings {

    private static final Logger LOG = Logger.getLogger(ClusterFirings.class.getName());
    static final Duration KEPT = Duration.ofDays(2);
    /** This instance's name in the rows: {@code XIANGZHI_INSTANCE}, or host and process. */
    static final String INSTANCE = instanceName();

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    DataSource dataSource;

    @Inject
    BusinessClock clock;

    @AroundTimeout
    public Object claimFirst(InvocationContext invocation) throws Exception {
        if (!(invocation.getTimer() instanceof Timer timer) || !timer.isCalendarTimer()) {
            return invocation.proceed();
        }
        String job = invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        Instant due = slot(clock.now());
        String holder = claim(job, due);
        if (INSTANCE.equals(holder)) {
            LOG.info(() -> "scheduled job " + job + " due " + due + ": runs on this instance (" + INSTANCE + ")");
            return invocation.proceed();
        }
        LOG.info(() -> "scheduled job " + job + " due " + due + ": left to " + (holder == null ? "the next firing (database away)" : holder));
        return null;
    }

    /** The minute a firing was due: its start rounded to the nearest minute (clocks of instances differ by less than 30 s). */
    static Instant slot(Instant firedAt) {
        return firedAt.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The instance that holds the firing: this one if its claim went in, another's name, or null when the database is away. */
    private String claim(String job, Instant due) {
        LocalDateTime dueAt = LocalDateTime.ofInstant(due, ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into scheduled_firing (job, fired_at, instance, claimed_at) values (?, ?, ?, utc_timestamp(6))")) {
                insert.setString(1, job);
                insert.setObject(2, dueAt);
                insert.setString(3, INSTANCE);
                insert.executeUpdate();
            } catch (SQLIntegrityConstraintViolationException taken) {
                return holder(connection, job, dueAt);
            } catch (SQLException conflict) {
                if (conflict.getErrorCode() == 1213) { // Galera: another node's claim of the same firing committed first
                    return holder(connection, job, dueAt);
                }
                throw conflict;
            }
            try (PreparedStatement prune = connection.prepareStatement("delete from scheduled_firing where fired_at < ?")) {
                prune.setObject(1, dueAt.minus(KEPT));
                prune.executeUpdate();
            }
            return INSTANCE;
        } catch (SQLException away) {
            LOG.log(Level.WARNING, "scheduled job " + job + " due " + due + " not claimed: " + away.getMessage());
            return null;
        }
    }

    private static String holder(Connection connection, String job, LocalDateTime dueAt) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select instance from scheduled_firing where job = ? and fired_at = ?")) {
            select.setString(1, job);
            select.setObject(2, dueAt);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "another instance";
            }
        }
    }

    private static String instanceName() {
        String configured = System.getenv("XIANGZHI_INSTANCE");
        return configured != null && !configured.isBlank() ? configured : ManagementFactory.getRuntimeMXBean().getName();
    }
}
