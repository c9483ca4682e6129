package cn.xiangzhi.centres;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A village opens a dispute on the centres page, records a session and closes it by agreement; the
 * township dashboard counts the village's open disputes (the closed one no more) and overdue requests.
 * The server's clock is pinned to a quiet noon (ServerClock): "overdue" is a day count on the tenant's calendar.
 */
class CentresBrowserIT extends BrowserIT {

    Http api;
    LocalDate today;

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
    void aDisputeIsMediatedOnThePageAndTheDashboardCountsTheVillagesOpenDisputesAndOverdueRequests() {
        Fixtures.County county = Fixtures.countyWithVillages(api, "cenweb", "东庄村", "西庄村");
        String tenantBase = base.toString() + "t/" + county.code() + "/";

        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "centres.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("centres:tabs:openDispute")));
        Browser.pick(browser, "centres:village", "东庄村");
        browser.findElement(By.id("centres:tabs:disputeTitle")).sendKeys("宅基地边界纠纷");
        browser.findElement(By.id("centres:tabs:disputeKind")).sendKeys("土地纠纷");
        browser.findElement(By.id("centres:tabs:parties")).sendKeys("张三\n李四");
        browser.findElement(By.id("centres:tabs:mediator")).sendKeys("王调解");
        browser.findElement(By.id("centres:tabs:openDispute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-status"), "待调解"));

        browser.findElement(By.id("centres:tabs:notes")).sendKeys("双方陈述各自主张");
        browser.findElement(By.id("centres:tabs:holdSession")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-status"), "调解中"));
        browser.findElement(By.id("centres:tabs:agreement")).sendKeys("以村测绘界址为准");
        browser.findElement(By.id("centres:tabs:closeDispute")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dispute-status"), "调解成功"));
        Browser.screenshot(browser, "centres-dispute");

        // besides the dispute closed on the page: one still open, and a service request received ten days ago (seven are allowed)
        String tenant = "/api/t/" + county.code();
        assertEquals(201, api.call("POST", tenant + "/disputes", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("villageId", county.villages()[0]).add("title", "邻里排水纠纷").add("kind", "相邻关系")
                .add("parties", Json.createArrayBuilder().add("赵一").add("钱二")).add("mediator", "王调解").build().toString()).status());
        assertEquals(201, api.call("POST", tenant + "/service-requests", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("villageId", county.villages()[0]).add("applicant", "孙大娘").add("matterType", "养老保险认证")
                .add("receivedOn", today.minusDays(10).toString()).build().toString()).status());

        browser.get(tenantBase + "township.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("township:villages")));
        assertTrue(browser.findElement(By.id("township:villages")).getText().contains("即将到期合同"), "the contracts column");
        assertEquals(List.of("1", "1", "0"), cells("东庄村", ".xz-dashboard-disputes", ".xz-dashboard-requests", ".xz-dashboard-open"),
                "东庄村: one open dispute (the one closed on the page no more), one overdue request, no open matter");
        assertEquals(List.of("0", "0"), cells("西庄村", ".xz-dashboard-disputes", ".xz-dashboard-requests"), "西庄村 has none");
        assertTrue(browser.findElements(By.id("township:exportDashboard")).size() == 1, "the Excel button");
        // the chart draws a bar for each village with something overdue or open, and none for the others
        wait.until(d -> ((JavascriptExecutor) d).executeScript("var c = document.querySelector('#township\\\\:chart canvas');"
                + " return c && window.Chart && Chart.getChart(c) ? true : false;"));
        Object labels = ((JavascriptExecutor) browser).executeScript(
                "return Chart.getChart(document.querySelector('#township\\\\:chart canvas')).data.labels;");
        assertEquals(List.of("东庄村"), labels, "西庄村 has nothing overdue: no bar");
        assertTrue(cells("东庄村", ".xz-dashboard-requests").equals(List.of("1"))
                && browser.findElement(By.cssSelector("#township\\:villages_data .xz-dashboard-requests.xz-off")).isDisplayed(),
                "the overdue request stands out");
        Browser.screenshot(browser, "township-dashboard");
    }

    /** The dashboard's cells of the village's row. */
    private List<String> cells(String village, String... cells) {
        WebElement row = browser.findElements(By.cssSelector("#township\\:villages_data tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".xz-dashboard-village")).getText().equals(village)).findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + village));
        return Arrays.stream(cells).map(c -> row.findElement(By.cssSelector(c)).getText().strip()).toList();
    }
}
