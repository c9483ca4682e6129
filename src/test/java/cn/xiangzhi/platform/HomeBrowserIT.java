package cn.xiangzhi.platform;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page per role in a real browser (issue 19 point 1): what needs the user now, from every
 * context, each a link to the page that does it; the tenant admin's setup checklist; and the shell
 * on a phone, whose menu folds behind one button.
 */
class HomeBrowserIT extends BrowserIT {


    @Test
    void eachRoleSeesWhatNeedsThemNowAndTheAdminTheSetupChecklist() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "home", "东关村");
        String code = county.code();
        long village = county.villages()[0];
        Fixtures.townshipReviewer(api, code);
        // a meeting that has ended and waits for review; a terminal registered that never called in
        long type = api.call("POST", "/api/t/" + code + "/meeting-types/defaults", "admin", ADMIN_PASSWORD, null).array()
                .getJsonObject(0).getJsonNumber("id").longValue();
        Fixtures.created(api.call("POST", "/api/t/" + code + "/meetings", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("villageId", village).add("typeId", type).add("startsAt", "2026-11-05T09:00").add("endsAt", "2026-11-05T10:00")
                .add("place", "村部").build().toString()));
        Fixtures.created(api.call("POST", "/api/t/" + code + "/devices", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("serialNumber", "HOME" + System.nanoTime() % 1_000_000).add("villageId", village).build().toString()));
        String tenantBase = base.toString() + "t/" + code + "/";

        // the tenant admin: the setup checklist, and the two things waiting
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-attention")));
        String setup = browser.findElement(By.id("home-setup")).getText();
        assertTrue(setup.contains("建立乡镇和村") && setup.contains("为村部一体机授权"), setup);
        assertEquals(1, browser.findElements(By.cssSelector("#home-setup .xz-step-done a[href$='places.xhtml']")).size(),
                "the villages exist: that step is done");
        assertEquals(0, browser.findElements(By.cssSelector("#home-setup .xz-step-done a[href$='kiosks.xhtml']")).size(),
                "no kiosk yet");
        String attention = browser.findElement(By.id("home-attention")).getText().replaceAll("\\s+", " ");
        assertTrue(attention.contains("1 次会议记录待审核"), attention);
        assertTrue(attention.contains("1 台考勤终端超过一天没有联系"), attention);
        Browser.screenshot(browser, "home-admin-1366");
        assertEquals(1.0, Browser.number(browser, "return new Set(Array.from(document.querySelectorAll("
                + "'#menu .ui-menubar > .ui-menu-list > li')).map(li => li.getBoundingClientRect().top)).size"),
                "the tenant admin's whole menu in one row at 1366 px");
        browser.findElement(By.cssSelector("#home-attention a[href$='meetings.xhtml']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings:table")));

        // the audit log reads in words: the action, the entity's name, each change as a before/after table
        browser.get(tenantBase + "audit.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#audit\\:entries .xz-changes-table")));
        String audit = browser.findElement(By.id("audit:entries")).getText();
        assertTrue(audit.contains("新增") && audit.contains("终端") && audit.contains("原值") && audit.contains("新值"), audit);
        assertFalse(audit.contains("\"old\""), "no JSON on the page");
        assertTrue(audit.contains("管理员"), "people by name, not tenant/login: " + audit);
        Browser.screenshot(browser, "audit-1366");

        // a phone: the menu folds behind one button, nothing is wider than the screen
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(tenantBase + "index.xhtml");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-toggle")));
        assertFalse(browser.findElement(By.id("menu")).isDisplayed(), "the menu is folded");
        assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth") <= Browser.number(browser, "return window.innerWidth") + 1, "fits a phone");
        assertTrue(browser.findElement(By.id("menu-toggle")).getSize().getHeight() >= 44, "a tap target a finger can hit");
        Browser.screenshot(browser, "home-admin-390");
        browser.findElement(By.id("menu-toggle")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu:m-org-menu")));
        assertEquals("true", browser.findElement(By.id("menu-toggle")).getAttribute("aria-expanded"));
        Browser.screenshot(browser, "home-menu-390");

        // the township reviewer: the meeting to review, and no setup checklist (it is the tenant admin's)
        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.manage().deleteAllCookies();
        Browser.login(browser, tenantBase, "reviewer", "reviewer-pass-1");
        browser.get(tenantBase + "index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-attention")));
        assertTrue(browser.findElements(By.id("home-setup")).isEmpty(), "the checklist is the tenant admin's");
        assertTrue(browser.findElement(By.id("home-attention")).getText().replaceAll("\\s+", " ").contains("1 次会议记录待审核"));
        Browser.screenshot(browser, "home-reviewer-1366");
    }
}
