package cn.xiangzhi.platform;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A village info admin signs in with a real browser and sees their own village only. */
public class VillageAdminBrowserIT extends BrowserIT {


    @Test
    void aVillageAdminSeesOnlyTheirVillageAndCanSwitchToEnglish() {
        Http api = api();
        String code = Fixtures.openCounty(api, "browser").getString("code");
        long root = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        long dongcun = Fixtures.addVillage(api, code, root, "东关村");
        Fixtures.addVillage(api, code, root, "西关村");
        Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", "dongguan").add("displayName", "东关村信息员")
                        .add("role", "VILLAGE_ADMIN").add("scopePlaceId", dongcun).add("password", "village-pass-1")
                        .build().toString());
        assertEquals(201, user.status(), user.body());

        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "dongguan", "village-pass-1");
        WebDriverWait wait = Browser.waiting(browser, 20);
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("东关村信息员"));

        browser.get(tenantBase + "places.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-place-name")));
        List<String> names = browser.findElements(By.cssSelector(".xz-place-name")).stream().map(e -> e.getText()).toList();
        Browser.screenshot(browser, "village-admin-places");
        assertEquals(List.of("东关村"), names, "a village admin sees exactly their village");
        assertFalse(browser.getPageSource().contains("西关村"));
        assertTrue(browser.findElements(By.id("places:rename")).isEmpty(), "a village admin cannot edit the tree");
        assertTrue(browser.findElements(By.id("menu:m-users")).isEmpty(), "nor see user management");

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
        assertTrue(browser.findElement(By.cssSelector(".xz-nav")).getText().contains("Organisation"), "the menu's groups in English");
        assertTrue(browser.findElement(By.cssSelector(".xz-nav")).getAttribute("textContent").contains("Places"), "and their pages");
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** Adds a township (if needed) and a village under {@code root}; returns the village id. */

    @Test
    void aVillageAdminKeepsGridsHouseholdsResidentsAndPartyMembersOnThePages() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "pages", "东关村");
        String code = county.code();
        long east = county.villages()[0];
        assertEquals(201, api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", "dongguan").add("displayName", "东关村信息员").add("role", "VILLAGE_ADMIN")
                        .add("scopePlaceId", east).add("password", "village-pass-1").build().toString()).status());
        assertEquals(201, api.call("POST", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD,
                "{\"code\":\"DG-1\",\"villageId\":" + east + ",\"headName\":\"张一\"}").status());
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "dongguan", "village-pass-1");
        WebDriverWait wait = Browser.waiting(browser, 20);

        browser.get(tenantBase + "grids.xhtml");
        addGrid(wait, "DG", "东关村网格");
        addGrid(wait, "DG-1", "第一微网格");
        WebElement name = browser.findElement(By.id("grids:name"));
        name.clear();
        name.sendKeys("东关第一微网格");
        browser.findElement(By.id("grids:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("grids:tree"), "东关第一微网格"));
        List<JsonObject> grids = api.call("GET", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class);
        JsonObject micro = grids.stream().filter(g -> g.getString("code").equals("DG-1")).findFirst().orElseThrow();
        assertEquals("东关第一微网格", micro.getString("name"));
        assertEquals("MICRO_GRID", micro.getString("level"), "added below the village grid");

        browser.get(tenantBase + "households.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".xz-edit-household"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-title"), "修改住户"));
        Browser.choose(browser, "households:grid", micro.getJsonNumber("id").toString());
        WebElement head = browser.findElement(By.id("households:head"));
        head.clear();
        head.sendKeys("张一一");
        browser.findElement(By.id("households:residentName")).sendKeys("李花");
        Browser.choose(browser, "households:residentGender", "F");
        browser.findElement(By.id("households:addResident")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:residentTable"), "李花"));
        browser.findElement(By.id("households:add")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:table"), "张一一"));
        JsonObject household = api.call("GET", "/api/t/" + code + "/households?q=DG-1", "admin", ADMIN_PASSWORD, null)
                .array().getJsonObject(0);
        assertEquals(micro.getJsonNumber("id").longValue(), household.getJsonNumber("gridId").longValue(), "moved into the micro-grid");
        long resident = api.call("GET", "/api/t/" + code + "/residents?household=" + household.getJsonNumber("id"), "admin",
                ADMIN_PASSWORD, null).array().getJsonObject(0).getJsonNumber("id").longValue();

        browser.get(tenantBase + "party.xhtml");
        Browser.choose(browser, "party:village", String.valueOf(east));
        browser.findElement(By.id("party:branchCode")).sendKeys("DG-PB");
        browser.findElement(By.id("party:branchName")).sendKeys("东关村党支部");
        browser.findElement(By.id("party:addBranch")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".xz-open-branch"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members-title")));
        browser.findElement(By.id("party:householdCode")).sendKeys("DG-1", Keys.TAB);
        wait.until(d -> d.findElement(By.id("party:resident_input")).getAttribute("innerHTML").contains("value=\"" + resident + "\""));
        Browser.choose(browser, "party:resident", String.valueOf(resident));
        browser.findElement(By.id("party:memberCode")).sendKeys("P001");
        browser.findElement(By.id("party:addMember")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("party:memberTable"), "李花"));
        Browser.screenshot(browser, "village-admin-party");
        JsonObject member = api.call("GET", "/api/t/" + code + "/party-members", "admin", ADMIN_PASSWORD, null).array().getJsonObject(0);
        assertEquals(resident, member.getJsonNumber("residentId").longValue(), "the member is linked to the resident");
        assertEquals("李花", member.getString("name"), "and takes the resident's name when none is typed");
    }

    private void addGrid(WebDriverWait wait, String gridCode, String gridName) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grids:childCode"))).sendKeys(gridCode);
        browser.findElement(By.id("grids:childName")).sendKeys(gridName);
        browser.findElement(By.id("grids:addChild")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("grids:name"), "value", gridName));
    }
}
