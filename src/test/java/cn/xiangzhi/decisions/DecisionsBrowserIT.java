package cn.xiangzhi.decisions;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A village registers the lease of its river-bank land on the matters page and takes it through the
 * four meetings (attendees ticked from the village's bodies, votes, a scanned minutes file) and both
 * publications; the public page then shows the resolution and the result with their dates.
 */
class DecisionsBrowserIT extends BrowserIT {

    Http api;
    LocalDate today;

    /**
     * The server's clock pinned to a quiet noon (ServerClock): the publication's date is the
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

    @Test
    void aMatterIsTakenThroughEveryStepToItsResultPublicationInTheBrowser() throws Exception {
        Fixtures.County county = Fixtures.countyWithVillages(api, "decweb", "后寨村");
        String code = county.code();
        long village = county.villages()[0];
        DecisionFixture f = new DecisionFixture(api, code, village);
        f.item("PY01", "村集体土地发包租赁", f.procedure("4Y2G"));
        String tenantBase = base.toString() + "t/" + code + "/";

        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "decisions.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decisions:registerMatter")));
        Browser.choose(browser, "decisions:village", Long.toString(village));
        Browser.choose(browser, "decisions:item", Long.toString(itemId(api, code)));
        browser.findElement(By.id("decisions:newTitle")).sendKeys("后寨村600亩黄河滩地公开竞标发包");
        browser.findElement(By.id("decisions:registerMatter")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter-title"), "黄河滩地"));
        List<WebElement> stepper = browser.findElements(By.cssSelector("#stepper .xz-stepper-step"));
        assertEquals(6, stepper.size(), "the procedure as a stepper of its six steps");
        assertTrue(stepper.get(0).getAttribute("class").contains("xz-stepper-next"), "the first step is next");
        assertTrue(stepper.get(0).getText().contains("支部提议"), stepper.get(0).getText());

        meeting(1, 3, 3, 0, null);
        meeting(2, 7, 6, 0, null); // seven seats, six persons: 支委1 sits on both committees
        meeting(3, 5, 5, 0, null);
        Path minutes = Files.createTempFile("minutes", ".png");
        Files.write(minutes, Fixtures.PNG);
        meeting(4, 10, 6, 4, minutes);
        Browser.screenshot(browser, "decisions-resolution");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('stepper').scrollIntoView()");
        Browser.screenshot(browser, "decisions-stepper-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

        publication(5, "决议：600亩滩地公开竞标，底价每亩每年100元");
        publication(6, "竞标结果：每亩每年598元，村集体年增收近30万元");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("matter-status"), "已完成"));
        assertEquals(6, browser.findElements(By.cssSelector("#stepper .xz-stepper-done")).size(), "every step ticked");
        assertTrue(browser.findElement(By.cssSelector("#stepper .xz-stepper-done")).getText().contains(today.toString()), "with its date");
        List<WebElement> outcomes = browser.findElements(By.cssSelector(".xz-step-outcome"));
        assertEquals(6, outcomes.size());
        assertTrue(outcomes.get(3).getText().contains("通过"));
        assertTrue(browser.findElement(By.id("decisions:matter")).getText().contains("minutes"), "the file is listed");
        Browser.screenshot(browser, "decisions-done");

        browser.get(tenantBase + "public/decisions.xhtml?village=" + village);
        String page = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decision-publications"))).getText();
        assertTrue(page.contains("后寨村600亩黄河滩地公开竞标发包"), page);
        assertTrue(page.contains("每亩每年598元") && page.contains("底价每亩每年100元"), page);
        assertTrue(page.contains(today.toString()), "published with its date: " + page);
        Browser.screenshot(browser, "decisions-public");
    }

    @Test
    void theTenantAdminKeepsThePowerListAddsAProcedureAndAVillageItsRepresentatives() {
        Fixtures.County county = Fixtures.countyWithVillages(api, "decpl", "东唐村");
        String code = county.code();
        long village = county.villages()[0];
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);

        browser.get(tenantBase + "power-list.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-procedure-name"), "四议两公开"));
        long fiveSteps = new DecisionFixture(api, code, village).procedure("5Y1B2G");
        browser.findElement(By.id("powerList:code")).sendKeys("DT01");
        browser.findElement(By.id("powerList:name")).sendKeys("土地承包竞标");
        Browser.choose(browser, "powerList:procedure", Long.toString(fiveSteps));
        browser.findElement(By.id("powerList:saveItem")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".xz-power-item"), "土地承包竞标"));
        assertTrue(browser.findElement(By.id("powerList:items")).getText().contains("五议一备两公开"));

        browser.findElement(By.id("powerList:procedureCode")).sendKeys("DT-STRICT");
        browser.findElement(By.id("powerList:procedureName")).sendKeys("东唐村严格决议");
        Browser.choose(browser, "powerList:rows:0:kind", "RESOLUTION");
        browser.findElement(By.id("powerList:rows:0:stepName")).sendKeys("村民代表会议决议");
        Browser.choose(browser, "powerList:rows:0:body", "REPRESENTATIVES");
        browser.findElement(By.id("powerList:rows:0:attendance")).sendKeys("3/4");
        browser.findElement(By.id("powerList:saveProcedure")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "东唐村严格决议"));
        Browser.screenshot(browser, "decisions-power-list");
        String steps = api.call("GET", "/api/t/" + code + "/decision-procedures", "admin", ADMIN_PASSWORD, null).body();
        assertTrue(steps.contains("\"attendance\":\"3/4\""), steps);

        browser.get(tenantBase + "village-bodies.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bodies:village")));
        Browser.choose(browser, "bodies:village", Long.toString(village));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bodies:addMember")));
        Browser.choose(browser, "bodies:seat", "REPRESENTATIVES");
        browser.findElement(By.id("bodies:name")).sendKeys("唐代表");
        browser.findElement(By.id("bodies:addMember")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//span[@class='xz-body-member' and text()='唐代表']")));
        Browser.screenshot(browser, "decisions-village-bodies");
    }

    private static long itemId(Http api, String code) {
        return api.call("GET", "/api/t/" + code + "/power-list", "admin", ADMIN_PASSWORD, null).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** Ticks the first {@code present} attendees, types the votes, adds a file if given, records; waits for the next step. */
    private void meeting(int position, int present, int yes, int no, Path file) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='decisions:next'] h3"), position + "."));
        List<WebElement> boxes = browser.findElements(By.cssSelector("[id='decisions:attendees'] .ui-chkbox-box"));
        assertTrue(boxes.size() >= present, "candidates for step " + position + ": " + boxes.size());
        boxes.subList(0, present).forEach(WebElement::click);
        type("decisions:votesFor", Integer.toString(yes));
        type("decisions:votesAgainst", Integer.toString(no));
        browser.findElement(By.id("decisions:minutes")).sendKeys("会议纪要：第" + position + "步");
        if (file != null) {
            browser.findElement(By.id("decisions:file_input")).sendKeys(file.toAbsolutePath().toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-attachment")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='decisions:next'] h3"), position + "."));
            List<WebElement> again = browser.findElements(By.cssSelector("[id='decisions:attendees'] .ui-chkbox-box.ui-state-active"));
            if (again.size() < present) { // the upload re-rendered the form: tick and type again
                browser.findElements(By.cssSelector("[id='decisions:attendees'] .ui-chkbox-box")).subList(0, present)
                        .forEach(WebElement::click);
                type("decisions:votesFor", Integer.toString(yes));
                type("decisions:votesAgainst", Integer.toString(no));
            }
        }
        browser.findElement(By.id("decisions:recordStep")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".xz-step-outcome"), position));
    }

    private void publication(int position, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='decisions:next'] h3"), position + "."));
        browser.findElement(By.id("decisions:minutes")).sendKeys(text);
        browser.findElement(By.id("decisions:recordStep")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".xz-step-outcome"), position));
    }

    private void type(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
