package cn.xiangzhi.shops;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter works like a till, on a 1024×600 tablet, with the keyboard only (a USB scanner types
 * like one): the card and Enter show the household; goods codes and Enter fill the basket against
 * the balance; Enter on the empty field redeems; the receipt is in view with the points spent, the
 * balance left, the clerk's name and the local time; the scan field keeps the focus throughout.
 * Touch works with + and −, sold-out goods are greyed, and a household with nothing to spend is
 * told why. Printing gives the receipt alone.
 */
class CounterBrowserIT extends BrowserIT {

    @Test
    void aSaleWithTheKeyboardOnlyOnATabletGivesAReceiptInView() throws Exception {
        Http api = api();
        ShopFixture.Setup setup = ShopFixture.create(api, "ctrweb", "counter-pass-1");
        String code = setup.code();
        long e1 = setup.households().get(0);
        assertEquals(201, api.call("POST", "/api/t/" + code + "/households/" + e1 + "/card", "admin", ADMIN_PASSWORD, "{}").status());
        String card = Fixtures.decodeQr(api.download("/api/t/" + code + "/households/" + e1 + "/card/qr.png", "admin",
                ADMIN_PASSWORD).body());
        assertEquals(201, api.call("POST", "/api/t/" + code + "/shop-goods", "admin", ADMIN_PASSWORD, "{\"shopId\":" + setup.shop()
                + ",\"code\":\"OIL\",\"name\":\"花生油\",\"pricePoints\":40,\"stock\":0}").status());
        String tenantBase = base.toString() + "t/" + code + "/";

        browser.manage().window().setSize(new Dimension(1024, 600));
        Browser.login(browser, tenantBase, "clerk", "counter-pass-1");
        browser.get(tenantBase + "counter.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-shop"), "东关共富超市"));
        assertFocusInTheScanField("on opening");
        type(card);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-balance"), "100"));
        assertEquals("E1", browser.findElement(By.id("customer-code")).getText());
        assertFocusInTheScanField("after identifying the household");

        type("3*soap");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket-total"), "30"));
        assertFocusInTheScanField("after adding goods");
        type("RICE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket-total"), "60"));
        assertTrue(browser.findElement(By.id("basket-after")).getText().contains("40"), "the balance after the sale is shown");
        assertTrue(browser.findElement(By.cssSelector(".xz-tile[data-goods='OIL']")).getAttribute("class").contains("xz-tile-soldout"),
                "sold-out goods are greyed");
        assertFalse(browser.findElement(By.cssSelector(".xz-tile[data-goods='OIL'] .xz-tile-plus")).isEnabled(),
                "and cannot be added");
        Browser.screenshot(browser, "counter-basket-1024x600");

        type("");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-slip")));
        WebElement receipt = browser.findElement(By.id("receipt-slip"));
        assertEquals("60", browser.findElement(By.id("receipt-total")).getText());
        assertEquals("40", browser.findElement(By.id("receipt-left")).getText(), "the receipt says what is left");
        assertTrue(receipt.getText().contains("肥皂 ×3") && receipt.getText().contains("大米 ×1"), receipt.getText());
        assertTrue(browser.findElement(By.id("receipt-clerk")).getText().contains("店员"), "the clerk's name, not the login");
        assertFalse(receipt.getText().contains("ctrweb") || receipt.getText().contains("clerk"), receipt.getText());
        LocalDateTime printed = LocalDateTime.parse(browser.findElement(By.id("receipt-time")).getText(),
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        LocalDateTime serverNow = LocalDateTime.ofInstant(ServerClock.now(api), ServerClock.TENANT_ZONE);
        assertTrue(Duration.between(printed, serverNow).abs().toMinutes() < 5,
                "the time is the tenant's local time: " + printed + " vs " + serverNow);
        Number bottom = (Number) ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('receipt-slip').getBoundingClientRect().bottom");
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight");
        assertTrue(bottom.doubleValue() <= height.doubleValue(), "the receipt is in view without scrolling: " + bottom + " > " + height);
        assertEquals("40", browser.findElement(By.id("customer-balance")).getText());
        assertFocusInTheScanField("after the sale");
        Browser.screenshot(browser, "counter-receipt-1024x600");

        String paper = Browser.printed(browser);
        assertTrue(paper.contains("肥皂") && paper.contains("60"), "the receipt is printed: " + paper);
        assertFalse(paper.contains("乡治") || paper.contains("东关村"), "nothing but the receipt (no header, no customer panel): " + paper);
        assertEquals(1, Browser.printedPages(browser), "one slip");

        // over the balance: the basket says so and cannot be redeemed; nothing is spent
        type("2*RICE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket-total"), "60"));
        type("SOAP");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket-total"), "70"));
        assertTrue(browser.findElement(By.id("basket-after")).getText().contains("30"), "short by 30");
        assertTrue(browser.findElement(By.id("counter:redeem")).getAttribute("class").contains("ui-state-disabled"));
        type("");
        assertEquals(40, balance(api, code, e1), "the refusal spent nothing");

        // touch: − takes the soap out again, then the basket fits
        browser.findElement(By.cssSelector(".xz-tile[data-goods='RICE'] .xz-tile-minus")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("basket-total"), "40"));
        assertFocusInTheScanField("after a touch");
        type("");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("receipt-left"), "0"));
        assertEquals(0, balance(api, code, e1));
        List<JsonObject> redemptions = api.call("GET", "/api/t/" + code + "/redemptions", "clerk", "counter-pass-1", null)
                .array().getValuesAs(JsonObject.class);
        assertEquals(2, redemptions.size(), "two sales");
    }

    @Test
    void aHouseholdWithNothingToSpendIsToldWhy() throws Exception {
        Http api = api();
        ShopFixture.Setup setup = ShopFixture.create(api, "ctrwhy", "counter-pass-2");
        String code = setup.code();
        // E9 has 20 points of this month, published today: they wait for the objection period
        long e9 = Fixtures.created(api.call("POST", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD,
                "{\"code\":\"E9\",\"villageId\":" + setup.east() + ",\"headName\":\"东户九\"}"));
        long item = Fixtures.created(api.call("POST", "/api/t/" + code + "/points-items", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("code", "CLEAN").add("name", "清洁").add("kind", "MORALITY").add("points", 20)
                        .add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN")).build().toString()));
        String month = YearMonth.from(ServerClock.today(api)).toString();
        long proposal = api.call("POST", "/api/t/" + code + "/points-proposals", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("itemId", item).add("month", month).add("householdIds", Json.createArrayBuilder().add(e9))
                        .build().toString()).array().getJsonObject(0).getJsonNumber("id").longValue();
        api.call("POST", "/api/t/" + code + "/points-proposals/confirm", "admin", ADMIN_PASSWORD, "{\"ids\":[" + proposal + "]}");
        JsonObject closed = api.call("POST", "/api/t/" + code + "/points-months", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + setup.east() + ",\"month\":\"" + month + "\",\"objectionDays\":7}").json();
        String until = closed.getString("objectionUntil");

        browser.manage().window().setSize(new Dimension(1024, 600));
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "clerk", "counter-pass-2");
        browser.get(tenantBase + "counter.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-shop"), "东关共富超市"));
        type("E9");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-balance"), "0"));
        String why = browser.findElement(By.id("counter:why-nothing")).getText();
        assertTrue(why.contains("20") && why.contains(until), "the clerk can tell the household why and until when: " + why);
        Browser.screenshot(browser, "counter-why-nothing");
    }

    private void type(String text) {
        WebElement scan = browser.findElement(By.id("counter:reference"));
        scan.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        wait.until(d -> browser.findElement(By.id("counter:reference")).getAttribute("value").isEmpty()
                && (Boolean) ((JavascriptExecutor) browser).executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
    }

    private void assertFocusInTheScanField(String when) {
        wait.until(d -> "counter:reference".equals(browser.switchTo().activeElement().getAttribute("id")));
        assertEquals("counter:reference", browser.switchTo().activeElement().getAttribute("id"), "the scan field has the focus " + when);
    }

    private static int balance(Http api, String code, long household) {
        return api.call("GET", "/api/t/" + code + "/points-lines/balance?household=" + household, "admin", ADMIN_PASSWORD, null)
                .json().getInt("redeemable");
    }
}
