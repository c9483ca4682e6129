package cn.xiangzhi.seal;

import cn.xiangzhi.devices.DeviceFixture;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.xiangzhi.seal.SealFixture.REVIEWER_PASSWORD;
import static cn.xiangzhi.seal.SealFixture.VILLAGER_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smart seal as people use it in a real browser: the village admin applies on a phone for a
 * general decision, picking the village's finished matter, with the document; the township reviewer
 * approves, the terminal (simulator) pulls and stamps, and the reviewer follows an over-count alarm in
 * one click to the stamp's photo, application, approvers and matter; the statistics with their chart;
 * the county admin registers and retires a seal. Each page is looked at 390 and 1366 px wide.
 */
class SealBrowserIT extends BrowserIT {

    private void fitsThePhone(String what) {
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth"), what + " fits a 390 px phone");
    }

    private static void phone(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private static void laptop(WebDriver browser) {
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    @Test
    void aVillageAdminAppliesForADecisionOnAPhoneTheTownshipApprovesAndFollowsAnAlarmToTheStampsPhotoApplicationAndMatter() throws IOException {
        SealFixture f = new SealFixture(api(), URI.create(base.toString()), "sealweb");
        SealFixture.matter(f.api, f.tenant, f.village, "东村集体厂房公开出租", true);
        String tenantBase = base + "t/" + f.tenant + "/";

        phone(browser);
        Browser.login(browser, tenantBase, f.villager, VILLAGER_PASSWORD);
        browser.get(tenantBase + "seal-apply.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:submit")));
        assertEquals("东村 东村村民委员会", browser.findElement(By.id("apply:seal_label")).getText(), "the village's only seal is chosen");
        assertTrue(browser.findElements(By.id("apply:matter")).isEmpty(), "no matter asked before a decision class is chosen");
        Browser.pick(browser, "apply:class", "一般决策事项");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:matter")));
        Browser.pick(browser, "apply:matter", "东村集体厂房公开出租");
        browser.findElement(By.id("apply:purpose")).sendKeys("为村民开具居住证明");
        browser.findElement(By.id("apply:stamps")).clear();
        browser.findElement(By.id("apply:stamps")).sendKeys("2");
        Path pdf = Files.createTempFile("证明", ".pdf");
        Files.write(pdf, SealFixture.PDF);
        browser.findElement(By.id("apply:file_input")).sendKeys(pdf.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:files"), ".pdf"));
        fitsThePhone("the application form");
        Browser.screenshot(browser, "seal-apply-390");
        browser.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:mine"), "为村民开具居住证明"));
        assertTrue(browser.findElement(By.id("apply:mine")).getText().contains("待审批"));
        laptop(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:mine")));
        Browser.screenshot(browser, "seal-apply-1366");

        JsonObject application = f.admin("GET", "/seal-applications", null).array().getJsonObject(0);
        long id = application.getJsonNumber("id").longValue();
        assertEquals(1, f.admin("GET", "/seal-applications/" + id + "/detail", null).json().getJsonArray("documents").size(),
                "the PDF went with the application");
        assertEquals("一般决策事项", application.getString("className"));
        assertEquals("东村集体厂房公开出租", application.getString("matterTitle"));

        browser.manage().deleteAllCookies();
        Browser.login(browser, tenantBase, f.reviewer, REVIEWER_PASSWORD);
        String home = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-attention"))).getText().replaceAll("\\s+", " ");
        assertTrue(home.contains("1 份用印申请待我审批"), "the reviewer's home page: " + home);
        browser.findElement(By.cssSelector("#home-attention a[href$='seal-applications.xhtml']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals:waiting"), "为村民开具居住证明"));
        assertTrue(browser.findElement(By.id("approvals:waiting")).getText().contains("东村管理员"), "the applicant by name");
        Browser.screenshot(browser, "seal-applications-1366");
        browser.findElement(By.id("approvals:approve")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approvals:all"), "已批准"));

        SealTerminalSimulator terminal = f.terminal();
        assertEquals(2, terminal.authorisations().json().getJsonArray("authorisations").getJsonObject(0).getInt("remaining"));
        for (int sequence = 1; sequence <= 3; sequence++) {
            assertEquals(200, terminal.stamp(sequence, ServerClock.now(f.api), "张会计", id, Fixtures.PNG).status());
        }

        browser.get(tenantBase + "index.xhtml");
        String alarmed = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-attention"))).getText().replaceAll("\\s+", " ");
        assertTrue(alarmed.contains("1 条印章告警（近七天）") && !alarmed.contains("用印申请待我审批"), "after the stamps: " + alarmed);
        browser.findElement(By.cssSelector("#home-attention a[href$='seals.xhtml']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seals:alarms"), "超次数"));
        Browser.screenshot(browser, "seals-1366");
        browser.findElement(By.cssSelector("#seals\\:alarms a.xz-seal-trace")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trace")));
        assertTrue(browser.findElement(By.id("trace-stamp")).getText().contains("超次数"));
        assertTrue(browser.findElement(By.id("application")).getText().contains("为村民开具居住证明"));
        assertTrue(browser.findElement(By.id("matter")).getText().contains("东村集体厂房公开出租"), "the decision the stamp executed");
        assertTrue(browser.findElement(By.id("detail:approvals")).getText().contains("镇审核员"), "the approver by name");
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "var i = document.querySelector('#trace img.xz-seal-photo'); return i != null && i.complete && i.naturalWidth > 0"),
                "the stamp's photo is shown");
        assertEquals(3, browser.findElements(By.cssSelector("#detail\\:stamps img.xz-seal-thumb")).size());
        Browser.screenshot(browser, "seal-trace-1366");
        phone(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trace")));
        fitsThePhone("the trace");
        Browser.screenshot(browser, "seal-trace-390");
        browser.get(tenantBase + "seals.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seals:alarms")));
        fitsThePhone("the seals and alarms");
        Browser.screenshot(browser, "seals-390");
        browser.get(tenantBase + "seal-applications.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approvals:all")));
        fitsThePhone("the approvals");
        Browser.screenshot(browser, "seal-applications-390");

        browser.get(tenantBase + "seal-stats.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stats\\:chart canvas")));
        assertTrue(browser.findElement(By.id("stats:table")).getText().contains("东村"));
        fitsThePhone("the statistics");
        Browser.screenshot(browser, "seal-stats-390");
        laptop(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stats\\:chart canvas")));
        Browser.screenshot(browser, "seal-stats-1366");
    }

    @Test
    void theCountyAdminRegistersASealInItsTerminalSeesTheSecretOnceAndRetiresTheSealWithAReason() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "sealreg", "南村");
        String code = county.code();
        long village = county.villages()[0];
        String serial = DeviceFixture.serial("SEAL");
        assertEquals(201, api.call("POST", "/api/t/" + code + "/devices", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("serialNumber", serial).add("villageId", village).add("kind", "SEAL").build().toString()).status());
        String tenantBase = base + "t/" + code + "/";

        laptop(browser);
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "seals.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seals:defaults"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seals:classes"), "重大决策事项"));
        assertTrue(browser.findElement(By.id("seals:classes")).getText().contains("乡镇审核员 → 县级管理员"), "the major decision's two steps");

        Browser.pick(browser, "seals:village", "南村");
        browser.findElement(By.id("seals:name")).sendKeys("南村村民委员会");
        Browser.pick(browser, "seals:device", "南村 " + serial);
        browser.findElement(By.id("seals:registerSeal")).click();
        String secret = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret"))).getText();
        assertEquals(43, secret.length(), "the terminal's secret, shown once");
        assertTrue(browser.findElement(By.id("seals:list")).getText().contains(serial));
        assertTrue(browser.findElement(By.id("seals:list")).getText().contains("在用"));
        Browser.screenshot(browser, "seals-register-1366");

        SealTerminalSimulator terminal = new SealTerminalSimulator(URI.create(base.toString()), serial, secret, () -> ServerClock.now(api));
        assertEquals(200, terminal.heartbeat(64, "CLOSED").status(), "the secret on the page is the terminal's");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seals:list"), "64%"));
        assertTrue(browser.findElements(By.id("secret")).isEmpty(), "never shown again");

        phone(browser);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seals:registerSeal")));
        fitsThePhone("the seals page with its forms");
        Browser.screenshot(browser, "seals-register-390");
        laptop(browser);
        browser.navigate().refresh();
        Browser.pick(browser, "seals:retiring", "南村 南村村民委员会");
        browser.findElement(By.id("seals:reason")).sendKeys("印章磨损，已重新刻制");
        browser.findElement(By.id("seals:retire")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seals:list"), "印章磨损，已重新刻制"));
        assertTrue(browser.findElement(By.id("seals:list")).getText().contains("已停用"));
        assertEquals(403, terminal.heartbeat(64, "CLOSED").status(), "a retired seal's terminal is refused");
    }
}
