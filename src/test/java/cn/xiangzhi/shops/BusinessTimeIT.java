package cn.xiangzhi.shops;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Business time is the tenant's (ADR 0014): the test server runs in UTC (or America/Los_Angeles
 * with -Pexternal-db) while its tenants live in Asia/Shanghai, and its clock is moved by the
 * operator's test clock to the second before and the second of a local midnight. Months of
 * redemptions and statements, objection windows, restrictions "from today" and the nightly expiry
 * job all follow the tenant's wall clock. The dates are months ahead of today, so the fixture's
 * points (of last month, published) are redeemable there.
 */
class BusinessTimeIT extends ApplicationIT {

    private static final String PASSWORD = "time-pass-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    Http api;
    ShopFixture.Setup setup;
    YearMonth month;

    @BeforeEach
    void aShopWithHouseholdsThatHavePoints() throws Exception {
        api = api();
        setup = ShopFixture.create(api, "time", PASSWORD);
        month = YearMonth.now(SHANGHAI).plusMonths(2);
    }

    @AfterEach
    void backToTheRealTime() {
        assertEquals(200, api.call("DELETE", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD, null).status());
    }

    @Test
    void aRedemptionAtOneSecondBeforeLocalMidnightIsTheEndingMonthsAndOneAtMidnightTheNextMonths() {
        travel(month.atEndOfMonth().atTime(23, 59, 59));
        long before = id(redeem("E1"));
        travel(month.plusMonths(1).atDay(1).atStartOfDay());
        long after = id(redeem("E2"));

        assertEquals(month.toString(), spendingMonth(setup.households().get(0)), "the spending line's month");
        assertEquals(month.plusMonths(1).toString(), spendingMonth(setup.households().get(1)));

        travel(month.plusMonths(1).atDay(1).atTime(2, 0));
        admin("PUT", "/shop-rules", "{\"returnDays\":7,\"yuanPerPoint\":\"0.01\"}");
        Http.Reply ending = admin("POST", "/shops/" + setup.shop() + "/statements", "{\"period\":\"" + month + "\"}");
        assertEquals(201, ending.status(), ending.body());
        assertEquals(List.of(before), redemptionsOf(ending.json()), "the statement of the month holds 23:59:59 and not 00:00:00");
        Http.Reply open = admin("POST", "/shops/" + setup.shop() + "/statements", "{\"period\":\"" + month.plusMonths(1) + "\"}");
        assertEquals(400, open.status(), "the next month has only just begun: " + open.body());
        assertEquals("error.statement.periodOpen", open.json().getString("error"));

        travel(month.plusMonths(2).atDay(1).atTime(2, 0));
        Http.Reply next = admin("POST", "/shops/" + setup.shop() + "/statements", "{\"period\":\"" + month.plusMonths(1) + "\"}");
        assertEquals(201, next.status(), next.body());
        assertEquals(List.of(after), redemptionsOf(next.json()));
    }

