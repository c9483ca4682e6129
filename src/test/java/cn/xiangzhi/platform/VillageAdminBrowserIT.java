package cn.xiangzhi.platform;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A village info admin signs in with a real browser and sees their own village only. */
public class VillageAdminBrowserIT extends ApplicationIT {

    WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

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
        browser.get(tenantBase + "login.xhtml");
        browser.findElement(By.id("username")).sendKeys("dongguan");
        browser.findElement(By.id("password")).sendKeys("village-pass-1");
        browser.findElement(By.id("login-submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.urlContains("/t/" + code + "/index.xhtml"));
        assertTrue(browser.findElement(By.id("current-user")).getText().contains("东关村信息员"));

        browser.get(tenantBase + "places.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-place-name")));
        List<String> names = browser.findElements(By.cssSelector(".xz-place-name")).stream().map(e -> e.getText()).toList();
        Browser.screenshot(browser, "village-admin-places");
        assertEquals(List.of("东关村"), names, "a village admin sees exactly their village");
        assertFalse(browser.getPageSource().contains("西关村"));
        assertTrue(browser.findElements(By.id("places:rename")).isEmpty(), "a village admin cannot edit the tree");
        assertTrue(browser.findElements(By.id("menu:m-users")).isEmpty(), "nor see user management");

        browser.findElement(By.id("lang:en")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang:zh")));
        assertTrue(browser.findElement(By.cssSelector(".xz-nav")).getText().contains("Places"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
    }

    /** Adds a township (if needed) and a village under {@code root}; returns the village id. */
}
