package cn.xiangzhi.shops;

import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Race;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A county whose households E1–E3 (东关村) and W1 (西关村) have 100 redeemable points each (two
 * 50-point lines of last month on the server's clock, published, objection period over), a village supermarket serving
 * 东关村 only, its clerk {@code clerk}, soap (10 points, unlimited) and rice (30 points, 3 in stock).
 */
final class ShopFixture {

    record Setup(String code, long east, long west, long shop, long soap, long rice, List<Long> households) {
    }

    private ShopFixture() {
    }

    static Setup create(Http api, String label, String clerkPassword) throws Exception {
        Fixtures.County county = Fixtures.countyWithVillages(api, label, "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        long west = county.villages()[1];
        List<Long> households = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            households.add(id(admin(api, code, "POST", "/households", "{\"code\":\"E" + i + "\",\"villageId\":" + east
                    + ",\"headName\":\"东户" + i + "\"}")));
        }
        households.add(id(admin(api, code, "POST", "/households", "{\"code\":\"W1\",\"villageId\":" + west
                + ",\"headName\":\"西户\"}")));
        long item = id(admin(api, code, "POST", "/points-items", Json.createObjectBuilder().add("code", "GOOD").add("name", "好人好事")
                .add("kind", "MORALITY").add("points", 50).add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN"))
                .build().toString()));
        // last month on the server's clock in the tenant's zone (where a test may have moved it, see
        // ServerClock), not the test JVM's: from 16:00 UTC on a month's last day the two differ
        awardFifty(api, code, item, households, YearMonth.from(ServerClock.today(api)).minusMonths(1), 2, east, west);
        // every household: 2 × 50 = 100 redeemable points
        long shop = id(admin(api, code, "POST", "/shops", "{\"code\":\"GF01\",\"name\":\"东关共富超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}"));
        admin(api, code, "PUT", "/shops/" + shop + "/villages", "[" + east + "]");
        long clerk = id(admin(api, code, "POST", "/users", Json.createObjectBuilder().add("username", "clerk").add("displayName", "店员")
                .add("role", "SHOP_CLERK").add("scopePlaceId", east).add("password", clerkPassword).build().toString()));
        admin(api, code, "POST", "/shop-clerks", "{\"shopId\":" + shop + ",\"userId\":" + clerk + "}");
        long soap = id(admin(api, code, "POST", "/shop-goods", "{\"shopId\":" + shop + ",\"code\":\"SOAP\",\"name\":\"肥皂\",\"pricePoints\":10}"));
        long rice = id(admin(api, code, "POST", "/shop-goods", "{\"shopId\":" + shop + ",\"code\":\"RICE\",\"name\":\"大米\",\"pricePoints\":30,\"stock\":3}"));
        return new Setup(code, east, west, shop, soap, rice, households);
    }

    /**
     * {@code times} × 50 points ({@code item}) for each household in {@code month}, confirmed, the
     * month closed in the villages and its objection period over: the points are redeemable.
     */
    static void awardFifty(Http api, String code, long item, List<Long> households, YearMonth month, int times, long... villages)
            throws Exception {
        for (int time = 0; time < times; time++) {
            Http.Reply proposed = admin(api, code, "POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item)
                    .add("month", month.toString()).add("householdIds", Json.createArrayBuilder(households)).build().toString());
            String ids = proposed.array().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").toString())
                    .reduce((a, b) -> a + "," + b).orElseThrow();
            admin(api, code, "POST", "/points-proposals/confirm", "{\"ids\":[" + ids + "]}");
        }
        for (long village : villages) {
            long closed = id(admin(api, code, "POST", "/points-months", "{\"villageId\":" + village + ",\"month\":\"" + month + "\"}"));
            Fixtures.endObjectionPeriod(closed);
        }
    }

    /** Runs the calls at the same moment (one thread each, released from a barrier) and returns their replies in order. */
    static List<Http.Reply> all(List<Callable<Http.Reply>> calls) throws Exception {
        return Race.atOnce(calls);
    }

    private static Http.Reply admin(Http api, String code, String method, String path, String body) {
        Http.Reply reply = api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
        assertTrue(reply.status() < 300, method + " " + path + " → " + reply.status() + " " + reply.body());
        return reply;
    }

    private static long id(Http.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }
}
