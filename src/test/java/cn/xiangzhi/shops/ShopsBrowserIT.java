package cn.xiangzhi.shops;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The shops pages in a real browser: the tenant admin adds a shop serving a village, makes a clerk
 * user its clerk, lists a good with a stock and the days it is offered, and restocks it. The
 * village is ticked in the checkbox menu and the days picked in the date pickers with clicks, as a
 * user does (Browser.checkInMenu, Browser.pickDate).
 */
class ShopsBrowserIT extends BrowserIT {

    @Test
    void theTenantAdminAddsAShopItsClerkAndAGoodAndRestocksIt() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "shopweb", "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("username", "clerk").add("displayName", "王店员").add("role", "SHOP_CLERK").add("scopePlaceId", east)
                .add("password", "shops-pass-1").build().toString());
        assertEquals(201, user.status(), user.body());
        long clerkUser = user.json().getJsonNumber("id").longValue();
        String tenantBase = base.toString() + "t/" + code + "/";

        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "shops.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shops:save")));
        browser.findElement(By.id("shops:code")).sendKeys("GF01");
        browser.findElement(By.id("shops:name")).sendKeys("东关村共富超市");
        Browser.choose(browser, "shops:kind", "VILLAGE_SUPERMARKET");
        browser.findElement(By.id("shops:address")).sendKeys("村委会东侧");
        Browser.checkInMenu(browser, "shops:villages", "东关村");
        browser.findElement(By.id("shops:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shops:table"), "东关村共富超市"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shops:table"), "东关村"));
        List<JsonObject> shops = api.call("GET", "/api/t/" + code + "/shops", "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, shops.size());
        long shop = shops.get(0).getJsonNumber("id").longValue();
        assertEquals(east, shops.get(0).getJsonArray("villageIds").getJsonNumber(0).longValue(), "the village chosen is served");

        Browser.choose(browser, "shops:clerkShop", String.valueOf(shop));
        Browser.choose(browser, "shops:clerkUser", String.valueOf(clerkUser));
        browser.findElement(By.id("shops:assignClerk")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shops:clerkTable"), "王店员"));
        Browser.screenshot(browser, "shops");

        browser.get(tenantBase + "shop-goods.xhtml?shop=" + shop);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("goods:save")));
        browser.findElement(By.id("goods:code")).sendKeys("OIL");
        browser.findElement(By.id("goods:name")).sendKeys("花生油五升");
        browser.findElement(By.id("goods:price_input")).sendKeys("120");
        browser.findElement(By.id("goods:stock_input")).sendKeys("2");
        // days in months to come: the calendar opens on this month and is paged forward with its arrows
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1).withDayOfMonth(1);
        LocalDate until = from.plusMonths(2).withDayOfMonth(10);
        Browser.pickDate(browser, "goods:from", from);
        Browser.pickDate(browser, "goods:until", until);
        browser.findElement(By.id("goods:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("goods:table"), "花生油五升"));
        browser.findElement(By.cssSelector(".xz-restock-quantity")).sendKeys("3");
        browser.findElement(By.xpath("//button[contains(@class,'xz-restock')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-goods-stock"), "5"));
        Browser.screenshot(browser, "shop-goods");
        JsonObject goods = api.call("GET", "/api/t/" + code + "/shop-goods?shopId=" + shop, "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0);
        assertEquals(120, goods.getInt("pricePoints"));
        assertEquals(5, goods.getInt("stock"));
        assertEquals(from.toString(), goods.getString("offeredFrom"), "the day picked in the calendar");
        assertEquals(until.toString(), goods.getString("offeredUntil"));
    }
}
