package cn.xiangzhi.shops;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.LedgerInvariants;
import cn.xiangzhi.testing.Metrics;
import cn.xiangzhi.testing.Race;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Redemption at the counter: never more than the redeemable balance, even when many clerks redeem
 * one household at once; a retried request redeems once; stock never below zero; returns give the
 * points back once; restrictions, revoked cards and villages the shop does not serve are refused;
 * unspent points expire oldest first, once, however often and whenever the expiry job runs.
 */
class CounterIT extends ApplicationIT {

    private static final String PASSWORD = "counter-pass-1";

    Http api;
    String code;
    long east;
    long west;
    long shop;
    long soap;
    long rice;
    List<Long> households = new ArrayList<>();

    @BeforeEach
    void aShopServingOneVillageWithHouseholdsThatHavePoints() throws Exception {
        api = api();
        ShopFixture.Setup setup = ShopFixture.create(api, "ctr", PASSWORD);
        code = setup.code();
        east = setup.east();
        west = setup.west();
        shop = setup.shop();
        soap = setup.soap();
        rice = setup.rice();
        households = setup.households();
    }

    /** Three rounds, one household each: 32 clerks at the same instant, 100 points buy exactly ten 10-point soaps. */
    @Test
    void simultaneousRedemptionsSpendExactlyTheAffordableOnes() throws Exception {
        long counted = Metrics.value(api, "xiangzhi_redemptions_total");
        for (int round = 0; round < 3; round++) {
            String household = "E" + (round + 1);
            List<Http.Reply> replies = Race.times(32, () -> redeem(household, soap, 1, UUID.randomUUID().toString()));
            long ok = replies.stream().filter(r -> r.status() == 201).count();
            assertEquals(10, ok, "round " + round + ": " + replies.stream().map(Http.Reply::status).toList());
            assertTrue(replies.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409
                    && r.json().getString("error").equals("error.wallet.insufficient")), "the others are refused for lack of points");
            assertEquals(0, balance(households.get(round)).getInt("redeemable"));
            assertEquals(-100, spent(households.get(round)), "ten spending lines of -10 in the ledger");
        }
        assertEquals(counted + 30, Metrics.value(api, "xiangzhi_redemptions_total"), "the operator's counter: 30 redeemed, the refused not counted");
        LedgerInvariants.assertHold(code);
    }

    @Test
    void aRetriedOrDoubleClickedRedemptionRedeemsOnce() throws Exception {
        long counted = Metrics.value(api, "xiangzhi_redemptions_total");
        for (int round = 0; round < 5; round++) {
            String key = "counter-" + UUID.randomUUID();
            List<Http.Reply> replies = Race.times(8, () -> redeem("E2", soap, 2, key));
            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.stream().map(Http.Reply::status).toList().toString());
            assertTrue(replies.stream().allMatch(r -> r.status() == 201 || r.status() == 200));
            assertEquals(1, replies.stream().map(r -> r.json().getJsonNumber("id").longValue()).distinct().count(), "one redemption");
            assertEquals(1, Fixtures.count("select count(*) from shop_redemption where idempotency_key = '" + key + "'"));
        }
        assertEquals(0, balance(households.get(1)).getInt("redeemable"), "five redemptions of 20 points, no more");
        assertEquals(counted + 5, Metrics.value(api, "xiangzhi_redemptions_total"), "the operator's counter: the repeats are not counted");
        LedgerInvariants.assertHold(code);
    }

    /** The same key sent at the same instant with another household or other goods: one redemption, the other refused. */
    @Test
    void aKeyReusedAtTheSameMomentForAnotherRequestRedeemsOnce() throws Exception {
        for (int round = 0; round < 4; round++) {
            String key = "race-" + UUID.randomUUID();
            List<Callable<Http.Reply>> calls = List.of(() -> redeem("E1", soap, 1, key),
                    round % 2 == 0 ? () -> redeem("E3", soap, 1, key) : () -> redeem("E1", rice, 1, key));
            List<Http.Reply> replies = Race.atOnce(calls);
            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.stream().map(Http.Reply::body).toList().toString());
            Http.Reply loser = replies.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
            assertTrue(loser.status() == 422 || loser.status() == 409, "refused, never answered with the other's redemption: " + loser.body());
            assertEquals(1, Fixtures.count("select count(*) from shop_redemption where idempotency_key = '" + key + "'"));
        }
        LedgerInvariants.assertHold(code);
    }

    /** A key reused for another request is a client's bug: refused (422), never answered with the first redemption. */
    @Test
    void aKeyReusedForAnotherHouseholdOrOtherGoodsIsRefusedAndChangesNothing() {
        String key = "counter-" + UUID.randomUUID();
        assertEquals(201, redeem("E2", soap, 1, key).status());
        int before = balance(households.get(2)).getInt("redeemable");
        for (Http.Reply reused : List.of(redeem("E3", soap, 1, key), redeem("E2", soap, 2, key), redeem("E2", rice, 1, key))) {
            assertEquals(422, reused.status(), reused.body());
            assertEquals("error.redemption.keyUsed", reused.json().getString("error"));
        }
        assertEquals(before, balance(households.get(2)).getInt("redeemable"), "E3 spent nothing");
        assertEquals(90, balance(households.get(1)).getInt("redeemable"), "E2 spent its one soap only");
        Http.Reply same = redeem("E2", soap, 1, key);
        assertEquals(200, same.status(), "the very same request is still answered with the first redemption");
        assertTrue(same.json().getBoolean("repeated"));
        long first = id(same);
        Http.Reply returnWithRedemptionKey = clerk("POST", "/redemptions/" + first + "/return", "{\"reason\":\"退\",\"idempotencyKey\":\""
                + key + "\"}");
        assertEquals(422, returnWithRedemptionKey.status(), "a redemption's key reused for a return: " + returnWithRedemptionKey.body());
    }

    @Test
    void stockNeverGoesBelowZeroAndAReturnGivesPointsAndGoodsBackOnce() throws Exception {
        long item = admin("GET", "/points-items", null).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("GOOD")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        ShopFixture.awardFifty(api, code, item, households, YearMonth.now().minusMonths(2), 4, east, west);
        // 300 points each: stock, not points, is what runs out below, however the bags fall
        for (int round = 0; round < 3; round++) {
            if (round > 0) {
                admin("POST", "/shop-goods/" + rice + "/restock", "{\"quantity\":3}");
            }
            List<Callable<Http.Reply>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String household = "E" + (i % 3 + 1);
                calls.add(() -> redeem(household, rice, 1, UUID.randomUUID().toString()));
            }
            List<Http.Reply> replies = Race.atOnce(calls);
            long sold = replies.stream().filter(r -> r.status() == 201).count();
            assertTrue(replies.stream().filter(r -> r.status() != 201).allMatch(r -> r.json().getString("error").equals("error.goods.outOfStock")
                    || r.json().getString("error").equals("error.wallet.insufficient")), replies.stream().map(Http.Reply::body).toList().toString());
            assertEquals(3, sold, "three in stock, three sold: " + replies.stream().map(Http.Reply::body).toList());
            assertEquals(0, admin("GET", "/shop-goods/" + rice, null).json().getInt("stock"));
            LedgerInvariants.assertHold(code);
        }

        JsonObject sold = admin("GET", "/redemptions?max=1", null).array().getJsonObject(0);
        long household = sold.getJsonNumber("householdId").longValue();
        int before = balance(household).getInt("redeemable");
        Http.Reply back = clerk("POST", "/redemptions/" + sold.getJsonNumber("id") + "/return",
                "{\"reason\":\"大米受潮，顾客退回\",\"idempotencyKey\":\"return-" + UUID.randomUUID() + "\"}");
        assertEquals(201, back.status(), back.body());
        assertEquals("RETURN", back.json().getString("kind"));
        assertEquals(before + 30, balance(household).getInt("redeemable"), "the points come back as a new line");
        assertEquals(1, admin("GET", "/shop-goods/" + rice, null).json().getInt("stock"), "and the goods to the shelf");
        Http.Reply twice = clerk("POST", "/redemptions/" + sold.getJsonNumber("id") + "/return",
                "{\"reason\":\"再退一次\",\"idempotencyKey\":\"return-" + UUID.randomUUID() + "\"}");
        assertEquals(409, twice.status());
        assertEquals("error.redemption.returned", twice.json().getString("error"));
    }

    /** Eight returns of one redemption at the same instant (each with its own key): the points and goods come back once. */
    @Test
    void simultaneousReturnsOfOneRedemptionGiveBackOnce() throws Exception {
        for (int round = 0; round < 3; round++) {
            String household = "E" + (round + 1);
            long redemption = id(redeem(household, rice, 1, UUID.randomUUID().toString()));
            int stock = admin("GET", "/shop-goods/" + rice, null).json().getInt("stock");
            int before = balance(households.get(round)).getInt("redeemable");
            List<Http.Reply> replies = Race.times(8, () -> clerk("POST", "/redemptions/" + redemption + "/return",
                    "{\"reason\":\"退货\",\"idempotencyKey\":\"return-" + UUID.randomUUID() + "\"}"));
            assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.stream().map(Http.Reply::status).toList().toString());
            assertTrue(replies.stream().filter(r -> r.status() != 201).allMatch(r -> r.status() == 409), "the others: already returned");
            assertEquals(before + 30, balance(households.get(round)).getInt("redeemable"), "30 points back, once");
            assertEquals(stock + 1, admin("GET", "/shop-goods/" + rice, null).json().getInt("stock"), "one bag back on the shelf");
            LedgerInvariants.assertHold(code);
        }
    }

    /** A return and the expiry run at the same instant: every point is given back, spent, expired or left exactly once. */
    @Test
    void aReturnRacingAnExpiryRunNeverCountsAPointTwice() throws Exception {
        twoMonthsAgoFiftyPointsEach();
        expireAfterOneMonth();
        long e1 = households.get(0);
        long redemption = id(redeem("E1", soap, 6, UUID.randomUUID().toString())); // 60 points: the 50 old ones first
        List<Callable<Http.Reply>> calls = List.of(
                () -> api.call("POST", "/api/t/" + code + "/points-expiry-runs", "admin", ADMIN_PASSWORD, "{}"),
                () -> clerk("POST", "/redemptions/" + redemption + "/return", "{\"reason\":\"退货\",\"idempotencyKey\":\"return-"
                        + UUID.randomUUID() + "\"}"));
        List<Http.Reply> replies = Race.atOnce(calls);
        assertEquals(201, replies.get(0).status(), replies.get(0).body());
        assertEquals(201, replies.get(1).status(), replies.get(1).body());
        assertTrue(-expired(e1) <= 50, "at most the old 50 expire: " + expired(e1));
        // Whichever came first, the 50 old points are back (the return) and expire exactly once: in the
        // raced run if the return was first, in the next run if the expiry was.
        admin("POST", "/points-expiry-runs", "{}");
        assertEquals(-50, expired(e1), "the old 50 expired once, in one run or the next");
        assertEquals(100, balance(e1).getInt("redeemable"), "150 points less the old 50; the 60 spent came back");
        assertEquals(0, admin("POST", "/points-expiry-runs", "{}").json().getInt("points"), "a further run takes nothing");
        LedgerInvariants.assertHold(code);
    }

    @Test
    void restrictionsRevokedCardsAndVillagesTheShopDoesNotServeAreRefusedWithTheirReason() {
        assertEquals(201, admin("POST", "/household-restrictions", "{\"householdId\":" + households.get(2)
                + ",\"kind\":\"NO_REDEEM\",\"reason\":\"拖欠垃圾处理费\"}").status());
        JsonObject customer = clerk("GET", "/redemptions/customer?ref=E3", null).json();
        assertEquals("东**", customer.getString("head"), "the clerk sees the name masked");
        assertEquals("NO_REDEEM", customer.getJsonArray("restrictions").getString(0));
        assertRefused(redeem("E3", soap, 1, UUID.randomUUID().toString()), "error.wallet.restricted");
        assertRefused(redeem("W1", soap, 1, UUID.randomUUID().toString()), "error.counter.notServed");

        long e1 = households.get(0);
        admin("POST", "/households/" + e1 + "/card", "{}");
        String oldCard = Fixtures.decodeQr(api.download("/api/t/" + code + "/households/" + e1 + "/card/qr.png", "admin",
                ADMIN_PASSWORD).body());
        assertEquals(100, clerk("GET", "/redemptions/customer?ref=" + URLEncoder.encode(oldCard,
                StandardCharsets.UTF_8), null).json().getInt("redeemable"), "a valid card identifies E1");
        admin("POST", "/households/" + e1 + "/card", "{\"reason\":\"遗失\"}");
        assertRefused(redeemBy(oldCard, soap, 1, UUID.randomUUID().toString()), "error.card.revoked");
        assertEquals(100, balance(e1).getInt("redeemable"), "nothing was spent by the refusals");
    }

    /**
     * A redemption's audit entries (its ledger line, the redemption, its item) are all there, in its
     * transaction, and read as before; a refused one leaves none.
     */
    @Test
    void aRedemptionLeavesItsThreeAuditEntriesAndARefusedOneNone() throws Exception {
        String entries = "select count(*) from audit_entry a join tenant t on t.id = a.tenant_id where t.code = '" + code + "'";
        long before = Fixtures.count(entries);
        Http.Reply ok = redeem("E1", soap, 2, UUID.randomUUID().toString());
        assertEquals(201, ok.status(), ok.body());
        JsonObject redemption = ok.json();
        long id = redemption.getJsonNumber("id").longValue();
        long line = redemption.getJsonNumber("lineId").longValue();
        long item = redemption.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(1, Fixtures.count("select count(*) from audit_entry where entity_type = 'Redemption' and entity_id = '" + id + "'"));
        assertEquals(1, Fixtures.count("select count(*) from audit_entry where entity_type = 'LedgerLine' and entity_id = '" + line + "'"));
        assertEquals(1, Fixtures.count("select count(*) from audit_entry where entity_type = 'RedemptionItem' and entity_id = '" + item + "'"));
        assertEquals(before + 3, Fixtures.count(entries), "three entries, nothing else");
        assertTrue(admin("GET", "/audit?type=Redemption", null).body().contains("\"entityId\":\"" + id + "\""),
                "and the audit log shows them as before");

        long after = Fixtures.count(entries);
        assertRefused(redeem("E1", soap, 9, UUID.randomUUID().toString()), "error.wallet.insufficient"); // 90 of the 80 left
        assertEquals(after, Fixtures.count(entries), "a refused redemption writes no entry");
    }

    @Test
    void spendingChangesTheBalanceButNotTheScores() {
        String month = YearMonth.now().minusMonths(1).toString();
        int before = score(month, "E1");
        String key = UUID.randomUUID().toString();
        Http.Reply first = redeem("E1", soap, 3, key);
        assertEquals(201, first.status());
        assertEquals(70, first.json().getInt("redeemableAfter"), "the receipt says what is left, from the spending itself");
        assertEquals(before, score(month, "E1"), "last month's score is what the household earned");
        assertEquals(0, score(YearMonth.now().toString(), "E1"), "and this month's spending is no negative score");
        assertEquals(70, balance(households.get(0)).getInt("redeemable"));
        Http.Reply repeated = redeem("E1", soap, 3, key);
        assertEquals(200, repeated.status());
        assertFalse(repeated.json().containsKey("redeemableAfter"), "a repeated request does not spend, so it does not say");
    }

    @Test
    void unspentPointsExpireOldestFirstOnceHoweverOftenTheJobRuns() throws Exception {
        Http.Reply off = api.call("POST", "/api/t/" + code + "/points-expiry-runs", "admin", ADMIN_PASSWORD, "{}");
        assertEquals(409, off.status(), off.body());
        assertEquals("error.expiry.off", off.json().getString("error"));
        // a 50-point line two months ago for everyone, beside last month's 100
        twoMonthsAgoFiftyPointsEach();
        assertEquals(201, redeem("E1", soap, 3, UUID.randomUUID().toString()).status(), "E1 spends 30 of its oldest 50");
        assertEquals(201, redeem("E2", soap, 6, UUID.randomUUID().toString()).status(), "E2 spends all its old points and 10 more");
        expireAfterOneMonth();
        Http.Reply future = api.call("POST", "/api/t/" + code + "/points-expiry-runs", "admin", ADMIN_PASSWORD,
                "{\"month\":\"" + YearMonth.now().plusMonths(1) + "\"}");
        assertEquals(400, future.status(), future.body());
        assertEquals("error.expiry.future", future.json().getString("error"));

        JsonObject run = admin("POST", "/points-expiry-runs", "{}").json();
        assertEquals(YearMonth.now().minusMonths(2).toString(), run.getString("cutoffMonth"));
        assertEquals(20 + 50 + 50, run.getInt("points"), "E1 20 left, E2 none, E3 and W1 all 50: " + run);
        assertEquals(3, run.getInt("households"));
        assertEquals(List.of(100, 90, 100, 100), households.stream().map(h -> balance(h).getInt("redeemable")).toList());
        assertEquals(-20, expired(households.get(0)));

        List<Callable<Http.Reply>> again = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            again.add(() -> api.call("POST", "/api/t/" + code + "/points-expiry-runs", "admin", ADMIN_PASSWORD, "{}"));
        }
        for (Http.Reply repeated : ShopFixture.all(again)) {
            assertEquals(201, repeated.status(), repeated.body());
            assertEquals(0, repeated.json().getInt("points"), "a repeated run finds nothing left: " + repeated.body());
        }
        assertEquals(List.of(100, 90, 100, 100), households.stream().map(h -> balance(h).getInt("redeemable")).toList());
        assertEquals(4, admin("GET", "/points-expiry-runs", null).array().size(), "every run is on record");

        long expiryLine = admin("GET", "/points-lines?household=" + households.get(0), null).array().getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("type").equals("EXPIRY")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Reply reversal = api.call("POST", "/api/t/" + code + "/points-lines/" + expiryLine + "/reversal", "admin", ADMIN_PASSWORD,
                "{\"reason\":\"试图冲正过期\"}");
        assertEquals(409, reversal.status(), "an expiry is not reversed like an award: " + reversal.body());
        assertEquals(0, score(YearMonth.now().toString(), "E1"), "expiry is no negative score");
    }

    @Test
    void anExpiryRunAndRedemptionsAtTheSameMomentNeverTakeTheSamePointsTwice() throws Exception {
        twoMonthsAgoFiftyPointsEach();
        expireAfterOneMonth();
        long e3 = households.get(2);
        List<Callable<Http.Reply>> calls = new ArrayList<>();
        calls.add(() -> api.call("POST", "/api/t/" + code + "/points-expiry-runs", "admin", ADMIN_PASSWORD, "{}"));
        for (int i = 0; i < 16; i++) {
            calls.add(() -> redeem("E3", soap, 1, UUID.randomUUID().toString()));
        }
        List<Http.Reply> replies = Race.atOnce(calls);
        assertEquals(201, replies.get(0).status(), replies.get(0).body());
        long sold = replies.stream().skip(1).filter(r -> r.status() == 201).count();
        int left = balance(e3).getInt("redeemable");
        assertTrue(left >= 0, "never negative: " + left);
        assertEquals(150, sold * 10 - expired(e3) + left, "every point of the 150 is spent, expired or left exactly once");
        assertTrue(-expired(e3) <= 50, "at most the old 50 expire");
        assertEquals(0, admin("POST", "/points-expiry-runs", "{}").json().getInt("points"), "and a repeat takes nothing more");
        LedgerInvariants.assertHold(code);
    }

    private void twoMonthsAgoFiftyPointsEach() throws Exception {
        long item = admin("GET", "/points-items", null).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("GOOD")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        ShopFixture.awardFifty(api, code, item, households, YearMonth.now().minusMonths(2), 1, east, west);
        assertEquals(150, balance(households.get(0)).getInt("redeemable"));
    }

    private void expireAfterOneMonth() {
        JsonObject rules = admin("GET", "/points-rules", null).json();
        admin("PUT", "/points-rules", Json.createObjectBuilder(rules).remove("id").remove("updatedBy").remove("updatedAt")
                .add("expiryMonths", 1).build().toString());
    }

    private int expired(long household) {
        return admin("GET", "/points-lines?household=" + household, null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("EXPIRY")).mapToInt(l -> l.getInt("points")).sum();
    }

    private int score(String month, String household) {
        return admin("GET", "/points-scores?village=" + east + "&month=" + month, null).json().getJsonArray("households")
                .getValuesAs(JsonObject.class).stream().filter(h -> h.getString("code").equals(household)).findFirst()
                .orElseThrow().getInt("points");
    }

    private Http.Reply redeem(String household, long goods, int quantity, String key) {
        return redeemBy(household, goods, quantity, key);
    }

    private Http.Reply redeemBy(String household, long goods, int quantity, String key) {
        return clerk("POST", "/redemptions", Json.createObjectBuilder().add("household", household)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("goodsId", goods).add("quantity", quantity)))
                .add("idempotencyKey", key).build().toString());
    }

    private JsonObject balance(long household) {
        return admin("GET", "/points-lines/balance?household=" + household, null).json();
    }

    private int spent(long household) {
        return admin("GET", "/points-lines?household=" + household, null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("REDEMPTION")).mapToInt(l -> l.getInt("points")).sum();
    }

    private static void assertRefused(Http.Reply reply, String key) {
        assertTrue(reply.status() == 409 || reply.status() == 400, reply.status() + " " + reply.body());
        assertEquals(key, reply.json().getString("error"));
    }

    private Http.Reply clerk(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "clerk", PASSWORD, body);
    }

    private Http.Reply admin(String method, String path, String body) {
        Http.Reply reply = api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
        assertTrue(reply.status() < 300, method + " " + path + " → " + reply.status() + " " + reply.body());
        return reply;
    }

    private static long id(Http.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }
}
