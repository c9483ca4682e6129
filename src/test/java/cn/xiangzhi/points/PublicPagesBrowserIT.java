package cn.xiangzhi.points;

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
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A household reads the village's public board on a phone (390×844) over a slow link: the board fits
 * the screen as cards, the page switches to English, it weighs little (compressed, no PrimeFaces
 * scripts or theme) and it prints. Figures of the page's weight are printed, and held to a budget.
 */
class PublicPagesBrowserIT extends BrowserIT {

    /** What a first visit may transfer at most: a few seconds on a 250 kbit/s village link. */
    static final long BUDGET_BYTES = 60 * 1024;

    @Test
    void theBoardFitsAPhoneSwitchesLanguageWeighsLittleAndPrints() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "pubweb", "东关村");
        String code = county.code();
        long east = county.villages()[0];
        String[][] households = {{"E1", "欧阳建国"}, {"E2", "李二"}};
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = Fixtures.created(admin(api, code, "POST", "/households", Json.createObjectBuilder().add("code", households[i][0])
                    .add("villageId", east).add("headName", households[i][1]).build().toString()));
        }
        long item = Fixtures.created(admin(api, code, "POST", "/points-items", Json.createObjectBuilder().add("code", "CLEAN")
                .add("name", "参加村庄清理").add("kind", "MORALITY").add("points", 5)
                .add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN")).build().toString()));
        String month = YearMonth.from(ServerClock.today(api)).toString();
        String proposals = admin(api, code, "POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item)
                .add("month", month).add("householdIds", Json.createArrayBuilder().add(ids[0]).add(ids[1])).build().toString())
                .array().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").toString())
                .reduce((a, b) -> a + "," + b).orElseThrow();
        admin(api, code, "POST", "/points-proposals/confirm", "{\"ids\":[" + proposals + "]}");
        admin(api, code, "POST", "/points-months", "{\"villageId\":" + east + ",\"month\":\"" + month + "\"}");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "t/" + code + "/public/points.xhtml?village=" + east);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-household='E1']")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertTrue((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"),
                "nothing wider than the phone");
        assertEquals("none", js.executeScript("return getComputedStyle(document.querySelector('.xz-board-table thead')).display"),
                "the board is cards on a phone");
        Number nameHeight = (Number) js.executeScript(
                "return document.querySelector(\"tr[data-household='E1'] td:nth-child(2)\").getBoundingClientRect().height");
        assertTrue(nameHeight.doubleValue() < 40, "a name is one line, not a character per line: " + nameHeight + " px");
        Browser.screenshot(browser, "public-board-390");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) js.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(e => ({name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize}))");
        long transferred = loaded.stream().mapToLong(e -> ((Number) e.get("transfer")).longValue()).sum();
        long decoded = loaded.stream().mapToLong(e -> ((Number) e.get("decoded")).longValue()).sum();
        System.out.printf("public board, first visit: %d files, %.1f KB transferred, %.1f KB unpacked, %.1f s at 250 kbit/s%n",
                loaded.size(), transferred / 1024.0, decoded / 1024.0, transferred * 8 / 250_000.0);
        assertFalse(loaded.stream().anyMatch(e -> String.valueOf(e.get("name")).contains("ln=primefaces")),
                "no PrimeFaces script or stylesheet on a public page: " + loaded);
        for (Map<String, Object> e : loaded) {
            long decodedSize = ((Number) e.get("decoded")).longValue();
            String name = String.valueOf(e.get("name"));
            if (decodedSize > 1024 && !name.matches(".*\\.(png|svg|jpg|webp).*")) {
                assertTrue(((Number) e.get("encoded")).longValue() < decodedSize, "compressed: " + name + " " + e);
            }
        }
        assertTrue(transferred <= BUDGET_BYTES, "a first visit transfers " + transferred + " bytes, budget " + BUDGET_BYTES);

        browser.findElement(By.id("lang-en")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("lang-zh")));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("points-board")).getText().contains("E1"), "the same board in English");

        browser.manage().window().setSize(new Dimension(1366, 768));
        String paper = Browser.printed(browser);
        assertTrue(paper.contains("E1") && paper.contains("E2") && paper.contains("李"), "the board prints: " + paper);

        // a staff page prints its content too, without the menu
        String tenantBase = base + "t/" + code + "/";
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "households.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:table"), "E1"));
        String staffPaper = Browser.printed(browser);
        assertTrue(staffPaper.contains("E1") && staffPaper.contains("E2") && staffPaper.contains("欧阳"),
                "the households page prints: " + staffPaper);
        String menuWord = browser.findElement(By.id("menu:m-audit")).getAttribute("textContent").strip();
        assertFalse(menuWord.isEmpty());
        assertFalse(staffPaper.contains(menuWord), "the menu does not: " + staffPaper);
    }

    private static Http.Reply admin(Http api, String code, String method, String path, String body) {
        Http.Reply reply = api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
        assertTrue(reply.status() < 300, method + " " + path + " → " + reply.status() + " " + reply.body());
        return reply;
    }
}
