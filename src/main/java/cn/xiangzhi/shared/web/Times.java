package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Instants as pages show them: on the tenant's wall clock ({@link BusinessClock}), never UTC
 * ({@code #{times.at(x)}} → {@code 2026-12-01 07:30}, {@code #{times.day(x)}} → {@code 2026-12-01}).
 */
@Named("times")
@ApplicationScoped
public class Times {

    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    public static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    public static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    BusinessClock clock;

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(clock.local(instant));
    }

    public String seconds(Instant instant) {
        return instant == null ? "" : SECOND.format(clock.local(instant));
    }

    /** The time of day only ({@code 09:05}), for times within a day already named on the page. */
    public String hour(Instant instant) {
        return instant == null ? "" : HOUR.format(clock.local(instant));
    }

    public String day(Instant instant) {
        return instant == null ? "" : clock.dayOf(instant).toString();
    }
}
