package cn.xiangzhi.shared.time;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * "Now", "today" and "this month" as the tenant lives them (ADR 0014). Instants are stored in UTC;
 * the tenant's time zone ({@link TenantRef#zone()}, {@code Asia/Shanghai} unless the tenant chose
 * another) decides which day, month and year an instant belongs to, whatever zone the server runs
 * in. It is a {@link Clock} whose zone is the current tenant's, so {@code LocalDate.now(clock)} is
 * the tenant's today. This is the only reader of the system clock: services and pages ask it, never
 * {@code Clock.system*()}, {@code Instant.now()} or {@code ZoneId.systemDefault()}
 * ({@code ArchitectureTest} holds that line). Work outside a tenant (the platform's own pages) uses
 * {@link #DEFAULT_ZONE}.
 */
@ApplicationScoped
public class BusinessClock extends Clock {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private volatile Clock source = Clock.systemUTC();

    @Override
    public Instant instant() {
        return source.instant();
    }

    /** The zone of the tenant the current work is for. */
    @Override
    public ZoneId getZone() {
        return currentZone();
    }

    /** The zone of the tenant the current work is for, for static helpers that are handed days, not a clock. */
    public static ZoneId currentZone() {
        return TenantContext.find().map(TenantRef::zone).orElse(DEFAULT_ZONE);
    }

    /** This clock's instants seen in {@code zone} (a snapshot of the source: a later {@link #travelTo} is not followed). */
    @Override
    public Clock withZone(ZoneId zone) {
        return source.withZone(zone);
    }

    public Instant now() {
        return instant();
    }

    public ZoneId zone() {
        return getZone();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), getZone());
    }

    public YearMonth month() {
        return YearMonth.from(today());
    }

    /** {@code instant} on the tenant's wall clock. */
    public ZonedDateTime local(Instant instant) {
        return instant.atZone(getZone());
    }

    /** The day {@code instant} falls on for the tenant. */
    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, getZone());
    }

    /** The first instant of {@code day} for the tenant. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(getZone()).toInstant();
    }

    /**
     * A time typed on the tenant's wall clock ({@code 2026-12-05T09:00}) as an instant; refused with
     * 400 {@code errorKey} naming the text when it is missing or not such a time.
     */
    public Instant atLocal(String text, String errorKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(errorKey, "");
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(errorKey, text);
        }
    }

    /**
     * Moves the platform's "now" to {@code instant} and lets it run from there, or back to the
     * system clock with {@code null}. Only for tests of time boundaries ({@code ClockControl},
     * enabled by the setting {@code xiangzhi.clock.adjustable}).
     */
    public void travelTo(Instant instant) {
        source = instant == null ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), Duration.between(Clock.systemUTC().instant(), instant));
    }

    /**
     * Stops the platform's "now" at {@code instant} until the next {@link #travelTo}: for tests whose
     * answers depend on how much time passed between two requests (the sign-in delays).
     */
    public void freezeAt(Instant instant) {
        source = Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object other) {
        return other == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
