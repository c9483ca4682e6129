package cn.xiangzhi.orglife;

import cn.xiangzhi.devices.DeviceFixture;
import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisational life in a real browser: the tenant admin gives a cadre a terminal PIN, adds the
 * default meeting types and schedules a meeting on the page; the township reviewer opens its record,
 * sees who came and the flags, and rejects it with a reason; the cadre ranking of the month.
 */
class OrgLifeBrowserIT extends BrowserIT {



    @Test
    void aVillageSchedulesAMeetingAndTheTownshipReviewerRejectsItsRecordWithAReason() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "orgb", "三会村");
        String code = county.code();
        long village = county.villages()[0];
        Fixtures.townshipReviewer(api, code);
        DeviceFixture.Claimed terminal = DeviceFixture.claimed(api, URI.create(base.toString()), code, "admin", ADMIN_PASSWORD,
                village, "83", null);
        String tenantBase = base.toString() + "t/" + code + "/";

        // the tenant admin gives the branch secretary a PIN on the village's terminals, as a village cadre
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "terminal-people.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("people:name")));
        browser.findElement(By.id("people:name")).sendKeys("王书记");
        browser.findElement(By.id("people:pin")).sendKeys("1001");
        Browser.pick(browser, "people:post", "村干部");
        browser.findElement(By.id("people:enrol")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people:list"), "王书记"));
        assertTrue(browser.findElement(By.id("people:list")).getText().contains("村干部"));
        Browser.screenshot(browser, "terminal-people-1366");

        // adds the default meeting types, then schedules the branch committee with the secretary expected
        browser.get(tenantBase + "meetings.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("meetings:add-defaults"))).click();
        // the types are there to choose from (the panel of types folds away once there are some)
        wait.until(d -> d.findElement(By.id("meetings:type_input")).getAttribute("textContent").contains("支部委员会"));
        Browser.pick(browser, "meetings:village", "三会村");
        Browser.pick(browser, "meetings:type", "支部委员会");
        Browser.typeDateTime(browser, "meetings:starts_input", "2026-11-05 09:00", By.cssSelector("#meetings h2"));
        Browser.typeDateTime(browser, "meetings:ends_input", "2026-11-05 10:00", By.cssSelector("#meetings h2"));
        browser.findElement(By.id("meetings:place")).sendKeys("村党群服务中心");
        Browser.checkInMenu(browser, "meetings:expected", "王书记（1001）");
        browser.findElement(By.id("meetings:schedule")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:table"), "村党群服务中心"));
        assertTrue(browser.findElement(By.id("meetings:table")).getText().contains("2026-11-05 09:00"),
                "the window as typed, on the tenant's clock");
        Browser.screenshot(browser, "meetings-1366");
        // the secretary punched in at 08:55 and out at 10:02
        assertEquals("OK:2", terminal.terminal().attlog("1", List.of("1001\t2026-11-05 08:55:00\t0\t1\t0",
                "1001\t2026-11-05 10:02:00\t1\t1\t0")).text());

        // the township reviewer opens the record from the list
        browser.manage().deleteAllCookies();
        Browser.login(browser, tenantBase, "reviewer", "reviewer-pass-1");
        browser.get(tenantBase + "meetings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings:month")));
        browser.findElement(By.id("meetings:month")).sendKeys("2026-11");
        browser.findElement(By.id("meetings:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:board"), "2026-11-01"));
        assertTrue(browser.findElement(By.id("meetings:board")).getText().contains("0 / 5"), "weekly: five Mondays in November, none held");
        browser.findElement(By.cssSelector("a.xz-meeting-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:people")));
        assertEquals("三会村 · 支部委员会", browser.findElement(By.id("meeting-title")).getText());
        assertEquals("1 / 1", browser.findElement(By.id("attendance-figure")).getText());
        String people = browser.findElement(By.id("meeting:people")).getText();
        assertTrue(people.contains("王书记") && people.contains("08:55") && people.contains("60"), people);
        String flags = browser.findElement(By.id("flags")).getText();
        assertTrue(flags.contains("没有照片") && flags.contains("尚未上传会议记录"), flags);
        browser.findElement(By.id("meeting:reason")).sendKeys("无会议照片和记录");
        browser.findElement(By.id("meeting:reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meeting"), "已退回"));
        assertTrue(browser.findElement(By.id("meeting")).getText().contains("无会议照片和记录"), "the reason is shown with the record");
        Browser.screenshot(browser, "meeting-1366");

        // the month's cadre ranking: the secretary was present one working day of November
        browser.get(tenantBase + "cadres.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cadres:month")));
        browser.findElement(By.id("cadres:month")).sendKeys("2026-11");
        browser.findElement(By.id("cadres:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("working-days"), "21"));
        String ranking = browser.findElement(By.id("cadres:ranking")).getText();
        assertTrue(ranking.contains("王书记") && ranking.contains("4.8%"), ranking);
        assertEquals(1, browser.findElements(By.cssSelector("#cadres\\:ranking .xz-day-on")).size(), "one day on the strip");
        Browser.screenshot(browser, "cadres-1366");

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String page : List.of("meetings", "cadres")) {
            browser.get(tenantBase + page + ".xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(page)));
            assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth") <= Browser.number(browser, "return window.innerWidth") + 1,
                    page + " fits a phone's width");
            Browser.screenshot(browser, page + "-390");
        }
        browser.findElement(By.id("menu")); // the shell is there
        browser.get(tenantBase + "meetings.xhtml");
        browser.findElement(By.cssSelector("a.xz-meeting-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:people")));
        assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth") <= Browser.number(browser, "return window.innerWidth") + 1,
                "a meeting's record fits a phone's width");
        Browser.screenshot(browser, "meeting-390");
    }
}
