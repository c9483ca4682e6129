package cn.xiangzhi.kiosk;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A villager in front of the kiosk in the village office, on a 1920×1080 and a 1080×1920 screen: a
 * board of large tabs (one section at a time, turning by itself), a clock and the date in the
 * tenant's zone, the ranking's top ten with medals, the notices with their photos, the village's
 * name as the headline; the language switch; the refusal page of a kiosk without a token; and no
 * medal where nobody has points.
 */
class KioskBrowserIT extends BrowserIT {

    Http api;
    String code;
    long village;
    String divisionCode;

    Http.Reply admin(String method, String path, String json) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, json);
    }

    /** A village of three grids with points this month (6, 4 and 2), its month published, and a notice with a photo. */
    String aVillageWithABoard() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "kioskweb", "东关村");
        code = county.code();
        village = county.villages()[0];
        divisionCode = admin("GET", "/places/" + village, null).json().getString("divisionCode");
        String month = YearMonth.from(ServerClock.today(api)).toString();
        String[] grids = {"东关一组", "东关二组", "东关三组"};
        StringBuilder proposals = new StringBuilder();
        for (int g = 0; g < grids.length; g++) {
            long grid = Fixtures.created(admin("POST", "/grids", Json.createObjectBuilder().add("villageId", village)
                    .add("level", "VILLAGE_GRID").add("code", "G" + g).add("name", grids[g]).add("leaderName", "组长" + g).build().toString()));
            long household = Fixtures.created(admin("POST", "/households", Json.createObjectBuilder().add("code", "E" + g)
                    .add("villageId", village).add("gridId", grid).add("headName", "户主" + g).build().toString()));
            long item = Fixtures.created(admin("POST", "/points-items", Json.createObjectBuilder().add("code", "DEED" + g)
                    .add("name", "好人好事" + g).add("kind", "MORALITY").add("points", 6 - 2 * g)
                    .add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN")).build().toString()));
            for (JsonObject p : admin("POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item).add("month", month)
                    .add("householdIds", Json.createArrayBuilder().add(household)).build().toString()).array().getValuesAs(JsonObject.class)) {
                proposals.append(proposals.isEmpty() ? "" : ",").append(p.getJsonNumber("id"));
            }
        }
        admin("POST", "/points-proposals/confirm", "{\"ids\":[" + proposals + "]}");
        admin("POST", "/points-months", "{\"villageId\":" + village + ",\"month\":\"" + month + "\"}");
        long notice = Fixtures.created(admin("POST", "/notices", "{\"placeId\":" + village
                + ",\"kind\":\"VILLAGE_AFFAIRS\",\"title\":\"村务公开：东关路硬化工程\",\"body\":\"工程造价12万元，12月底完工。\"}"));
        Http.Reply photo = api.upload("/api/t/" + code + "/notices/" + notice + "/files?name=photo.png", "admin", ADMIN_PASSWORD,
                Fixtures.PNG, "image/png");
        assertEquals(201, photo.status(), photo.body());
        return admin("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"东关村村委会\"}").json().getString("secret");
    }

    String kiosk() {
        return base + "t/" + code + "/kiosk/" + village;
    }

    JavascriptExecutor js() {
        return (JavascriptExecutor) browser;
    }

    double number(String script) {
        return ((Number) js().executeScript(script)).doubleValue();
    }

    List<String> shownPanels() {
        return browser.findElements(By.cssSelector(".xz-kiosk-panel")).stream().filter(WebElement::isDisplayed)
                .map(e -> e.getAttribute("id")).toList();
    }

    @Test
    void theKioskIsABoardOfTabsWithAClockOnALandscapeAndAPortraitScreen() {
        String secret = aVillageWithABoard();
        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(kiosk() + "?token=" + secret);
        wait.until(ExpectedConditions.attributeContains(By.id("tab-points"), "class", "is-active"));

        // a board, not a long page: one section at a time, nothing beyond the screen
        assertEquals(List.of("panel-points"), shownPanels());
        assertTrue(number("return document.documentElement.scrollHeight") <= number("return window.innerHeight") + 1,
                "the board fits the screen; a section scrolls inside it");
        assertTrue(number("return document.documentElement.scrollWidth") <= number("return window.innerWidth"));
        assertEquals("东关村", browser.findElement(By.id("kiosk-village")).getText(), "the village is the headline");
        assertTrue(number("return parseFloat(getComputedStyle(document.getElementById('kiosk-village')).fontSize)") >= 40);
        assertFalse(browser.findElement(By.cssSelector(".xz-kiosk-head")).getText().contains(divisionCode),
                "the division code is not in the headline");
        for (WebElement tab : browser.findElements(By.cssSelector(".xz-kiosk-tab"))) {
            assertTrue(tab.getSize().getHeight() >= 48 && tab.getSize().getWidth() >= 48, "a finger's target: " + tab.getText());
        }

        // the clock and the date are the tenant's (Asia/Shanghai), whatever the server's or the browser's zone
        ZonedDateTime now = ServerClock.now(api).atZone(ServerClock.TENANT_ZONE);
        LocalTime shown = LocalTime.parse(browser.findElement(By.id("kiosk-time")).getText());
        long apart = Math.abs(Duration.between(now.toLocalTime().withSecond(0).withNano(0), shown).toMinutes());
        assertTrue(apart <= 1 || apart >= 24 * 60 - 1, "the kiosk shows " + shown + " at " + now);
        String date = browser.findElement(By.id("kiosk-date")).getText();
        assertTrue(date.contains(now.getYear() + "年") && date.contains("星期"), "the date in words: " + date);

        assertTrue(browser.findElement(By.cssSelector("tr[data-household='E0'] .xz-board-final")).getText().equals("6"),
                "the month's points are the first tab");
        browser.findElement(By.id("tab-rankings")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-rankings")));
        assertEquals(List.of("panel-rankings"), shownPanels());
        List<WebElement> rows = browser.findElements(By.cssSelector("#kiosk-rankings .xz-ranking-row"));
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).getText().contains("东关一组"), rows.get(0).getText());
        WebElement gold = rows.get(0).findElement(By.cssSelector(".xz-medal"));
        assertEquals("金", gold.getText());
        assertTrue(gold.getAttribute("class").contains("xz-medal-GOLD"));
        Browser.screenshot(browser, "kiosk-landscape-ranking");

        browser.findElement(By.id("tab-notices")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kiosk-notices .xz-notice-title")));
        assertTrue(browser.findElement(By.id("kiosk-notices")).getText().contains("东关路硬化工程"));
        WebElement image = browser.findElement(By.cssSelector("#kiosk-notices img.xz-notice-image"));
        wait.until(d -> number("return arguments[0].naturalWidth", image) > 0);
        Browser.screenshot(browser, "kiosk-landscape-notices");
        browser.findElement(By.id("tab-points")).click();
        Browser.screenshot(browser, "kiosk-landscape");

        // portrait: the tabs in rows above the section
        browser.manage().window().setSize(new Dimension(1080, 1920));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeContains(By.id("tab-points"), "class", "is-active"));
        WebElement panel = browser.findElement(By.id("panel-points"));
        List<WebElement> tabs = browser.findElements(By.cssSelector(".xz-kiosk-tab"));
        int tabsBottom = tabs.stream().mapToInt(t -> t.getLocation().getY() + t.getSize().getHeight()).max().orElseThrow();
        assertTrue(tabsBottom <= panel.getLocation().getY(), "the tabs above the section");
        Set<Integer> rowsOfTabs = tabs.stream().map(t -> t.getLocation().getY()).collect(Collectors.toSet());
        assertEquals(2, rowsOfTabs.size(), "nine tabs in two rows");
        assertTrue(number("return document.documentElement.scrollWidth") <= number("return window.innerWidth"));
        Browser.screenshot(browser, "kiosk-portrait");

        // a phone that opens the kiosk's address: the tabs in rows, nothing wider than the screen
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.attributeContains(By.id("tab-points"), "class", "is-active"));
        assertTrue(number("return document.documentElement.scrollWidth") <= number("return window.innerWidth"), "fits a phone");
        for (WebElement tab : browser.findElements(By.cssSelector(".xz-kiosk-tab"))) {
            assertTrue(tab.getSize().getHeight() >= 48, "a finger's target on a phone: " + tab.getText());
        }
        Browser.screenshot(browser, "kiosk-390");

        // left alone, the board turns to the next section by itself
        browser.get(kiosk() + "?rotate=1");
        wait.until(ExpectedConditions.attributeContains(By.id("tab-rankings"), "class", "is-active"));
        assertEquals(List.of("panel-rankings"), shownPanels());
    }

    double number(String script, Object argument) {
        return ((Number) js().executeScript(script, argument)).doubleValue();
    }

    @Test
    void theKioskSwitchesToEnglishSaysInChineseWhenItHasNoTokenAndGivesNoMedalsWithoutPoints() {
        String secret = aVillageWithABoard();
        browser.manage().window().setSize(new Dimension(1920, 1080));
        browser.get(kiosk() + "?token=" + secret);
        wait.until(ExpectedConditions.attributeContains(By.id("tab-points"), "class", "is-active"));
        assertEquals("本月积分", browser.findElement(By.id("tab-points")).getText());
        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-points"), "Points"));
        assertTrue(browser.findElement(By.id("kiosk-date")).getText().matches(".*[A-Z][a-z]+day.*"),
                "the date in English: " + browser.findElement(By.id("kiosk-date")).getText());
        browser.findElement(By.id("lang-zh")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tab-points"), "本月积分"));

        browser.manage().deleteAllCookies();
        browser.get(kiosk());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kiosk-refused")));
        assertEquals("本机未获授权或授权已撤销", browser.findElement(By.cssSelector("#kiosk-refused h1")).getText());
        assertTrue(number("return parseFloat(getComputedStyle(document.querySelector('#kiosk-refused h1')).fontSize)") >= 28,
                "large type, styled");
        assertEquals("rgb(255, 255, 255)", js().executeScript("return getComputedStyle(document.getElementById('kiosk-refused')).backgroundColor"),
                "a card on the page");
        Browser.screenshot(browser, "kiosk-refused");

        // a village where nobody has points yet: its grids are listed, none wins a medal
        long quiet = Fixtures.addVillage(api, code, Fixtures.rootPlace(api, code).getJsonNumber("id").longValue(), "西关村");
        for (String grid : new String[]{"西关一组", "西关二组"}) {
            long id = Fixtures.created(admin("POST", "/grids", Json.createObjectBuilder().add("villageId", quiet)
                    .add("level", "VILLAGE_GRID").add("code", "Q" + grid.hashCode()).add("name", grid).build().toString()));
            Fixtures.created(admin("POST", "/households", Json.createObjectBuilder().add("code", "Q" + id).add("villageId", quiet)
                    .add("gridId", id).add("headName", "户主").build().toString()));
        }
        String quietSecret = admin("POST", "/kiosk-tokens", "{\"villageId\":" + quiet + ",\"label\":\"西关村\"}").json().getString("secret");
        browser.get(base + "t/" + code + "/kiosk/" + quiet + "?token=" + quietSecret);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-rankings"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-rankings")));
        assertTrue(browser.findElement(By.id("kiosk-rankings")).getText().contains("西关一组"), "the grids are ranked");
        assertTrue(browser.findElements(By.cssSelector("#kiosk-rankings .xz-medal")).stream().noneMatch(WebElement::isDisplayed),
                "no points, no medal");
        Browser.screenshot(browser, "kiosk-no-points");
    }
}
