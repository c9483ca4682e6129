package cn.xiangzhi.shops;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.YearMonth;
import java.util.UUID;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenant admin in a browser: a negative return window is refused on the settings page and
 * stores nothing; valid settings are saved; on the statements page last month's statement is
 * issued with its money due and marked paid with a reference.
 */
class SettlementBrowserIT extends BrowserIT {

    Http api;
    YearMonth thisMonth;

    /**
     * The server's clock pinned to a quiet noon (ServerClock): "last month" is the tenant's
     * (Asia/Shanghai), not the test JVM's (UTC), which differ from 16:00 UTC on a month's last day.
     */
    @BeforeEach
    void aQuietDay() {
        api = api();
        thisMonth = YearMonth.from(ServerClock.pinQuietDay(api));
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    private static final String PASSWORD = "settle-web-1";

    @Test
    void theAdminSetsTheRateIssuesLastMonthsStatementAndMarksItPaid() throws Exception {
        ShopFixture.Setup setup = ShopFixture.create(api, "stlweb", PASSWORD);
        String code = setup.code();
        Http.Reply sold = api.call("POST", "/api/t/" + code + "/redemptions", "clerk", PASSWORD, Json.createObjectBuilder()
                .add("household", "E1").add("items", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("goodsId", setup.soap()).add("quantity", 2))).add("idempotencyKey", UUID.randomUUID().toString())
                .build().toString());
        assertEquals(201, sold.status(), sold.body());
        assertEquals(1, Fixtures.execute("update shop_redemption set created_at = '" + thisMonth.minusMonths(1).atDay(20)
                + " 12:00:00' where id = " + sold.json().getJsonNumber("id")));
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);

        browser.get(tenantBase + "settings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("shopRules:shopRulesDefaults")));
        type("shopRules:returnDays_input", "-1");
        type("shopRules:yuanPerPoint_input", "0.0125");
        browser.findElement(By.id("shopRules:saveShopRules")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shopRules:shopRulesMessages"), "退货期限为 0 到 90 天"));
        Browser.screenshot(browser, "shop-rules-refused");
        JsonObject stored = api.call("GET", "/api/t/" + code + "/shop-rules", "admin", ADMIN_PASSWORD, null).json();
        assertFalse(stored.containsKey("id"), "nothing stored: " + stored);
        type("shopRules:returnDays_input", "10");
        browser.findElement(By.id("shopRules:saveShopRules")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("shopRules:shopRulesMessages"), "兑换设置已保存"));
        assertEquals(10, api.call("GET", "/api/t/" + code + "/shop-rules", "admin", ADMIN_PASSWORD, null).json().getInt("returnDays"));

        browser.get(tenantBase + "statements.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("statements:issue"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-statement-money"), "0.25")); // 20 × 0.0125
        assertEquals("20", browser.findElement(By.cssSelector(".xz-statement-net")).getText());
        browser.findElement(By.cssSelector("input.xz-statement-reference")).sendKeys("转账 TR-77");
        browser.findElement(By.cssSelector(".xz-statement-pay")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-statement-paid"), "转账 TR-77"));
        Browser.screenshot(browser, "statement-paid");

        JsonObject statement = api.call("GET", "/api/t/" + code + "/shops/" + setup.shop() + "/statements", "admin", ADMIN_PASSWORD,
                null).array().getJsonObject(0);
        assertTrue(statement.getBoolean("paid"));
        assertEquals("转账 TR-77", statement.getString("paidReference"));
    }

    private void type(String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }
}
