package cn.xiangzhi.notices;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The village info admin publishes the month's finance disclosure with its photo on the notices
 * page, on a phone and on a laptop, sees it on the list and on the village's public notices, and
 * withdraws it with a reason.
 */
class NoticesBrowserIT extends BrowserIT {

    @Test
    void aVillageAdminPublishesADisclosureWithAPhotoAndWithdrawsIt() throws IOException {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "ntcweb", "东关村");
        String code = county.code();
        long east = county.villages()[0];
        assertEquals(201, api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                "{\"username\":\"13700000021\",\"displayName\":\"王信息\",\"role\":\"VILLAGE_ADMIN\",\"scopePlaceId\":" + east
                        + ",\"password\":\"clerk-pass-1\"}").status());
        String tenantBase = base + "t/" + code + "/";
        browser.manage().window().setSize(new Dimension(390, 844));
        Browser.login(browser, tenantBase, "13700000021", "clerk-pass-1");
        browser.get(tenantBase + "notices.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notices:publish")));
        assertEquals("东关村", browser.findElement(By.id("notices:place_label")).getText(),
                "a village admin's only place is chosen already");
        Browser.pick(browser, "notices:kind", "财务公开");
        browser.findElement(By.id("notices:title")).sendKeys("十一月财务公开");
        browser.findElement(By.id("notices:body")).sendKeys("收入12,000元，支出8,500元，明细见照片。");
        Path photo = Files.createTempFile("finance", ".png");
        Files.write(photo, Fixtures.PNG);
        browser.findElement(By.id("notices:file_input")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:files"), "finance"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the form fits the phone");
        Browser.screenshot(browser, "notices-form-390");
        browser.findElement(By.id("notices:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "十一月财务公开"));
        assertTrue(browser.findElement(By.id("notices:table")).getText().contains("王信息"), "the publisher by name");

        JsonObject stored = api.call("GET", "/api/t/" + code + "/notices", "admin", ADMIN_PASSWORD, null).array().getJsonObject(0);
        assertEquals("FINANCE", stored.getString("kind"));
        assertEquals(1, stored.getJsonArray("files").size(), "the photo went with it");
        String board = session().get("/t/" + code + "/public/notices.xhtml?village=" + east).body();
        assertTrue(board.contains("十一月财务公开") && board.contains("/public/notice-files/"), board);

        browser.manage().window().setSize(new Dimension(1366, 768));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "十一月财务公开"));
        Browser.screenshot(browser, "notices-1366");
        browser.findElement(By.cssSelector("#notices\\:table button.ui-button-danger")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notices:reason"))).sendKeys("金额有误，重新公开");
        browser.findElement(By.id("notices:withdraw")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notices:table"), "暂无公告"));
        assertEquals("金额有误，重新公开", api.call("GET", "/api/t/" + code + "/notices/" + stored.getJsonNumber("id"), "admin",
                ADMIN_PASSWORD, null).json().getString("withdrawReason"));
        assertTrue(!session().get("/t/" + code + "/public/notices.xhtml?village=" + east).body().contains("十一月财务公开"),
                "off the board");

        // the monthly check: the withdrawn disclosure no longer counts, so the village is missing its finance disclosure
        browser.get(tenantBase + "disclosures.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("disclosures:table"), "东关村"));
        assertTrue(browser.findElement(By.id("summary")).getText().contains("1"), "one village, not complete");
        assertEquals(3, browser.findElements(By.cssSelector("#disclosures\\:table .xz-missing")).size());
        Browser.screenshot(browser, "disclosures-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("disclosures:table"), "东关村"));
        assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                "the check fits a phone");
        Browser.screenshot(browser, "disclosures-390");
    }
}
