package cn.xiangzhi.rating;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Star rating in a real browser: the tenant admin books a campaign on the page and opens its QR
 * code; a villager opens the phone page at 390 px, names the household and rates the branch; the
 * results show the score and stars with the chart; a problem published there appears on the
 * village's public page on a phone; the tenant's consequence rules give the consequences list; the
 * campaign's audit trail counts the ballots and names the staff who changed it.
 */
class RatingBrowserIT extends BrowserIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");



    private void fitsAPhone(String what) {
        assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth") <= Browser.number(browser, "return window.innerWidth") + 1, what + " fits a phone's width");
    }

    @Test
    void aCampaignIsBookedAVillagerRatesOnAPhoneAndTheResultsAndPromisesAreShown() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "rateb", "靖庄村");
        String code = county.code();
        long village = county.villages()[0];
        String tenantBase = base.toString() + "t/" + code + "/";
        Fixtures.created(api.call("POST", "/api/t/" + code + "/party-branches", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"code\":\"JZ\",\"name\":\"靖庄村党支部\"}"));
        Fixtures.created(api.call("POST", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"code\":\"JZ001\",\"headName\":\"张京民\"}"));

        // the tenant admin books the campaign on the page
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "rating.xhtml");
        // the consequences are the tenant's rules: none until added (here seed 003's examples, with one button)
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating:consequence-rules"), "尚无结果运用规则"));
        browser.findElement(By.id("rating:default-rules")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating:consequence-rules"), "调整村党组织书记"));
        assertTrue(browser.findElement(By.id("rating:consequence-rules")).getText().contains("1–2 ★ · 连续两年"),
                browser.findElement(By.id("rating:consequence-rules")).getText());
        // the booking starts on a freshly loaded page: no re-rendered form under the pickers
        browser.get(tenantBase + "rating.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating:consequence-rules"), "调整村党组织书记"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rating:title"))).sendKeys("2026年度党支部星级评定");
        Browser.checkInMenu(browser, "rating:villages", "靖庄村");
        // the pickers step by five minutes
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        now = now.withMinute(now.getMinute() / 5 * 5);
        Browser.typeDateTime(browser, "rating:opens_input", now.minusHours(1).format(PICKER), By.cssSelector("#rating h2"));
        Browser.typeDateTime(browser, "rating:closes_input", now.plusDays(2).format(PICKER), By.cssSelector("#rating h2"));
        browser.findElement(By.id("rating:book")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating:campaigns"), "2026年度党支部星级评定"));
        assertTrue(browser.findElement(By.id("rating:campaigns")).getText().contains("投票中"), "open now");
        Browser.screenshot(browser, "rating-1366");

        browser.findElement(By.cssSelector("#rating\\:campaigns a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
        assertTrue(Browser.number(browser, "return document.getElementById('qr').naturalWidth") > 100, "the QR code is drawn");
        String phoneUrl = browser.findElement(By.id("campaign:phone-url")).getText();
        assertTrue(phoneUrl.contains("/public/rate.xhtml?campaign="), phoneUrl);
        Browser.screenshot(browser, "rating-campaign-empty-1366");

        // a villager scans it with a phone
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(phoneUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rate-form")));
        assertEquals(0L, ((Number) ((JavascriptExecutor) browser).executeScript("return document.scripts.length")).longValue(),
                "the phone page sends no script");
        fitsAPhone("the phone page");
        Browser.screenshot(browser, "rate-390");
        browser.findElement(By.id("code")).sendKeys("JZ001");
        browser.findElement(By.id("secret")).sendKeys("张京民");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subject"))).selectByVisibleText("靖庄村党支部 · 靖庄村");
        for (WebElement five : browser.findElements(By.cssSelector("input[type=radio][value='5'][name^='q']"))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", five);
            five.click();
        }
        browser.findElement(By.id("comment")).sendKeys("希望多公开村务");
        browser.findElement(By.id("submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cast")));
        assertTrue(browser.findElement(By.id("cast")).getText().contains("靖庄村党支部"), browser.findElement(By.id("cast")).getText());
        fitsAPhone("the confirmation");
        Browser.screenshot(browser, "rate-cast-390");

        // the results: the public only voted, all fives: 100, five stars; a problem is published
        browser.manage().window().setSize(new Dimension(1366, 900));
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(phoneUrl.replaceFirst("public/rate\\.xhtml\\?campaign=", "rating-campaign.xhtml?id="));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:results")));
        String results = browser.findElement(By.id("campaign:results")).getText();
        assertTrue(results.contains("100") && results.contains("★★★★★") && results.contains("星级奖"), results);
        assertEquals("1", browser.findElement(By.id("count-5")).getText(), "the chart counts one five-star branch");
        String consequences = browser.findElement(By.id("campaign:consequence-lines")).getText();
        assertTrue(consequences.contains("星级奖（两委成员绩效奖励）") && consequences.contains("靖庄村党支部"), consequences);
        Browser.pick(browser, "campaign:problem-subject", "靖庄村党支部");
        browser.findElement(By.id("campaign:problem")).sendKeys("村务公开不及时");
        browser.findElement(By.id("campaign:promise")).sendKeys("每月5日前公开");
        Browser.pickDate(browser, "campaign:due", now.toLocalDate().plusMonths(1));
        browser.findElement(By.id("campaign:add-problem")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:problems"), "村务公开不及时"));
        Browser.screenshot(browser, "rating-campaign-1366");

        // the county's admin rates as a superior on the page: 4 of 5 → (40 × 100 + 20 × 80) / 60 = 93.33
        Browser.pick(browser, "campaign:vote-subject", "靖庄村党支部 · 靖庄村");
        List<WebElement> questions = browser.findElements(By.cssSelector("[id$=':answer']"));
        assertEquals(3, questions.size(), "the campaign's three questions");
        for (int i = 0; i < questions.size(); i++) {
            WebElement four = browser.findElements(By.cssSelector("[id$=':answer']")).get(i).findElements(By.cssSelector(".ui-radiobutton-box")).get(1);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", four);
            four.click();
        }
        browser.findElement(By.id("campaign:cast-vote")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("campaign:results"), "93.33"));
        assertTrue(browser.findElement(By.id("campaign:results")).getText().contains("★★★★★"), "still five stars");

        // the campaign's audit trail: two ballots by two raters, the booking and the problem by staff
        browser.findElement(By.id("campaign:show-trail")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:trail-hours")));
        assertEquals("2", browser.findElement(By.id("trail-ballots")).getText());
        assertEquals("2", browser.findElement(By.id("trail-raters")).getText());
        assertTrue(browser.findElement(By.id("trail-recomputed")).getText().contains("计入了全部有效票"));
        String events = browser.findElement(By.id("campaign:trail-events")).getText();
        assertTrue(events.contains("评星活动") && events.contains("问题与整改承诺") && events.contains("管理员"), events);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('campaign:trail').scrollIntoView()");
        Browser.screenshot(browser, "rating-trail-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:results")));
        fitsAPhone("the results page");
        Browser.screenshot(browser, "rating-campaign-390");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('consequence-list').scrollIntoView()");
        Browser.screenshot(browser, "rating-consequences-390");

        // the village's public page shows the promise on a phone
        browser.get(tenantBase + "public/promises.xhtml?village=" + village);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("promise-list")));
        assertTrue(browser.findElement(By.id("promise-list")).getText().contains("每月5日前公开"));
        fitsAPhone("the promises page");
        Browser.screenshot(browser, "promises-390");
    }
}
