package cn.xiangzhi.shared.time;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Now", "today" and "this month" as the tenant lives them (ADR 0014). Instants are stored in UTC;
 * the tenant's time zone ({@link TenantRef#zone()}, {@code Asia/Shanghai} unless the tenant chose
 * another) decides which day, month and year an instant belongs to, whatever zone the server runs
 * in. This is the only reader of the system clock: services ask it, never {@code Clock.system*()}
 * or {@code ZoneId.systemDefault()} (ArchitectureTest holds that line). Work outside a tenant (the
 * platform's own pages) uses {@link #DEFAULT_ZONE}.
 */
@ApplicationScoped
public class BusinessClock {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock source = Clock.systemUTC();

    public Instant now() {
        return source.instant();
    }

    /** The zone of the tenant the current work is for. */
    public ZoneId zone() {
        return TenantContext.find().map(TenantRef::zone).orElse(DEFAULT_ZONE);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }

    public YearMonth month() {
        return YearMonth.from(today());
    }

    /** {@code instant} on the tenant's wall clock. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(zone());
    }

    /** The day {@code instant} falls on for the tenant. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** The first instant of {@code day} for the tenant. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** A {@link Clock} in the tenant's zone, for code written against {@code java.time}'s {@code now(clock)}. */
    public Clock clock() {
        return source.withZone(zone());
    }

    /**
     * Moves the platform's "now" to {@code instant} and lets it run from there, or back to the
     * system clock with {@code null}. Only for tests of time boundaries ({@code ClockControl},
     * enabled by the setting {@code xiangzhi.clock.adjustable}).
     */
    public void travelTo(Instant instant) {
        source = instant == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), instant));
    }
}
