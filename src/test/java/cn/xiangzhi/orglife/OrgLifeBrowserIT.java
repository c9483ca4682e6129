package cn.xiangzhi.orglife;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The township reviewer rejects a village's meeting record with a reason in a real browser, and sees what villages still owe. */
class OrgLifeBrowserIT extends BrowserIT {

    @Test
    void theTownshipReviewerRejectsAMeetingWithAReasonOnThePage() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "orgb", "三会村");
        String code = county.code();
        long village = county.villages()[0];
        long township = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("level").equals("TOWNSHIP")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(201, api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("username", "reviewer").add("displayName", "镇审核员").add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township)
                .add("password", "reviewer-pass-1").build().toString()).status());
        long type = api.call("POST", "/api/t/" + code + "/meeting-types/defaults", "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("BRANCH_COMMITTEE")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        Fixtures.created(api.call("POST", "/api/t/" + code + "/meetings", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("villageId", village).add("typeId", type).add("startsAt", "2026-11-05T09:00").add("endsAt", "2026-11-05T10:00")
                .add("place", "村党群服务中心").build().toString()));

        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "reviewer", "reviewer-pass-1");
        browser.get(tenantBase + "meetings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings:month")));
        browser.findElement(By.id("meetings:month")).sendKeys("2026-11");
        browser.findElement(By.id("meetings:show")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:board"), "2026-11-01"));
        assertTrue(browser.findElement(By.id("meetings:board")).getText().contains("0 / 5"), "weekly: five Mondays in November, none held");

        Browser.pick(browser, "meetings:meeting", "三会村 支部委员会 2026-11-05 09:00");
        browser.findElement(By.id("meetings:reason")).sendKeys("无会议照片");
        browser.findElement(By.id("meetings:reject")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meetings:table"), "已退回"));
        assertTrue(browser.findElement(By.id("meetings:table")).getText().contains("无会议照片"), "the reason is shown with the meeting");
        Browser.screenshot(browser, "meetings-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(tenantBase + "meetings.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetings:table")));
        Browser.screenshot(browser, "meetings-390");
    }
}
