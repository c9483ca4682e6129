package cn.xiangzhi.decisions;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Project bidding (竞标) and the contracts register (合同监管) over REST, with the public page and the kiosk. */
class BiddingIT extends ApplicationIT {

    /**
     * The tenant's today on the server's clock, pinned to a quiet noon (ServerClock): the dates of
     * results and contracts and what expires are the tenant's (Asia/Shanghai), not the test JVM's
     * (UTC), which differed every day from 16:00 to midnight UTC.
     */
    LocalDate today;
    Http api;
    String code;
    long east;
    long west;
    DecisionFixture f;
    long matter;

    @BeforeEach
    void aVillageWithAMatterAuthorisingTheLease() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
        Fixtures.County county = Fixtures.countyWithVillages(api, "bid", "后寨村", "前寨村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        f = new DecisionFixture(api, code, east);
        matter = f.matter(f.item("T01", "村集体土地发包租赁", f.procedure("4Y2G")), "后寨村600亩黄河滩地公开竞标发包");
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    long lot(long village, Long matterId, String title) {
        var body = Json.createObjectBuilder().add("villageId", village).add("title", title).add("unit", "元/亩/年")
                .add("quantity", 600).add("reservePrice", 100);
        if (matterId != null) {
            body.add("matterId", matterId);
        }
        return DecisionFixture.created(f.call("POST", "/bidding-lots", body.build().toString()));
    }

    long bidder(long lot, String name, String id, String phone) {
        return DecisionFixture.created(f.call("POST", "/bidders", Json.createObjectBuilder().add("lotId", lot).add("name", name)
                .add("idNumber", id).add("phone", phone).build().toString()));
    }

    Http.Reply bid(long lot, long bidder, int round, String amount) {
        return f.call("POST", "/bids", "{\"lotId\":" + lot + ",\"bidderId\":" + bidder + ",\"round\":" + round + ",\"amount\":" + amount + "}");
    }

    @Test
    void theLeaseGoesFrom100To598AndTheResultIsPublicWithoutIdNumbersOrPhones() {
        long lot = lot(east, matter, "黄河滩地600亩承包经营权");
        long zhang = bidder(lot, "张三", "370124198001011234", "13812345678");
        long li = bidder(lot, "李四", "370124198502025678", "13987654321");

        Http.Reply low = bid(lot, zhang, 1, "99.50");
        assertEquals(400, low.status(), low.body());
        assertEquals("error.bidding.belowReserve", low.json().getString("error"));
        assertEquals(201, bid(lot, zhang, 1, "150").status());
        assertEquals(201, bid(lot, li, 1, "300").status());
        assertEquals("error.bidding.twice", bid(lot, li, 1, "320").json().getString("error"));
        assertEquals(201, bid(lot, zhang, 2, "450").status());
        assertEquals(409, bid(lot, li, 1, "500").status(), "round 1 is over once round 2 started");
        assertEquals(201, bid(lot, li, 2, "598").status());
        assertEquals(4, f.call("GET", "/bids?lot=" + lot, null).array().size());

        JsonObject closed = f.call("POST", "/bidding-lots/" + lot + "/close", null).json();
        assertEquals("AWARDED", closed.getString("status"));
        assertEquals("李四", closed.getString("winnerName"));
        assertEquals(598, closed.getJsonNumber("winningAmount").intValue());
        assertEquals(matter, closed.getJsonNumber("matterId").longValue(), "linked to the matter that authorised it");
        assertEquals(409, bid(lot, zhang, 3, "700").status(), "a closed lot takes no bids");

        String page = session().get("/t/" + code + "/public/biddings.xhtml?village=" + east).body();
        assertTrue(page.contains("黄河滩地600亩承包经营权") && page.contains("李四") && page.contains("598"), page);
        assertTrue(page.contains(today.toString()), "the date of the result");
        assertTrue(page.contains("后寨村600亩黄河滩地公开竞标发包"), "the matter that authorised it");
        assertTrue(page.contains("139****4321"), "the phone masked");
        assertFalse(page.contains("370124198502025678") || page.contains("13987654321"), "no ID number, no phone");
        assertFalse(session().get("/t/" + code + "/public/biddings.xhtml?village=" + west).body().contains("黄河滩地600亩"),
                "another village's page does not show it");

        Http.Reply issued = f.call("POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"后寨村村委会\"}");
        Http kiosk = session();
        assertEquals(302, kiosk.get("/t/" + code + "/kiosk/" + east + "?token=" + issued.json().getString("secret")).status());
        String board = kiosk.get("/t/" + code + "/kiosk/" + east).body();
        assertTrue(board.contains("id=\"bidding-results\"") && board.contains("黄河滩地600亩承包经营权") && board.contains("李四"), board);

        List<String> bids = f.call("GET", "/bids?lot=" + lot, null).array().getValuesAs(JsonObject.class).stream()
                .map(b -> b.getJsonNumber("id") + " " + new BigDecimal(b.getJsonNumber("amount").toString()).stripTrailingZeros()
                        .toPlainString()).sorted().toList();
        assertEquals(4, bids.size());
        List<String> auditedBids = f.call("GET", "/audit?type=Bid&max=100", null).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("CREATE"))
                .map(e -> e.getString("entityId") + " " + new BigDecimal(newValue(e, "amount")).stripTrailingZeros().toPlainString())
                .sorted().toList();
        assertEquals(bids, auditedBids, "every accepted bid is in the audit log with its amount, and no refused one");
        List<String> lotChanges = f.call("GET", "/audit?type=BiddingLot&max=100", null).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("entityId").equals(Long.toString(lot)) && e.getString("action").equals("UPDATE"))
                .map(e -> newValue(e, "status") + " " + newValue(e, "winningBidId")).toList();
        assertEquals(List.of("AWARDED " + closed.getJsonNumber("winningBidId")), lotChanges,
                "the award is in the audit log: the lot's status and its winning bid");
    }

    /** The new value of {@code field} in an audit entry's changes, as text. */
    private static String newValue(JsonObject entry, String field) {
        JsonObject change = Json.createReader(new StringReader(entry.getString("changes"))).readObject().getJsonObject(field);
        if (change == null) {
            return "-";
        }
        var value = change.get("new");
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    @Test
    void equalHighestBidsGoToTheBidRecordedFirst() {
        long lot = lot(east, null, "村集体鱼塘");
        long a = bidder(lot, "王五", "370124199001011111", "13800000001");
        long b = bidder(lot, "赵六", "91370124MA3C000001", "13800000002");
        long c = bidder(lot, "钱七", "370124199003033333", "13800000003");
        assertEquals(201, bid(lot, b, 1, "598").status());
        assertEquals(201, bid(lot, a, 1, "598.00").status());
        assertEquals(201, bid(lot, c, 1, "200").status());
        JsonObject closed = f.call("POST", "/bidding-lots/" + lot + "/close", null).json();
        assertEquals("赵六", closed.getString("winnerName"), "recorded first");

        long empty = lot(east, null, "无人竞标的地块");
        bidder(empty, "孙八", "370124199004044444", "13800000004");
        assertEquals("FAILED", f.call("POST", "/bidding-lots/" + empty + "/close", null).json().getString("status"));
    }

    @Test
    void onlyRegisteredBiddersBidAndALotLinksOnlyAMatterOfItsVillage() {
        long lot = lot(east, null, "村集体厂房");
        long other = lot(east, null, "另一地块");
        long stranger = bidder(other, "外人", "370124199005055555", "13800000005");
        Http.Reply refused = bid(lot, stranger, 1, "200");
        assertEquals(400, refused.status());
        assertEquals("error.bidding.notRegistered", refused.json().getString("error"));
        assertEquals(409, f.call("POST", "/bidders", Json.createObjectBuilder().add("lotId", other).add("name", "外人二")
                .add("idNumber", "370124199005055555").build().toString()).status(), "registered once per lot");

        Http.Reply wrongVillage = f.call("POST", "/bidding-lots", Json.createObjectBuilder().add("villageId", west)
                .add("matterId", matter).add("title", "越村").add("unit", "元").add("reservePrice", 1).build().toString());
        assertEquals(400, wrongVillage.status());
        assertEquals("error.bidding.matterVillage", wrongVillage.json().getString("error"));
        Http.Reply noReserve = f.call("POST", "/bidding-lots", Json.createObjectBuilder().add("villageId", east)
                .add("title", "无底价").add("unit", "元").build().toString());
        assertEquals("error.bidding.reserve", noReserve.json().getString("error"));
    }

    @Test
    void aContractFromTheAwardedLotTakesTheWinnerAndTheAmountAndTheTownshipSeesItExpiring() {
        long lot = lot(east, matter, "黄河滩地600亩");
        long li = bidder(lot, "李四", "370124198502025678", "13987654321");
        Http.Reply open = f.call("POST", "/contracts", "{\"lotId\":" + lot + ",\"startDate\":\"" + today + "\",\"endDate\":\"" + today.plusYears(5) + "\"}");
        assertEquals(409, open.status(), "not before the lot is awarded");
        assertEquals(201, bid(lot, li, 1, "598").status());
        f.call("POST", "/bidding-lots/" + lot + "/close", null);

        Http.Reply fromLot = f.call("POST", "/contracts", "{\"lotId\":" + lot + ",\"startDate\":\"" + today.minusYears(5)
                + "\",\"endDate\":\"" + today.plusDays(20) + "\"}");
        assertEquals(201, fromLot.status(), fromLot.body());
        JsonObject contract = fromLot.json();
        assertEquals("李四", contract.getString("partyB"));
        assertEquals("后寨村村民委员会", contract.getString("partyA"));
        assertEquals(358800, contract.getJsonNumber("amount").intValue(), "598 yuan × 600 mu a year");
        assertEquals(matter, contract.getJsonNumber("matterId").longValue(), "the lot's matter");
        assertEquals(lot, contract.getJsonNumber("lotId").longValue());

        long later = DecisionFixture.created(f.call("POST", "/contracts", Json.createObjectBuilder().add("villageId", east)
                .add("title", "村部保洁服务").add("partyB", "某保洁公司").add("amount", 12000).add("startDate", today.toString())
                .add("endDate", today.plusDays(90).toString()).build().toString()));
        Http.Reply badTerm = f.call("POST", "/contracts", Json.createObjectBuilder().add("villageId", east).add("title", "倒签")
                .add("partyB", "某").add("amount", 1).add("startDate", today.toString()).add("endDate", today.minusDays(1).toString())
                .build().toString());
        assertEquals("error.contract.term", badTerm.json().getString("error"));

        long township = f.call("GET", "/places/" + east, null).json().getJsonNumber("parentId").longValue();
        assertEquals(201, f.call("POST", "/users", Json.createObjectBuilder().add("username", "reviewer").add("displayName", "镇审核员")
                .add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township).add("password", "reviewer-pass-1").build().toString()).status());
        Http.Reply expiring = api.call("GET", "/api/t/" + code + "/contracts/expiring", "reviewer", "reviewer-pass-1", null);
        assertEquals(200, expiring.status(), expiring.body());
        assertEquals(List.of(contract.getJsonNumber("id").longValue()), ids(expiring));
        assertEquals(List.of(contract.getJsonNumber("id").longValue(), later),
                ids(api.call("GET", "/api/t/" + code + "/contracts/expiring?days=100", "reviewer", "reviewer-pass-1", null)));
        assertEquals(403, api.call("POST", "/api/t/" + code + "/contracts/" + later + "/end", "reviewer", "reviewer-pass-1", null).status());
        JsonObject eastOnDashboard = api.call("GET", "/api/t/" + code + "/township-dashboard", "reviewer", "reviewer-pass-1", null).json()
                .getJsonArray("villages").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("villageId").longValue() == east).findFirst().orElseThrow();
        assertEquals(1, eastOnDashboard.getJsonObject("figures").getJsonNumber("contractsExpiring").longValue(),
                "the township dashboard counts the contract ending within 30 days, not the later one");

        assertEquals("ENDED", f.call("POST", "/contracts/" + contract.getJsonNumber("id") + "/end", null).json().getString("status"));
        assertTrue(ids(f.call("GET", "/contracts/expiring", null)).isEmpty(), "an ended contract raises no alert");
        assertTrue(f.call("GET", "/audit?type=Contract", null).body().contains("ENDED"));
    }

    @Test
    void aVillageAdminOfAnotherVillageSeesNothingOfThisOne() {
        long lot = lot(east, null, "东村地块");
        long zhang = bidder(lot, "张三", "370124198001011234", "13812345678");
        long bid = DecisionFixture.created(bid(lot, zhang, 1, "120"));
        long contract = DecisionFixture.created(f.call("POST", "/contracts", Json.createObjectBuilder().add("villageId", east)
                .add("title", "东村合同").add("partyB", "某").add("amount", 100).add("startDate", today.toString())
                .add("endDate", today.plusDays(3).toString()).build().toString()));
        assertEquals(201, f.call("POST", "/users", Json.createObjectBuilder().add("username", "westadmin").add("displayName", "西村管理员")
                .add("role", "VILLAGE_ADMIN").add("scopePlaceId", west).add("password", "west-pass-1").build().toString()).status());
        for (String path : List.of("/bidding-lots/" + lot, "/bidders/" + zhang, "/bids/" + bid, "/contracts/" + contract,
                "/bids?lot=" + lot)) {
            assertEquals(404, api.call("GET", "/api/t/" + code + path, "westadmin", "west-pass-1", null).status(), path);
        }
        assertEquals(404, api.call("POST", "/api/t/" + code + "/bids", "westadmin", "west-pass-1",
                "{\"lotId\":" + lot + ",\"bidderId\":" + zhang + ",\"round\":1,\"amount\":500}").status());
        assertEquals(404, api.call("POST", "/api/t/" + code + "/bidding-lots/" + lot + "/close", "westadmin", "west-pass-1", null).status());
        assertTrue(api.call("GET", "/api/t/" + code + "/bidding-lots", "westadmin", "west-pass-1", null).array().isEmpty());
        assertTrue(api.call("GET", "/api/t/" + code + "/contracts/expiring", "westadmin", "west-pass-1", null).array().isEmpty());
    }

    private static List<Long> ids(Http.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
