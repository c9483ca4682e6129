package cn.xiangzhi.shops;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exchange shops, the villages they serve, their clerks and goods, and what the village kiosk shows of them. */
class ShopsIT extends ApplicationIT {

    private static final String PASSWORD = "shops-pass-1";

    Http api;
    String code;
    long east;
    long west;
    long township;

    @BeforeEach
    void aCountyWithTwoVillages() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "shop", "东关村", "西关村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        township = admin("GET", "/places/" + east, null).json().getJsonNumber("parentId").longValue();
    }

    @Test
    void aTenantAdminRegistersAShopItsVillagesClerkAndGoodsAndTheClerkSeesOnlyThatShop() {
        long shop = shop("GF01", "东关村共富超市", "VILLAGE_SUPERMARKET", null);
        Http.Reply served = admin("PUT", "/shops/" + shop + "/villages", "[" + east + "]");
        assertEquals(200, served.status(), served.body());
        assertEquals(List.of(east), ids(served.json(), "villageIds"));
        long bank = shop("BANK", "农商银行西关网点", "PARTNER", "银行");
        assertEquals(200, admin("PUT", "/shops/" + bank + "/villages", "[" + west + "]").status());
        JsonObject read = admin("GET", "/shops/" + bank, null).json();
        assertEquals("银行", read.getString("partnerType"));
        assertEquals("PARTNER", read.getString("kind"));

        long clerkUser = user("clerk", "SHOP_CLERK", east);
        long clerk = created(admin("POST", "/shop-clerks", "{\"shopId\":" + shop + ",\"userId\":" + clerkUser + "}"));
        assertEquals(shop, admin("GET", "/shop-clerks/" + clerk, null).json().getJsonNumber("shopId").longValue());

        long oil = created(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油 5L", 120, 2, null, null)));
        long cut = created(admin("POST", "/shop-goods", goods(shop, "CUT", "理发", 10, null, null, null)));
        created(admin("POST", "/shop-goods", goods(bank, "FEE", "免手续费一次", 30, null, null, null)));
        Http.Reply restocked = admin("POST", "/shop-goods/" + oil + "/restock", "{\"quantity\":3}");
        assertEquals(200, restocked.status(), restocked.body());
        assertEquals(5, restocked.json().getInt("stock"));
        assertFalse(admin("GET", "/shop-goods/" + cut, null).json().containsKey("stock"), "no stock: unlimited");
        Http.Reply audit = admin("GET", "/audit?type=ShopGoods&text=stock", null);
        assertTrue(audit.body().contains("\"entityId\":\"" + oil + "\""), "restocking is audited: " + audit.body());

        Http.Reply clerkShops = as("clerk", "GET", "/shops", null);
        assertEquals(200, clerkShops.status(), clerkShops.body());
        assertEquals(List.of(shop), ids(clerkShops));
        assertEquals(404, as("clerk", "GET", "/shops/" + bank, null).status(), "a clerk acts only for their own shop");
        List<Long> clerkGoods = ids(as("clerk", "GET", "/shop-goods", null));
        assertEquals(List.of(cut, oil), clerkGoods);
        assertEquals(404, as("clerk", "GET", "/shop-goods?shopId=" + bank, null).status());
        assertEquals(403, as("clerk", "POST", "/shops", "{\"code\":\"X\",\"name\":\"自开\",\"kind\":\"PARTNER\"}").status());
        assertEquals(403, as("clerk", "POST", "/shop-goods/" + oil + "/restock", "{\"quantity\":1}").status());

        user("westinfo", "VILLAGE_ADMIN", west);
        user("eastinfo", "VILLAGE_ADMIN", east);
        assertEquals(List.of(bank), ids(as("westinfo", "GET", "/shops", null)), "a village admin sees the shops serving their village");
        assertEquals(404, as("westinfo", "GET", "/shops/" + shop, null).status());
        assertEquals(404, as("westinfo", "GET", "/shop-goods/" + oil, null).status());
        assertEquals(404, as("westinfo", "GET", "/shop-clerks/" + clerk, null).status());
        assertEquals(List.of(shop), ids(as("eastinfo", "GET", "/shops", null)));
        assertEquals(2, admin("GET", "/shops", null).array().size(), "the tenant admin sees every shop");

        Http.Reply deactivated = admin("DELETE", "/shops/" + shop, null);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));
        Http.Reply retired = admin("DELETE", "/shop-goods/" + cut, null);
        assertFalse(retired.json().getBoolean("active"));
        assertEquals(3, admin("GET", "/shop-goods", null).array().size(), "retired goods are kept");
    }

    @Test
    void invalidInputIsRefusedWithItsKeyAndNothingIsStored() {
        refused(admin("POST", "/shops", "{\"code\":\"有 空格\",\"name\":\"超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}"), 400, "error.shop.code");
        refused(admin("POST", "/shops", "{\"code\":\"S1\",\"name\":\"超市\",\"kind\":\"SHOP\"}"), 400, "error.shop.kind");
        refused(admin("POST", "/shops", "{\"code\":\"S1\",\"name\":\" \",\"kind\":\"PARTNER\"}"), 400, "error.name.required");
        assertEquals(0, admin("GET", "/shops", null).array().size(), "nothing stored");

        long shop = shop("GF01", "东关村共富超市", "VILLAGE_SUPERMARKET", null);
        refused(admin("POST", "/shops", "{\"code\":\"GF01\",\"name\":\"重复\",\"kind\":\"VILLAGE_SUPERMARKET\"}"), 409,
                "error.shop.codeTaken");
        assertEquals(200, admin("PUT", "/shops/" + shop + "/villages", "[" + east + "]").status());
        refused(admin("PUT", "/shops/" + shop + "/villages", "[" + west + "," + township + "]"), 400, "error.shop.village");
        assertEquals(List.of(east), ids(admin("GET", "/shops/" + shop, null).json(), "villageIds"),
                "a refused change of villages changes none of them");

        String today = tenantToday().toString();
        String yesterday = tenantToday().minusDays(1).toString();
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", 0, null, null, null)), 400, "error.goods.price");
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", -3, null, null, null)), 400, "error.goods.price");
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", 10, null, today, yesterday)), 400, "error.goods.dates");
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", 10, null, "2026-13-01", null)), 400, "error.goods.dates");
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", 10, -1, null, null)), 400, "error.goods.stock");
        assertEquals(0, admin("GET", "/shop-goods?shopId=" + shop, null).array().size(), "no goods stored");

        long oil = created(admin("POST", "/shop-goods", goods(shop, "OIL", "花生油", 10, null, null, null)));
        refused(admin("POST", "/shop-goods", goods(shop, "OIL", "又一个", 10, null, null, null)), 409, "error.goods.codeTaken");
        refused(admin("PUT", "/shop-goods/" + oil, goods(shop, "OIL", "花生油", 10, null, today, yesterday)), 400, "error.goods.dates");
        refused(admin("POST", "/shop-goods/" + oil + "/restock", "{\"quantity\":5}"), 400, "error.goods.unlimited");
        JsonObject unchanged = admin("GET", "/shop-goods/" + oil, null).json();
        assertFalse(unchanged.containsKey("offeredFrom"), "a refused edit changes nothing: " + unchanged);
        Http.Reply edited = admin("PUT", "/shop-goods/" + oil, goods(shop, "OIL", "花生油 5L", 15, null, today, null));
        assertEquals(200, edited.status(), edited.body());
        assertEquals(15, edited.json().getInt("pricePoints"));
        assertEquals(today, edited.json().getString("offeredFrom"));
    }

    @Test
    void onlyAShopClerkUserIsAssignedAndToOneShopOnly() {
        long gf = shop("GF01", "东关村共富超市", "VILLAGE_SUPERMARKET", null);
        long bank = shop("BANK", "农商银行", "PARTNER", "银行");
        long chief = user("chief", "GRID_CHIEF", east);
        refused(admin("POST", "/shop-clerks", "{\"shopId\":" + gf + ",\"userId\":" + chief + "}"), 400, "error.shop.clerkRole");
        assertEquals(0, admin("GET", "/shop-clerks", null).array().size(), "nobody assigned");

        long clerkUser = user("clerk", "SHOP_CLERK", east);
        long clerk = created(admin("POST", "/shop-clerks", "{\"shopId\":" + gf + ",\"userId\":" + clerkUser + "}"));
        refused(admin("POST", "/shop-clerks", "{\"shopId\":" + bank + ",\"userId\":" + clerkUser + "}"), 409, "error.shop.clerkTaken");
        assertEquals(List.of(clerk), ids(admin("GET", "/shop-clerks", null)));

        assertEquals(204, admin("DELETE", "/shop-clerks/" + clerk, null).status());
        long atBank = created(admin("POST", "/shop-clerks", "{\"shopId\":" + bank + ",\"userId\":" + clerkUser + "}"));
        assertEquals(List.of(bank), ids(as("clerk", "GET", "/shops", null)), "the clerk now acts for the bank");
        assertEquals(bank, admin("GET", "/shop-clerks/" + atBank, null).json().getJsonNumber("shopId").longValue());

        assertEquals(204, admin("DELETE", "/users/" + clerkUser, null).status(), "a clerk's account can be removed");
        assertEquals(0, admin("GET", "/shop-clerks", null).array().size(), "and is clerk of no shop any more");
        assertEquals(404, admin("GET", "/shop-clerks/" + atBank, null).status());
    }

    @Test
    void theKioskListsTheActiveShopsServingTheVillageAndWhatTheyOfferToday() {
        long gf = shop("GF01", "东关村共富超市", "VILLAGE_SUPERMARKET", null);
        long bank = shop("BANK", "农商银行西关网点", "PARTNER", "银行");
        long closed = shop("OLD", "老供销社", "VILLAGE_SUPERMARKET", null);
        admin("PUT", "/shops/" + gf + "/villages", "[" + east + "]");
        admin("PUT", "/shops/" + bank + "/villages", "[" + west + "]");
        admin("PUT", "/shops/" + closed + "/villages", "[" + east + "]");
        created(admin("POST", "/shop-goods", goods(gf, "OIL", "花生油五升", 120, 0, null, null)));
        created(admin("POST", "/shop-goods", goods(gf, "SOAP", "洗衣皂", 8, 20, tenantToday().toString(), null)));
        created(admin("POST", "/shop-goods", goods(gf, "LATER", "春联礼包", 30, null, tenantToday().plusDays(1).toString(), null)));
        long retired = created(admin("POST", "/shop-goods", goods(gf, "GONE", "旧款水壶", 50, null, null, null)));
        admin("DELETE", "/shop-goods/" + retired, null);
        created(admin("POST", "/shop-goods", goods(bank, "FEE", "免手续费一次", 30, null, null, null)));
        admin("DELETE", "/shops/" + closed, null);

        Http.Reply issued = admin("POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"东关村村委会\"}");
        assertEquals(201, issued.status(), issued.body());
        String kiosk = "/t/" + code + "/kiosk/" + east;
        Http office = session();
        assertEquals(302, office.get(kiosk + "?token=" + issued.json().getString("secret")).status());
        Http.Reply page = office.get(kiosk);
        assertEquals(200, page.status());
        String body = page.body();
        String shops = body.substring(body.indexOf("id=\"kiosk-shops\""), body.indexOf("id=\"kiosk-notices\""));
        assertTrue(shops.contains("东关村共富超市") && shops.contains("洗衣皂") && shops.contains("120"), shops);
        assertTrue(shops.matches("(?s).*花生油五升.*售罄.*"), "sold out goods say so: " + shops);
        assertEquals(1, shops.split("售罄", -1).length - 1, "only the goods without stock are sold out: " + shops);
        assertFalse(shops.contains("春联礼包"), "goods offered from tomorrow are not shown today");
        assertFalse(shops.contains("旧款水壶"), "retired goods are not shown");
        assertFalse(shops.contains("老供销社"), "a deactivated shop is not shown");
        assertFalse(shops.contains("农商银行西关网点") || shops.contains("免手续费"), "a shop serving another village is not shown");
    }

    private long shop(String shopCode, String name, String kind, String partnerType) {
        var body = Json.createObjectBuilder().add("code", shopCode).add("name", name).add("kind", kind).add("address", "村委会东侧");
        if (partnerType != null) {
            body.add("partnerType", partnerType);
        }
        return created(admin("POST", "/shops", body.build().toString()));
    }

    private static String goods(long shop, String goodsCode, String name, int price, Integer stock, String from, String until) {
        var body = Json.createObjectBuilder().add("shopId", shop).add("code", goodsCode).add("name", name).add("pricePoints", price);
        if (stock != null) {
            body.add("stock", stock);
        }
        if (from != null) {
            body.add("offeredFrom", from);
        }
        if (until != null) {
            body.add("offeredUntil", until);
        }
        return body.build().toString();
    }

    private long user(String username, String role, long scope) {
        return created(admin("POST", "/users", Json.createObjectBuilder().add("username", username).add("displayName", username)
                .add("role", role).add("scopePlaceId", scope).add("password", PASSWORD).build().toString()));
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }

    private Http.Reply as(String user, String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, user, PASSWORD, body);
    }

    private static List<Long> ids(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> ids(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue)
                .toList();
    }

    private static void refused(Http.Reply reply, int status, String key) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(key, reply.json().getString("error"));
    }

    private static long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The tenant's day (its zone, Asia/Shanghai by default), not the test JVM's: from 16:00 UTC they differ. */
    private static LocalDate tenantToday() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    }
}
