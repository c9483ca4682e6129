package cn.xiangzhi.shops;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The counter with the keyboard only, as a USB scanner types: the card's text and Enter show the
 * household and its balance; a quantity and Enter redeem; the receipt shows; a refusal (not enough
 * points) is a message and spends nothing.
 */
class CounterBrowserIT extends BrowserIT {


    @Test
    void aClerkTypesTheCardRedeemsWithEnterAndGetsAReceipt() throws Exception {
        Http api = api();
        ShopFixture.Setup setup = ShopFixture.create(api, "ctrweb", "counter-pass-1");
        long e1 = setup.households().get(0);
        assertEquals(201, api.call("POST", "/api/t/" + setup.code() + "/households/" + e1 + "/card", "admin", ADMIN_PASSWORD, "{}").status());
        String card = Fixtures.decodeQr(api.download("/api/t/" + setup.code() + "/households/" + e1 + "/card/qr.png", "admin",
                ADMIN_PASSWORD).body());
        String tenantBase = base.toString() + "t/" + setup.code() + "/";
        WebDriverWait wait = Browser.waiting(browser, 30);

        Browser.login(browser, tenantBase, "clerk", "counter-pass-1");
        browser.get(tenantBase + "counter.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("counter-shop"), "东关共富超市"));
        WebElement scan = browser.switchTo().activeElement();
        assertEquals("counter:reference", scan.getAttribute("id"), "the scan field has the focus");
        scan.sendKeys(card, Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-balance"), "100"));
        assertEquals("E1", browser.findElement(By.id("customer-code")).getText());

        WebElement quantity = quantityOf("肥皂");
        quantity.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-slip")));
        assertEquals("30", browser.findElement(By.id("receipt-total")).getText());
        assertTrue(browser.findElement(By.id("receipt-slip")).getText().contains("肥皂 ×3"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("customer-balance"), "70"));
        Browser.screenshot(browser, "counter-receipt");

        quantityOf("大米").sendKeys(Keys.chord(Keys.CONTROL, "a"), "3", Keys.ENTER); // 90 points > 70
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "不足")); // refused: 90 > 70
        JsonObject balance = api.call("GET", "/api/t/" + setup.code() + "/points-lines/balance?household=" + e1, "admin",
                ADMIN_PASSWORD, null).json();
        assertEquals(70, balance.getInt("redeemable"), "the refusal spent nothing");
        List<JsonObject> redemptions = api.call("GET", "/api/t/" + setup.code() + "/redemptions", "clerk", "counter-pass-1", null)
                .array().getValuesAs(JsonObject.class);
        assertEquals(1, redemptions.size(), "one redemption");
    }

    private WebElement quantityOf(String goods) {
        return browser.findElements(By.cssSelector("#counter\\:goods_data tr")).stream()
                .filter(r -> r.getText().contains(goods)).findFirst().orElseThrow()
                .findElement(By.cssSelector("input.xz-quantity, .xz-quantity input"));
    }
}
