package cn.xiangzhi.shops;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ledger's reversal corrects an award; it must never undo spending. A redemption's line, a
 * return's line and an expiry's line are refused with {@code error.points.spendingNotReversible}
 * (naming the line) and the ledger, the balances and the database stay as they were: reversing a
 * redemption would hand the household its points back while the shop keeps the goods and is paid
 * for them. The server's clock is pinned to a quiet noon (ServerClock): the fixture's points are
 * last month's and the expired ones the month before, on the tenant's calendar.
 */
class SpendingLinesIT extends ApplicationIT {

    private static final String PASSWORD = "spend-pass-1";

    Http api;
    ShopFixture.Setup setup;
    YearMonth thisMonth;

    @BeforeEach
    void aShopWhoseHouseholdsHavePoints() throws Exception {
        api = api();
        thisMonth = YearMonth.from(ServerClock.pinQuietDay(api));
        setup = ShopFixture.create(api, "spend", PASSWORD);
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void aRedemptionAReturnAndAnExpiryAreNeverReversedAndTheLedgerStaysAsItWas() throws Exception {
        long redemptionLine = redeem("E1", 3).getJsonNumber("lineId").longValue();
        long sold = redeem("E2", 1).getJsonNumber("id").longValue();
        Http.Reply back = clerk("POST", "/redemptions/" + sold + "/return",
                "{\"reason\":\"顾客退货\",\"idempotencyKey\":\"return-" + UUID.randomUUID() + "\"}");
        assertEquals(201, back.status(), back.body());
        long returnLine = back.json().getJsonNumber("lineId").longValue();
        long expiryLine = expiryLineOfE3();

        Map<Long, String> types = Map.of(redemptionLine, "REDEMPTION", returnLine, "RETURN", expiryLine, "EXPIRY");
        List<String> ledgersBefore = ledgers();
        String lines = "select count(*) from points_line where household_id in (" + join(setup.households()) + ")";
        long linesBefore = Fixtures.count(lines);

        for (Map.Entry<Long, String> line : types.entrySet()) {
            assertEquals(line.getValue(), admin("GET", "/points-lines/" + line.getKey(), null).json().getString("type"));
            Http.Reply refused = admin("POST", "/points-lines/" + line.getKey() + "/reversal", "{\"reason\":\"试图冲正\"}");
            assertEquals(409, refused.status(), line.getValue() + ": " + refused.body());
            assertEquals("error.points.spendingNotReversible", refused.json().getString("error"), line.getValue());
            assertEquals(Long.toString(line.getKey()), refused.json().getJsonArray("args").getString(0), "the reason names the line");
        }

        assertEquals(ledgersBefore, ledgers(), "every household's ledger and balance as before");
        assertEquals(linesBefore, Fixtures.count(lines), "no line written");
        assertEquals(0, Fixtures.count("select count(*) from points_line where type = 'REVERSAL' and reverses_id in ("
                + redemptionLine + ", " + returnLine + ", " + expiryLine + ")"), "no reversal of spending in the database");
    }

    /** 50 points two months ago for every household, expiry after one month: E3 (no spending) loses them. */
    private long expiryLineOfE3() throws Exception {
        long item = admin("GET", "/points-items", null).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("GOOD")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        ShopFixture.awardFifty(api, setup.code(), item, setup.households(), thisMonth.minusMonths(2), 1, setup.east(), setup.west());
        JsonObject rules = admin("GET", "/points-rules", null).json();
        assertEquals(200, admin("PUT", "/points-rules", Json.createObjectBuilder(rules).remove("id").remove("updatedBy").remove("updatedAt")
                .add("expiryMonths", 1).build().toString()).status());
        Http.Reply run = admin("POST", "/points-expiry-runs", "{}");
        assertEquals(201, run.status(), run.body());
        return admin("GET", "/points-lines?household=" + setup.households().get(2), null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("EXPIRY")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** Each household's ledger lines and balance, as the API shows them. */
    private List<String> ledgers() {
        List<String> all = new ArrayList<>();
        for (long household : setup.households()) {
            all.add(admin("GET", "/points-lines?household=" + household, null).body());
            all.add(admin("GET", "/points-lines/balance?household=" + household, null).body());
        }
        return all;
    }

    private JsonObject redeem(String household, int soaps) {
        Http.Reply reply = clerk("POST", "/redemptions", Json.createObjectBuilder().add("household", household)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("goodsId", setup.soap()).add("quantity", soaps)))
                .add("idempotencyKey", UUID.randomUUID().toString()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private Http.Reply clerk(String method, String path, String body) {
        return api.call(method, "/api/t/" + setup.code() + path, "clerk", PASSWORD, body);
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + setup.code() + path, "admin", ADMIN_PASSWORD, body);
    }
}
