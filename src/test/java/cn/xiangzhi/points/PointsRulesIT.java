package cn.xiangzhi.points;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Points rules as tenant settings, the negative list and the Excel exports. */
class PointsRulesIT extends ApplicationIT {

    private static final String PASSWORD = "rules-pass-1";

    /**
     * Today, this month and this quarter on the server's clock, pinned to a quiet noon (ServerClock):
     * the tenant's (Asia/Shanghai), not the test JVM's (UTC), which differ every day from 16:00 UTC
     * (objection deadlines) and on the last day of a month or quarter.
     */
    LocalDate today;
    String month;
    String quarter;
    Http api;
    String code;
    long east;
    long west;
    List<Long> households = new ArrayList<>();

    /**
     * A village with four households: E1 and E2 in household group G1, E3 in G2, E4 in no grid; both
     * groups under micro-grid MG under village grid VG, led from E1. E1 has +4, E2 +2, E3 −5 this month.
     */
    @BeforeEach
    void aVillageWithGridsAndPoints() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
        month = YearMonth.from(today).toString();
        quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        Fixtures.County county = Fixtures.countyWithVillages(api, "rul", "东村", "西村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        for (int i = 1; i <= 4; i++) {
            households.add(created(admin("POST", "/households",
                    "{\"code\":\"E" + i + "\",\"villageId\":" + east + ",\"headName\":\"东户" + i + "\"}")));
        }
        long township = admin("GET", "/places", null).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("level").equals("TOWNSHIP")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        for (String[] user : new String[][]{{"chief", "GRID_CHIEF", String.valueOf(east)}, {"info", "VILLAGE_ADMIN", String.valueOf(east)},
                {"reviewer", "TOWNSHIP_REVIEWER", String.valueOf(township)}, {"westchief", "GRID_CHIEF", String.valueOf(west)}}) {
            assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", user[0]).add("displayName", user[0])
                    .add("role", user[1]).add("scopePlaceId", Long.parseLong(user[2])).add("password", PASSWORD).build()
                    .toString()).status());
        }
        long vg = grid("VG", null, "VILLAGE_GRID", households.get(0));
        long mg = grid("MG", vg, "MICRO_GRID", null);
        long g1 = grid("G1", mg, "HOUSEHOLD_GROUP", null);
        long g2 = grid("G2", mg, "HOUSEHOLD_GROUP", null);
        long[] gridOf = {g1, g1, g2};
        for (int i = 0; i < 3; i++) {
            assertEquals(200, admin("PUT", "/households/" + households.get(i), "{\"villageId\":" + east + ",\"gridId\":" + gridOf[i]
                    + ",\"headName\":\"东户" + (i + 1) + "\"}").status());
        }
        List<Long> ids = new ArrayList<>();
        int[] points = {4, 2, -5};
        for (int i = 0; i < 3; i++) {
            long item = created(admin("POST", "/points-items", Json.createObjectBuilder().add("code", "I" + i).add("name", "指标" + i)
                    .add("kind", "MORALITY").add("points", points[i]).add("evidenceRequired", false)
                    .add("proposers", Json.createArrayBuilder().add("GRID_CHIEF")).build().toString()));
            ids.add(as("info", "POST", "/points-proposals", "{\"itemId\":" + item + ",\"householdIds\":[" + households.get(i)
                    + "],\"month\":\"" + month + "\",\"note\":\"村庄清理\"}").array().getJsonObject(0).getJsonNumber("id").longValue());
        }
        assertEquals(3, as("info", "POST", "/points-proposals/confirm", "{\"ids\":" + ids + "}").json().getInt("confirmed"));
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void rulesChangeTheLeaderWeightTheRankingTiersAndBonusesAndTheDefaultObjectionPeriod() {
        JsonObject defaults = as("chief", "GET", "/points-rules", null).json();
        assertFalse(defaults.containsKey("id"), "no stored rules yet: " + defaults);
        assertEquals("0.50", defaults.getJsonNumber("ownWeight").toString());
        assertEquals(List.of(10, 30, 50, 30, 20, 10, 7), rules(defaults));
        assertEquals("2.17", leaderScore("VG"), "0.5 × 4 + 0.5 × (4 + 2 − 5) / 3");
        assertEquals(List.of("G1:GOLD:30:{\"E1\":15,\"E2\":15}", "G2:NONE:0:{}"), ranking("HOUSEHOLD_GROUP"));

        assertEquals(403, as("chief", "PUT", "/points-rules", body("0.8", 50, 60, 100, 40, 7, 3, 3)).status());
        Http.Reply saved = admin("PUT", "/points-rules", body("0.8", 50, 60, 100, 40, 7, 3, 3));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.json().getString("updatedBy").endsWith("/admin"));
        long id = saved.json().getJsonNumber("id").longValue();
        assertEquals(List.of(50, 60, 100, 40, 7, 3, 3), rules(as("chief", "GET", "/points-rules", null).json()));
        assertEquals(200, admin("GET", "/points-rules/" + id, null).status());

        assertEquals("3.27", leaderScore("VG"), "0.8 × 4 + 0.2 × 0.33");
        assertEquals(List.of("G1:GOLD:40:{\"E1\":20,\"E2\":20}", "G2:NONE:0:{}"), ranking("HOUSEHOLD_GROUP"),
                "top 50% gold with the new bonus; top 60% silver (⌈2 × 0.6⌉ = 2) reaches G2, but its −5 wins no medal");

        Http.Reply closed = as("info", "POST", "/points-months", "{\"villageId\":" + east + ",\"month\":\"" + month + "\"}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals(today.plusDays(3).toString(), closed.json().getString("objectionUntil"),
                "a month closed without objection days gets the tenant's period");
        Http.Reply earlier = as("info", "POST", "/points-months", "{\"villageId\":" + east + ",\"month\":\""
                + YearMonth.from(today).minusMonths(1) + "\",\"objectionDays\":10}");
        assertEquals(today.plusDays(10).toString(), earlier.json().getString("objectionUntil"),
                "the closer's own period still wins");
    }

    @Test
    void invalidRulesAreRefusedWithTheirReasonAndChangeNothing() {
        assertEquals(200, admin("PUT", "/points-rules", body("0.6", 20, 40, 60, 50, 25, 5, 10)).status());
        assertRefused(admin("PUT", "/points-rules", body("0.6", 30, 30, 60, 50, 25, 5, 10)), "error.pointsRules.tiers");
        assertRefused(admin("PUT", "/points-rules", body("0.6", 20, 40, 101, 50, 25, 5, 10)), "error.pointsRules.tiers");
        assertRefused(admin("PUT", "/points-rules", body("1.5", 20, 40, 60, 50, 25, 5, 10)), "error.pointsRules.ownWeight");
        assertRefused(admin("PUT", "/points-rules", body("0.6", 20, 40, 60, 50, -1, 5, 10)), "error.pointsRules.bonus");
        assertRefused(admin("PUT", "/points-rules", body("0.6", 20, 40, 60, 50, 25, 5, 31)), "error.pointsRules.objectionDays");
        assertRefused(admin("PUT", "/points-rules", "{\"ownWeight\":0.6,\"goldPercent\":20}"), "error.pointsRules.missing");
        assertEquals(403, as("reviewer", "PUT", "/points-rules", body("0.6", 20, 40, 60, 50, 25, 5, 10)).status());
        JsonObject stored = admin("GET", "/points-rules", null).json();
        assertEquals("0.60", stored.getJsonNumber("ownWeight").toString());
        assertEquals(List.of(20, 40, 60, 50, 25, 5, 10), rules(stored), "nothing of the refused rules was written");
    }

    @Test
    void aRestrictedHouseholdGetsNoRankingShareItIsWithheldAndLiftingRestoresIt() {
        assertEquals(403, as("chief", "POST", "/household-restrictions", restriction(households.get(1), "NO_BONUS")).status(),
                "a grid chief cannot place a restriction");
        long noBonus = created(as("reviewer", "POST", "/household-restrictions", restriction(households.get(1), "NO_BONUS")));
        Http.Reply byCode = as("reviewer", "POST", "/household-restrictions",
                "{\"householdCode\":\"E1\",\"kind\":\"NO_REDEEM\",\"reason\":\"违规占道经营\",\"until\":\"" + today.plusMonths(3) + "\"}");
        long noRedeem = created(byCode);
        assertEquals(households.get(0), byCode.json().getJsonNumber("householdId").longValue());
        assertRefused(as("reviewer", "POST", "/household-restrictions", restriction(households.get(1), "NO_BONUS")), 409,
                "error.restriction.overlap");
        assertRefused(as("reviewer", "POST", "/household-restrictions", "{\"householdId\":" + households.get(2)
                + ",\"kind\":\"NO_HONOUR\",\"reason\":\" \"}"), 400, "error.restriction.reason");
        assertEquals(404, as("westchief", "GET", "/household-restrictions/" + noBonus, null).status(), "out of scope");

        assertEquals(List.of("E1:NO_REDEEM", "E2:NO_BONUS"), as("chief", "GET", "/household-restrictions?village=" + east, null)
                .array().getValuesAs(JsonObject.class).stream().map(r -> r.getString("householdCode") + ":" + r.getString("kind"))
                .toList(), "everyone who reads points sees the negative list");
        assertEquals(List.of("NO_REDEEM"), balanceRestrictions(households.get(0)));
        assertEquals(List.of(), balanceRestrictions(households.get(2)));

        Http.Reply award = as("info", "POST", "/points-scores/ranking/award", award("HOUSEHOLD_GROUP"));
        assertEquals(200, award.status(), award.body());
        assertEquals(1, award.json().getInt("lines"), "E2's share of G1's gold bonus is withheld");
        assertEquals(15, award.json().getInt("points"), "and not given to E1, whose share stays 15");
        assertEquals(List.of(15), bonuses(households.get(0)));
        assertEquals(List.of(), bonuses(households.get(1)));

        Http.Reply page = reviewerPage();
        assertTrue(page.body().contains("xz-restricted-household\">E2<"), "the negative list page lists E2");

        assertEquals(403, as("chief", "POST", "/household-restrictions/" + noBonus + "/lifting", "{\"reason\":\"已整改\"}").status());
        assertRefused(as("reviewer", "POST", "/household-restrictions/" + noBonus + "/lifting", "{\"reason\":\"\"}"), 400,
                "error.restriction.reason");
        Http.Reply lifted = as("reviewer", "POST", "/household-restrictions/" + noBonus + "/lifting", "{\"reason\":\"已整改到位\"}");
        assertEquals(200, lifted.status(), lifted.body());
        assertEquals("已整改到位", lifted.json().getString("liftReason"));
        assertFalse(lifted.json().getBoolean("inForce"));
        assertRefused(as("reviewer", "POST", "/household-restrictions/" + noBonus + "/lifting", "{\"reason\":\"再次\"}"), 409,
                "error.restriction.lifted");
        assertEquals(200, admin("GET", "/household-restrictions/" + noBonus, null).status(), "a lifted restriction stays on record");
        assertEquals(200, admin("POST", "/household-restrictions/" + noRedeem + "/lifting", "{\"reason\":\"已缴清\"}").status());
        assertEquals(List.of(), balanceRestrictions(households.get(0)), "lifting restores redeeming");
        assertEquals(List.of(), as("chief", "GET", "/household-restrictions?household=" + households.get(1), null)
                .array().getValuesAs(JsonObject.class));

        Http.Reply micro = as("info", "POST", "/points-scores/ranking/award", award("MICRO_GRID"));
        assertEquals(3, micro.json().getInt("lines"), "after lifting, E2 shares again: " + micro.body());
        assertEquals(List.of(10), bonuses(households.get(1)));
    }

    @Test
    void exportsAreWorkbooksWithTheLedgerTheScoresAndTheRanking() throws IOException {
        Http.Download lines = download("chief", "/points-lines/export.xlsx?villageId=" + east + "&month=" + month);
        assertEquals(200, lines.status());
        assertTrue(lines.header("content-type").startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertTrue(lines.header("content-disposition").contains("filename*=UTF-8''%E7%A7%AF%E5%88%86%E5%8F%B0%E8%B4%A6-"),
                "积分台账 as RFC 5987: " + lines.header("content-disposition"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(lines.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(List.of("户编号", "户主", "指标", "类型", "分值", "月份", "提报人", "审核人", "佐证", "原因", "记录时间"),
                    texts(sheet.getRow(0), 11));
            assertEquals(3, sheet.getLastRowNum());
            Row e1 = sheet.getRow(1);
            assertEquals(List.of("E1", "东户1", "I0 指标0", "AWARD"), texts(e1, 4));
            assertEquals(4.0, e1.getCell(4).getNumericCellValue());
            assertEquals(month, e1.getCell(5).getStringCellValue());
            assertTrue(e1.getCell(7).getStringCellValue().endsWith("/info"));
            assertEquals(-5.0, sheet.getRow(3).getCell(4).getNumericCellValue());
        }

        Http.Download scores = download("chief", "/points-scores/export.xlsx?villageId=" + east + "&month=" + month);
        assertEquals(200, scores.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(scores.body()))) {
            assertEquals("户积分", book.getSheetName(0));
            assertEquals("网格积分", book.getSheetName(1));
            Sheet households = book.getSheetAt(0);
            assertEquals(List.of("E1", "东户1"), texts(households.getRow(1), 2));
            assertEquals(4.0, households.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(0.0, households.getRow(4).getCell(2).getNumericCellValue(), "E4 has no lines");
            Map<String, Row> grids = new HashMap<>();
            Sheet gridSheet = book.getSheetAt(1);
            for (int r = 1; r <= gridSheet.getLastRowNum(); r++) {
                grids.put(gridSheet.getRow(r).getCell(0).getStringCellValue(), gridSheet.getRow(r));
            }
            assertEquals(1.0, grids.get("VG").getCell(4).getNumericCellValue(), "4 + 2 − 5");
            assertEquals(3.0, grids.get("VG").getCell(5).getNumericCellValue());
            assertEquals(2.17, grids.get("VG").getCell(7).getNumericCellValue(), 1e-9);
            assertEquals(null, grids.get("G1").getCell(7), "no linked leader household, no leader score");
        }

        Http.Download ranking = download("chief", "/points-scores/ranking/export.xlsx?villageId=" + east + "&quarter=" + quarter);
        assertEquals(200, ranking.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ranking.body()))) {
            assertEquals(List.of("VILLAGE_GRID", "MICRO_GRID", "HOUSEHOLD_GROUP"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2)));
            Row gold = book.getSheet("HOUSEHOLD_GROUP").getRow(1);
            assertEquals(1.0, gold.getCell(0).getNumericCellValue());
            assertEquals("G1", gold.getCell(1).getStringCellValue());
            assertEquals(6.0, gold.getCell(2).getNumericCellValue());
            assertEquals("GOLD", gold.getCell(3).getStringCellValue());
            assertEquals(30.0, gold.getCell(4).getNumericCellValue());
            assertEquals("E1:15, E2:15", gold.getCell(5).getStringCellValue());
            assertEquals("G2", book.getSheet("HOUSEHOLD_GROUP").getRow(2).getCell(1).getStringCellValue());
        }

        assertEquals(404, download("westchief", "/points-lines/export.xlsx?villageId=" + east).status(),
                "another village's grid chief cannot export this village");
        assertEquals(404, download("westchief", "/points-scores/export.xlsx?villageId=" + east + "&month=" + month).status());
        assertEquals(404, download("westchief", "/points-scores/ranking/export.xlsx?villageId=" + east + "&quarter=" + quarter).status());
        assertEquals(400, download("chief", "/points-lines/export.xlsx").status(), "the village is required");
        assertEquals(400, download("chief", "/points-scores/ranking/export.xlsx?villageId=" + east + "&quarter=2026-5").status());
    }

    @Test
    void inABrowserTheAdminSeesWhyRulesAreRefusedSavesThemAndPlacesARestrictionByHouseholdCode() {
        WebDriver browser = Browser.start();
        try {
            String tenantBase = base.toString() + "t/" + code + "/";
            Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
            WebDriverWait wait = Browser.waiting(browser, 20);
            browser.get(tenantBase + "settings.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pointsRules:rulesDefaults")));
            type(browser, "pointsRules:goldPercent_input", "40");
            browser.findElement(By.id("pointsRules:saveRules")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pointsRules:rulesMessages"), "金 < 银 < 铜"));
            Browser.screenshot(browser, "points-rules-refused");
            assertFalse(admin("GET", "/points-rules", null).json().containsKey("id"), "nothing was saved");

            type(browser, "pointsRules:goldPercent_input", "20");
            browser.findElement(By.id("pointsRules:saveRules")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pointsRules:rulesMessages"), "积分规则已保存"));
            assertEquals(List.of(20, 30, 50, 30, 20, 10, 7), rules(admin("GET", "/points-rules", null).json()));

            new Actions(browser).moveToElement(browser.findElement(By.id("menu:m-points-menu")))
                    .perform(); // the points submenu opens on hover
            wait.until(ExpectedConditions.elementToBeClickable(By.id("menu:m-restrictions"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("restrictions:household")));
            browser.findElement(By.id("restrictions:household")).sendKeys("E4");
            Browser.choose(browser, "restrictions:kind", "NO_HONOUR");
            browser.findElement(By.id("restrictions:reason")).sendKeys("拒不履行村规民约");
            browser.findElement(By.id("restrictions:place")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("restrictions:table"), "不得评优"));
            Browser.screenshot(browser, "restrictions");
            assertEquals(List.of("NO_HONOUR"), as("chief", "GET", "/household-restrictions?household=" + households.get(3), null)
                    .array().getValuesAs(JsonObject.class).stream().map(r -> r.getString("kind")).toList());
        } finally {
            browser.quit();
        }
    }

    private static void type(WebDriver browser, String id, String text) {
        WebElement input = browser.findElement(By.id(id));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
    }

    private Http.Reply reviewerPage() {
        Http browser = session();
        assertEquals(302, browser.login("/t/" + code + "/login.xhtml", "reviewer", PASSWORD).status());
        Http.Reply page = browser.get("/t/" + code + "/restrictions.xhtml");
        assertEquals(200, page.status(), page.body());
        return page;
    }

    private String leaderScore(String gridCode) {
        return admin("GET", "/points-scores?village=" + east + "&month=" + month, null).json().getJsonArray("grids")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("code").equals(gridCode)).findFirst().orElseThrow()
                .getJsonNumber("leaderScore").toString();
    }

    private List<String> ranking(String level) {
        return admin("GET", "/points-scores/ranking?village=" + east + "&quarter=" + quarter + "&level=" + level, null).json()
                .getJsonArray("placements").getValuesAs(JsonObject.class).stream().map(p -> p.getString("code") + ":"
                        + p.getString("tier") + ":" + p.getInt("bonus") + ":" + p.getJsonObject("shares")).toList();
    }

    private static List<Integer> rules(JsonObject r) {
        return List.of(r.getInt("goldPercent"), r.getInt("silverPercent"), r.getInt("bronzePercent"), r.getInt("goldBonus"),
                r.getInt("silverBonus"), r.getInt("bronzeBonus"), r.getInt("objectionDays"));
    }

    private static String body(String weight, int gold, int silver, int bronze, int goldBonus, int silverBonus, int bronzeBonus,
                               int days) {
        return "{\"ownWeight\":" + weight + ",\"goldPercent\":" + gold + ",\"silverPercent\":" + silver + ",\"bronzePercent\":" + bronze
                + ",\"goldBonus\":" + goldBonus + ",\"silverBonus\":" + silverBonus + ",\"bronzeBonus\":" + bronzeBonus
                + ",\"objectionDays\":" + days + "}";
    }

    private static String restriction(long household, String kind) {
        return "{\"householdId\":" + household + ",\"kind\":\"" + kind + "\",\"reason\":\"违规建房未整改\"}";
    }

    private String award(String level) {
        return "{\"villageId\":" + east + ",\"quarter\":\"" + quarter + "\",\"level\":\"" + level + "\"}";
    }

    private List<String> balanceRestrictions(long household) {
        return admin("GET", "/points-lines/balance?household=" + household, null).json().getJsonArray("restrictions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private List<Integer> bonuses(long household) {
        return admin("GET", "/points-lines?household=" + household, null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("type").equals("BONUS")).map(l -> l.getInt("points")).toList();
    }

    private static List<String> texts(Row row, int cells) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            texts.add(row.getCell(i).getStringCellValue());
        }
        return texts;
    }

    private long grid(String gridCode, Long parent, String level, Long leaderHousehold) {
        long id = created(admin("POST", "/grids", "{\"villageId\":" + east + (parent == null ? "" : ",\"parentId\":" + parent)
                + ",\"level\":\"" + level + "\",\"code\":\"" + gridCode + "\",\"name\":\"" + gridCode + "\"}"));
        if (leaderHousehold != null) {
            assertEquals(200, admin("PUT", "/grids/" + id, "{\"name\":\"" + gridCode + "\",\"leaderHouseholdId\":"
                    + leaderHousehold + "}").status());
        }
        return id;
    }

    private Http.Download download(String user, String path) {
        return api.download("/api/t/" + code + path, user, PASSWORD);
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }

    private Http.Reply as(String user, String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, user, PASSWORD, body);
    }

    private static void assertRefused(Http.Reply reply, String key) {
        assertRefused(reply, 400, key);
    }

    private static void assertRefused(Http.Reply reply, int status, String key) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(key, reply.json().getString("error"));
    }

    private static long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