    @Test
    void anObjectionWindowUntilADayLastsToTheEndOfThatDayOnTheTenantsClock() {
        long item = Fixtures.created(admin("POST", "/points-items", Json.createObjectBuilder().add("code", "LATE").add("name", "迟到的好事")
                .add("kind", "MORALITY").add("points", 5).add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN")).build().toString()));
        long household = setup.households().get(0);
        int redeemableBefore = redeemable(household);
        travel(month.atDay(3).atTime(9, 0));
        Http.Reply proposed = admin("POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item)
                .add("month", month.minusMonths(1).toString()).add("householdIds", Json.createArrayBuilder().add(household)).build().toString());
        admin("POST", "/points-proposals/confirm", "{\"ids\":[" + proposed.array().getJsonObject(0).getJsonNumber("id") + "]}");
        JsonObject closed = admin("POST", "/points-months", "{\"villageId\":" + setup.east() + ",\"month\":\"" + month.minusMonths(1)
                + "\",\"objectionDays\":7}").json();
        LocalDate until = LocalDate.parse(closed.getString("objectionUntil"));
        assertEquals(month.atDay(10), until, "seven days from the tenant's today");

        travel(until.atTime(23, 59, 59));
        assertEquals(redeemableBefore, redeemable(household), "still in its objection window at 23:59:59 local");
        travel(until.plusDays(1).atStartOfDay());
        assertEquals(redeemableBefore + 5, redeemable(household), "redeemable from 00:00 local the day after");
    }

    @Test
    void aRestrictionFromTodayIsInForceFromTheTenantsMidnightNotTheServers() {
        LocalDate day = month.atDay(16);
        travel(day.atTime(0, 30)); // 16:30 UTC of the day before
        long household = setup.households().get(2);
        Http.Reply placed = admin("POST", "/household-restrictions", Json.createObjectBuilder().add("householdId", household)
                .add("kind", "NO_REDEEM").add("reason", "拒不履行义务").add("from", day.toString()).build().toString());
        assertEquals(201, placed.status(), placed.body());
        assertTrue(placed.json().getBoolean("inForce"), "in force on the tenant's today: " + placed.body());
        Http.Reply refused = redeem("E3");
        assertEquals("error.wallet.restricted", refused.json().getString("error"), refused.body());
    }

    @Test
    void theNightlyExpiryRunsAtOneSeventeenOnTheTenantsClock() {
        admin("PUT", "/points-rules", EXPIRING_RULES);
        LocalDate day = month.atDay(5);
        travel(day.atTime(1, 16));
        runDailyJobs();
        assertTrue(runsOf(month).isEmpty(), "not yet at 01:16 local (17:16 UTC the day before)");
        travel(day.atTime(1, 18));
        runDailyJobs();
        assertEquals(1, runsOf(month).size(), "run at 01:18 local");
        runDailyJobs();
        assertEquals(1, runsOf(month).size(), "once a day");
    }

    /** The nightly job goes over every tenant: each active one gets its run, a suspended one none. */
    @Test
    void theNightlyJobRunsForEveryActiveTenantAndForNoSuspendedOne() {
        String other = Fixtures.openCounty(api, "time-other").getString("code");
        JsonObject suspended = Fixtures.openCounty(api, "time-suspended");
        for (String tenant : List.of(setup.code(), other, suspended.getString("code"))) {
            assertEquals(200, api.call("PUT", "/api/t/" + tenant + "/points-rules", "admin", ADMIN_PASSWORD, EXPIRING_RULES).status());
        }
        assertEquals(200, api.call("POST", "/api/platform/tenants/" + suspended.getJsonNumber("id") + "/suspend", OPERATOR,
                OPERATOR_PASSWORD, "{}").status());
        travel(month.atDay(7).atTime(1, 18));
        runDailyJobs();
        for (String tenant : List.of(setup.code(), other)) {
            assertEquals(1, api.call("GET", "/api/t/" + tenant + "/points-expiry-runs", "admin", ADMIN_PASSWORD, null).array()
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("month").equals(month.toString())).count(), tenant);
        }
        assertEquals(200, api.call("POST", "/api/platform/tenants/" + suspended.getJsonNumber("id") + "/resume", OPERATOR,
                OPERATOR_PASSWORD, null).status());
        assertEquals(0, api.call("GET", "/api/t/" + suspended.getString("code") + "/points-expiry-runs", "admin", ADMIN_PASSWORD, null)
                .array().size(), "no run while suspended");
    }

    private static final String EXPIRING_RULES = Json.createObjectBuilder().add("ownWeight", "0.5").add("goldPercent", 10)
            .add("silverPercent", 30).add("bronzePercent", 50).add("goldBonus", 30).add("silverBonus", 20).add("bronzeBonus", 10)
            .add("objectionDays", 7).add("expiryMonths", 1).build().toString();

    private void travel(LocalDateTime local) {
        Instant instant = local.atZone(SHANGHAI).toInstant();
        Http.Reply moved = api.call("PUT", "/api/platform/clock", OPERATOR, OPERATOR_PASSWORD, "{\"instant\":\"" + instant + "\"}");
        assertEquals(200, moved.status(), moved.body());
    }

    private void runDailyJobs() {
        assertEquals(200, api.call("POST", "/api/platform/clock/jobs", OPERATOR, OPERATOR_PASSWORD, "{}").status());
    }

    private List<JsonObject> runsOf(YearMonth which) {
        return admin("GET", "/points-expiry-runs", null).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("month").equals(which.toString())).toList();
    }

    private Http.Reply redeem(String household) {
        return api.call("POST", "/api/t/" + setup.code() + "/redemptions", "clerk", PASSWORD, Json.createObjectBuilder()
                .add("household", household).add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("goodsId", setup.soap()).add("quantity", 1))).add("idempotencyKey", UUID.randomUUID().toString())
                .build().toString());
    }

    private String spendingMonth(long household) {
        return admin("GET", "/points-lines?household=" + household, null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("REDEMPTION")).map(l -> l.getString("month")).findFirst().orElseThrow();
    }

    private int redeemable(long household) {
        return admin("GET", "/points-lines/balance?household=" + household, null).json().getInt("redeemable");
    }

    private static List<Long> redemptionsOf(JsonObject statement) {
        return statement.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("redemptionId").longValue()).toList();
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + setup.code() + path, "admin", ADMIN_PASSWORD, body);
    }

    private static long id(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
