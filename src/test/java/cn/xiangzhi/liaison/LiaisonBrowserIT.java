package cn.xiangzhi.liaison;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 on a phone-sized screen (390 px): a village names a lane chief and assigns a household,
 * records a visit the household confirms with the last four digits of the head's phone, raises the
 * request found, marks it done on the household archive, the household confirms it solved, and the
 * month's coverage and the quarter's appraisal count it, and the village kiosk shows the lane chief with the household
 * masked and the request solved. Then each page once more at desktop width,
 * for the screenshots. The server's clock is pinned to a quiet noon (ServerClock).
 */
class LiaisonBrowserIT extends BrowserIT {

    Http api;

    @BeforeEach
    void aQuietDay() {
        api = api();
        ServerClock.pinQuietDay(api);
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void assignVisitWithConfirmationRaiseHandleConfirmAndSeeTheCoverageOnAPhone() {
        Fixtures.County county = Fixtures.countyWithVillages(api, "liaweb", "靖庄村");
        long village = county.villages()[0];
        LiaisonFixture f = new LiaisonFixture(api, county.code());
        f.resident(village, "R1", "王巷长");
        f.household(village, "H1", "周大娘", "13812345678");
        String tenantBase = base.toString() + "t/" + county.code() + "/";

        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);

        String home = browser.findElement(By.id("home-attention")).getText().replaceAll("\\s+", " ");
        assertTrue(home.contains("2 户未落实联户"), "the liaison's own household and H1: " + home);

        // the tenant's limit, set on the settings page: one household per lane chief
        browser.get(tenantBase + "settings.xhtml");
        WebElement max = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("liaisonRules:rules:0:rule")));
        max.clear();
        max.sendKeys("0");
        browser.findElement(By.id("liaisonRules:saveLiaisonRules")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("liaisonRules:liaisonRulesMessages"),
                "巷长、联户长联系户数上限须在1到200之间"));
        max = browser.findElement(By.id("liaisonRules:rules:0:rule"));
        max.clear();
        max.sendKeys("1");
        browser.findElement(By.id("liaisonRules:saveLiaisonRules")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("liaisonRules:liaisonRulesMessages"), "联户规则已保存"));
        assertEquals(1, f.call("GET", "/liaison-rules", null).json().getInt("maxHouseholds"));

        browser.get(tenantBase + "liaisons.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("liaisons:addLiaison")));
        assertTrue(browser.findElement(By.id("liaisons:unassigned")).getText().contains("周大娘"), "H1 has no liaison yet");
        Browser.pick(browser, "liaisons:person", "王巷长（R1）");
        browser.findElement(By.id("liaisons:addLiaison")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-liaison-name")));
        browser.findElement(By.cssSelector(".xz-liaison-name")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("liaisons:assign")));
        Browser.pick(browser, "liaisons:household", "H1 周大娘");
        browser.findElement(By.id("liaisons:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-liaison-count"), "1 / 1"));
        assertTrue(browser.findElement(By.id("liaisons:assigned")).getText().contains("周大娘"));
        Browser.pick(browser, "liaisons:household", "R1 王巷长");
        browser.findElement(By.id("liaisons:assign")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "该联户人员已联系1户，已达上限"));
        assertTrue(browser.findElement(By.id("liaisons:unassigned")).getText().contains("王巷长"), "still without a liaison");
        browser.findElement(By.id("liaisons:importFile_input")).sendKeys(file(".csv",
                "户编号,联户人户编号,联户人,身份\nNOPE,R1,王巷长,巷长\n".getBytes(StandardCharsets.UTF_8)).toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("liaisons:importProblems"), "管辖范围内没有户编号NOPE"));
        fitsThePhone("liaisons");

        browser.get(tenantBase + "visit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit:record")));
        Browser.pick(browser, "visit:household", "H1 周大娘 · 王巷长");
        browser.findElement(By.id("visit:notes")).sendKeys("了解老人身体情况，反映屋后排水沟堵塞");
        browser.findElement(By.id("visit:confirmation")).sendKeys("1234");
        browser.findElement(By.id("visit:record")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("growl_container"), "户主手机号后4位不符"));
        browser.findElement(By.id("visit:confirmation")).clear();
        browser.findElement(By.id("visit:confirmation")).sendKeys("5678");
        browser.findElement(By.id("visit:record")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-done")));
        assertEquals("农户已确认", browser.findElement(By.cssSelector(".xz-visit-confirmed")).getText());
        browser.findElement(By.id("visit:photo_input")).sendKeys(photoFile().toString());
        WebElement thumb = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-visit-photo img")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 1", thumb)); // the photo comes through the gate
        String photoUrl = browser.findElement(By.cssSelector(".xz-visit-photo")).getAttribute("href");
        assertEquals(200L, statusOf(photoUrl));
        assertEquals(404L, statusOf(photoUrl.replaceAll("/photos/\\d+$", "/photos/999999999")), "another id is not found");
        browser.findElement(By.id("visit:matter")).sendKeys("屋后排水沟堵塞");
        browser.findElement(By.id("visit:handler")).sendKeys("村委会");
        browser.findElement(By.id("visit:raise")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit:raised"), "屋后排水沟堵塞"));
        fitsThePhone("visit");

        browser.findElement(By.id("visit:archive")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("archive-head")));
        assertTrue(browser.findElement(By.id("archive-liaison")).getText().contains("王巷长"));
        assertTrue(browser.findElement(By.id("archive:visits")).getText().contains("农户已确认"));
        assertEquals(1, browser.findElements(By.cssSelector(".xz-visit-photo img")).size(), "the visit's photo on the archive");
        browser.findElement(By.cssSelector(".xz-mark-done")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-confirm-digits")));
        assertTrue(browser.findElement(By.id("archive:requests")).getText().contains("已办结"));
        browser.findElement(By.cssSelector(".xz-confirm-digits")).sendKeys("5678");
        browser.findElement(By.cssSelector(".xz-confirm-solved")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-request-confirmed")));
        fitsThePhone("household-archive");

        browser.get(tenantBase + "liaison-coverage.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coverage-total")));
        assertTrue(browser.findElement(By.id("coverage-total")).getText().contains("1 / 1 (100%)"),
                browser.findElement(By.id("coverage-total")).getText());
        assertEquals("1", browser.findElement(By.cssSelector(".xz-appraisal-rank")).getText());
        assertEquals("王巷长", browser.findElement(By.cssSelector(".xz-appraisal-name")).getText());
        assertEquals("7", browser.findElement(By.cssSelector(".xz-appraisal-score")).getText(),
                "one visit, confirmed, one request raised (2) and solved in time (3)");
        fitsThePhone("liaison-coverage");

        // the village's board: the lane chief and the household's head masked, the month's request solved
        String secret = f.call("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"靖庄村\"}").json().getString("secret");
        browser.get(tenantBase + "kiosk/" + village + "?token=" + secret);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-liaison"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-liaisons")));
        String board = browser.findElement(By.id("kiosk-liaisons")).getText();
        assertTrue(board.contains("王巷长") && board.contains("周**") && !board.contains("周大娘"), board);
        assertTrue(board.contains("屋后排水沟堵塞"), "the month's request solved: " + board);
        Browser.screenshot(browser, "kiosk-liaison-390");

        browser.manage().window().setSize(new Dimension(1366, 900));
        for (String page : new String[]{"liaisons", "visit", "liaison-coverage"}) {
            browser.get(tenantBase + page + ".xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
            Browser.screenshot(browser, page + "-1366");
        }
    }

    /** The status the page's session gets for {@code url}. */
    private Object statusOf(String url) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { done(r.status); });", url);
    }

    private static Path photoFile() {
        return file(".png", Fixtures.PNG);
    }

    private static Path file(String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile("liaison", suffix);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing of the page is wider than the phone; keeps a screenshot. */
    private void fitsThePhone(String page) {
        assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth")
                <= Browser.number(browser, "return window.innerWidth") + 1, page + " fits a phone");
        Browser.screenshot(browser, page + "-390");
    }
}
