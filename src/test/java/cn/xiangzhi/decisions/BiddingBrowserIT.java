package cn.xiangzhi.decisions;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A village offers its river-bank land on the bidding page, registers two bidders, records two
 * rounds (a bid below the reserve refused with its reason), closes the lot and sees the winner; the
 * public page shows the result; the contracts page registers the lease from the awarded lot.
 */
class BiddingBrowserIT extends BrowserIT {

    Http api;
    LocalDate today;

    /**
     * The server's clock pinned to a quiet noon (ServerClock): the contract's dates and what expires are the
     * tenant's (Asia/Shanghai), not the test JVM's (UTC), which differ every day from 16:00 UTC.
     */
    @BeforeEach
    void aQuietDay() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    private final Map<String, Long> bidders = new HashMap<>();

    @Test
    void aLotIsBidInRoundsClosedAndItsWinnerIsPublic() {
        Fixtures.County county = Fixtures.countyWithVillages(api, "bidweb", "后寨村");
        String code = county.code();
        long village = county.villages()[0];
        String tenantBase = base.toString() + "t/" + code + "/";

        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "biddings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("biddings:registerLot")));
        Browser.choose(browser, "biddings:village", Long.toString(village));
        browser.findElement(By.id("biddings:newTitle")).sendKeys("黄河滩地600亩承包经营权");
        browser.findElement(By.id("biddings:newQuantity")).sendKeys("600");
        browser.findElement(By.id("biddings:newReserve")).sendKeys("100");
        browser.findElement(By.id("biddings:registerLot")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lot-title"), "黄河滩地"));

        addBidder("张三", "370124198001011234", "13812345678");
        addBidder("李四", "370124198502025678", "13987654321");
        api.call("GET", "/api/t/" + code + "/bidders?lot=" + lotId(api, code), "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class)
                .forEach(b -> bidders.put(b.getString("name"), b.getJsonNumber("id").longValue()));

        bid("张三", "1", "99");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "低于底价"));
        bid("张三", "1", "150");
        waitForBids(1);
        bid("李四", "1", "300");
        waitForBids(2);
        bid("李四", "2", "598");
        waitForBids(3);
        Browser.screenshot(browser, "bidding-bids");

        browser.findElement(By.id("biddings:closeLot")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lot-winner"), "李四"));
        assertTrue(browser.findElement(By.id("lot-winner")).getText().contains("598"));
        Browser.screenshot(browser, "bidding-winner");

        browser.get(tenantBase + "contracts.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("contracts:registerContract")));
        Browser.choose(browser, "contracts:lot", lotId(api, code));
        browser.findElement(By.id("contracts:prefill")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("contracts:partyB"), "value", "李四"));
        Browser.typeDateTime(browser, "contracts:startDate_input", today.minusYears(5).toString(), By.cssSelector("#contracts h2"));
        Browser.typeDateTime(browser, "contracts:endDate_input", today.plusDays(10).toString(), By.cssSelector("#contracts h2"));
        browser.findElement(By.id("contracts:registerContract")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("contracts:expiringTable"), "李四"));
        assertFalse(browser.findElements(By.cssSelector(".xz-contract-expiring")).isEmpty(), "highlighted in the register");
        Browser.screenshot(browser, "contracts-expiring");

        browser.manage().deleteAllCookies();
        browser.get(tenantBase + "public/biddings.xhtml?village=" + village);
        String page = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bidding-results"))).getText();
        assertTrue(page.contains("黄河滩地600亩承包经营权") && page.contains("李四") && page.contains("598"), page);
        assertTrue(page.contains("139****4321") && !page.contains("370124198502025678"), page);
        Browser.screenshot(browser, "bidding-public");
    }

    private static String lotId(Http api, String code) {
        return api.call("GET", "/api/t/" + code + "/bidding-lots", "admin", ADMIN_PASSWORD, null).array().getJsonObject(0)
                .getJsonNumber("id").toString();
    }

    private void addBidder(String name, String id, String phone) {
        int before = browser.findElements(By.cssSelector(".xz-bidder-name")).size();
        browser.findElement(By.id("biddings:bidderName")).sendKeys(name);
        browser.findElement(By.id("biddings:bidderIdNumber")).sendKeys(id);
        browser.findElement(By.id("biddings:bidderPhone")).sendKeys(phone);
        browser.findElement(By.id("biddings:addBidder")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".xz-bidder-name"), before + 1));
    }

    /** Picks the bidder, types round and amount (again if an ajax update replaced the form meanwhile) and records. */
    private void bid(String bidder, String round, String amount) {
        wait.until(d -> {
            Browser.choose(d, "biddings:bidBidder", Long.toString(bidders.get(bidder)));
            type("biddings:bidRound", round);
            type("biddings:bidAmount", amount);
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.id("biddings:recordBid"))).click();
    }

    private void waitForBids(int n) {
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".xz-bid-amount"), n));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
