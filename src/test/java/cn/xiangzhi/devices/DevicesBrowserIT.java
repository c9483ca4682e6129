package cn.xiangzhi.devices;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tenant admin registers a pending terminal on the devices page and sees what it sent, on a phone and on a desk. */
class DevicesBrowserIT extends BrowserIT {

    @Test
    void anAdminRegistersAPendingTerminalOnThePageAndSeesItsRecordsAndCommands() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "devb", "考勤村");
        TerminalSimulator terminal = new TerminalSimulator(URI.create(base.toString()), DeviceFixture.serial("B"), "83");
        assertEquals(200, terminal.handshake().status(), "the terminal called in: pending");

        String tenantBase = base.toString() + "t/" + county.code() + "/";
        Browser.login(browser, tenantBase, "admin", Fixtures.ADMIN_PASSWORD);
        browser.get(tenantBase + "devices.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("devices:serial")));
        browser.findElement(By.id("devices:serial")).sendKeys(terminal.serial());
        Browser.pick(browser, "devices:village", "考勤村");
        browser.findElement(By.id("devices:label")).sendKeys("村部考勤机");
        browser.findElement(By.id("devices:claim")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices:table"), terminal.serial()));

        assertEquals("OK:2", terminal.attlog("1", List.of("1001\t2026-12-05 08:00:00\t0\t1\t0", "1002\t2026-12-05 08:01:00\t0\t15\t0")).text());
        browser.get(tenantBase + "devices.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-records-today")));
        assertEquals("2", browser.findElement(By.cssSelector(".xz-records-today")).getText(), "today's records of the terminal");
        assertTrue(browser.findElement(By.id("devices:table")).getText().contains("考勤村"));
        assertTrue(browser.findElement(By.id("devices:table")).getText().contains("2.2.14"),
                "the protocol version the terminal gave while it was pending");
        browser.findElement(By.xpath("//button[.//span[text()='重新同步']]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("devices:commands"), "CHECK"));
        assertEquals(List.of("CHECK"), List.copyOf(terminal.commands(terminal.getrequest()).values()), "the re-sync reached the terminal");

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(tenantBase + "devices.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("devices:table")));
        Browser.screenshot(browser, "devices-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(tenantBase + "devices.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("devices:table")));
        Browser.screenshot(browser, "devices-390");
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
    }
}
