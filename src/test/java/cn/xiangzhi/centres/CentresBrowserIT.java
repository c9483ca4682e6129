package cn.xiangzhi.centres;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A village opens a dispute on the centres page, records a session and closes it by agreement; the township dashboard counts it. */
class CentresBrowserIT extends BrowserIT {

    @Test
    void aDisputeIsMediatedOnThePageAndTheDashboardShowsTheVillage() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "cenweb", "东庄村");
        String tenantBase = base.toString() + "t/" + county.code() + "/";

        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "centres.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("centres:tabs:openDispute")));
        Browser.choose(browser, "centres:village", Long.toString(county.villages()[0]));
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

        browser.get(tenantBase + "township.xhtml");
        String table = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("township:villages"))).getText();
        assertTrue(table.contains("东庄村") && table.contains("即将到期合同"), table);
        assertTrue(browser.findElements(By.id("township:exportDashboard")).size() == 1, "the Excel button");
        Browser.screenshot(browser, "township-dashboard");
    }
}
