package cn.xiangzhi.testing;

import jakarta.json.Json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;

/**
 * The test server's business clock (ADR 0014, {@code ClockControl}: operators only, test server
 * only), for tests whose expected dates must not depend on when they run.
 * <p>
 * A test that computed "this month" or "today" with {@code YearMonth.now()} in its own JVM failed
 * around midnight and at month ends: the test JVM runs in UTC while the tenants live in
 * Asia/Shanghai (eight hours ahead), and the month could also turn between the test's computation and
 * the server's. {@link #pinQuietDay} moves the server to 12:00 (tenant time) on the 15th of the month
 * after the real one and the test takes its dates from the moment it returns: twelve hours from any
 * midnight and about two weeks from any month end, so a test of a few minutes sees one day and one
 * month whatever the hour it runs. Always ahead of the real date, never behind it, so rows a fixture
 * ages with the database's own clock ({@link Fixtures#endObjectionPeriod}: {@code current_date - 1})
 * are in the past for the server too. The clock keeps running from there; {@link #backToRealTime}
 * belongs in an {@code @AfterEach} (or a {@code finally}) of every test that moved it.
 */
public final class ServerClock {

    /** The zone of every test tenant (the default of a new tenant). */
    public static final ZoneId TENANT_ZONE = ZoneId.of("Asia/Shanghai");

    private ServerClock() {
    }

    /** Moves the server to 12:00 tenant time on the 15th of next month; returns that moment in the tenants' zone. */
    public static ZonedDateTime pinQuietDay(Http api) {
        YearMonth next = YearMonth.from(ZonedDateTime.now(TENANT_ZONE)).plusMonths(1);
        ZonedDateTime quiet = next.atDay(15).atTime(LocalTime.NOON).atZone(TENANT_ZONE);
        travel(api, quiet.toInstant());
        return quiet;
    }

    /** Moves the server's "now" to {@code instant}; it runs on from there. */
    public static void travel(Http api, Instant instant) {
        Http.Reply moved = api.call("PUT", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD,
                Json.createObjectBuilder().add("instant", instant.toString()).build().toString());
        if (moved.status() != 200) {
            throw new AssertionError("the test clock did not move: " + moved.status() + " " + moved.body());
        }
    }

    /** Stops the server's "now" at {@code instant} (until {@link #backToRealTime} or {@link #travel}). */
    public static void freeze(Http api, Instant instant) {
        Http.Reply moved = api.call("PUT", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD,
                Json.createObjectBuilder().add("instant", instant.toString()).add("frozen", true).build().toString());
        if (moved.status() != 200) {
            throw new AssertionError("the test clock did not stop: " + moved.status() + " " + moved.body());
        }
    }

    /** Back to the real time. */
    public static void backToRealTime(Http api) {
        Http.Reply back = api.call("DELETE", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD, null);
        if (back.status() != 200) {
            throw new AssertionError("the test clock did not go back: " + back.status() + " " + back.body());
        }
    }

    /** The server's "now" (the real time or where a test moved it). */
    public static Instant now(Http api) {
        Http.Reply now = api.call("GET", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD, null);
        if (now.status() != 200) {
            throw new AssertionError("no server clock: " + now.status() + " " + now.body());
        }
        return Instant.parse(now.json().getString("instant"));
    }

    /** The tenants' today on the server's clock. */
    public static LocalDate today(Http api) {
        return LocalDate.ofInstant(now(api), TENANT_ZONE);
    }
}
