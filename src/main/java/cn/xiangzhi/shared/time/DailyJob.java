package cn.xiangzhi.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Work done once a day per tenant, at a time of the tenant's day (the points expiry at 01:17 in the
 * tenant's zone), whatever zone the server runs in (ADR 0014). A feature's schedule ticks often and
 * asks {@link #isDue} per tenant; {@link #runDue()} is what the tick does, also callable by the
 * operator's test clock ({@code ClockControl}) to run due jobs at a travelled "now".
 */
public interface DailyJob {

    /** Runs the job for every active tenant for which it is due now. */
    void runDue();

    /**
     * Whether a job of the local time {@code at} is due in {@code zone} at {@code now}, when it last
     * ran on the tenant's day {@code lastRun} (null: never since this server started): the tenant's
     * clock has passed {@code at} today and it has not run today.
     */
    static boolean isDue(LocalTime at, ZoneId zone, LocalDate lastRun, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        return !local.toLocalTime().isBefore(at) && (lastRun == null || lastRun.isBefore(local.toLocalDate()));
    }
}
