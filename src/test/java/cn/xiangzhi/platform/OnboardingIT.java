package cn.xiangzhi.platform;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ImportFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.xiangzhi.testing.Fixtures.OPERATOR;
import static cn.xiangzhi.testing.Fixtures.OPERATOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counties and townships sign themselves up from a starter and work at their own address. */
class OnboardingIT extends ApplicationIT {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Test
    void twoTenantsSignUpFromDifferentStartersAndEachGetsItsOwnTree() {
        Http api = api();
        JsonObject countyTenant = signUp(api, "COUNTY", "pingyin", "13800000001");
        String county = countyTenant.getString("code");
        String town = signUp(api, "TOWNSHIP", "changshan", "13800000002").getString("code");

        List<JsonObject> countyPlaces = places(api, county, "13800000001");
        List<JsonObject> townPlaces = places(api, town, "13800000002");
        assertEquals(1 + 26, countyPlaces.size(), "root + the Pingyin starter's 26 places");
        String countyDivision = countyTenant.getString("divisionCode");
        assertTrue(countyPlaces.stream().anyMatch(p -> p.getString("name").equals("孔村镇")
                && p.getString("divisionCode").equals(countyDivision.substring(0, 6) + "102000")), "places relative to the county");
        assertEquals(1 + 7, townPlaces.size(), "root + the Changshan starter's 7 villages");
        assertTrue(townPlaces.stream().noneMatch(p -> p.getString("name").equals("孔村镇")), "no county data in the town");
        assertEquals(401, api.call("GET", "/api/t/" + town + "/places", "13800000001", "signup-pass-1", null).status(),
                "the county's admin is unknown in the township");
        assertEquals(11, grids(api, town, "13800000002").size(), "the Changshan starter's grids (seed 002)");
        assertEquals(0, grids(api, county, "13800000001").size(), "the Pingyin starter has none");
    }

    @Test
    void applyingTheStarterAgainChangesNothing() {
        Http api = api();
        String code = signUp(api, "TOWNSHIP", "changshan", "13800000003").getString("code");
        int before = places(api, code, "13800000003").size();
        int gridsBefore = grids(api, code, "13800000003").size();
        Http.Reply again = api.call("POST", "/api/t/" + code + "/starter", "13800000003", "signup-pass-1", null);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("added"));
        assertEquals(before, places(api, code, "13800000003").size());
        assertEquals(gridsBefore, grids(api, code, "13800000003").size());
    }

    @Test
    void aRefusedSignUpLeavesNothingBehind() {
        Http api = api();
        String code = "refused-" + RUN;
        String division = county();
        Map<String, String> client = from();
        Http.Reply badPhone = api.call("POST", "/api/signup", null, null, body(code, "COUNTY", division, "pingyin", "12345"), client);
        assertEquals(400, badPhone.status());
        assertEquals("error.user.phone", badPhone.json().getString("error"));
        Http.Reply wrongStarter = api.call("POST", "/api/signup", null, null, body(code, "TOWNSHIP", division + "102000", "pingyin",
                "13800000004"), client);
        assertEquals(400, wrongStarter.status());
        assertEquals("error.starter.kind", wrongStarter.json().getString("error"));
        Http.Reply shortPassword = api.call("POST", "/api/signup", null, null,
                body(code, "COUNTY", division, "pingyin", "13800000004").replace("signup-pass-1", "short"), client);
        assertEquals(400, shortPassword.status(), "the admin's password fails after the tenant row was written");
        Http.Reply list = api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null);
        assertFalse(list.body().contains("\"" + code + "\""), "no tenant row is left: " + list.body());
        assertEquals(201, api.call("POST", "/api/signup", null, null, body(code, "COUNTY", division, "pingyin", "13800000004"), client)
                .status(), "the code and the division code are still free; refused sign-ups do not count against the address");
        Http.Reply duplicate = api.call("POST", "/api/signup", null, null, body(code, "COUNTY", county(), "pingyin", "13800000005"), from());
        assertEquals(409, duplicate.status());
        assertEquals("error.tenant.codeTaken", duplicate.json().getString("error"));
    }

    /** A sign-up over REST refused for several fields names every one at once, the first as {@code error}. */
    @Test
    void aSignUpWithSeveralMistakesNamesThemAllAtOnce() {
        Http api = api();
        String bad = Json.createObjectBuilder().add("code", "X").add("name", "").add("placeName", "平阴县").add("kind", "TOWNSHIP")
                .add("divisionCode", county()).add("adminName", "管理员").add("adminPhone", "123").add("password", "short")
                .add("starter", "pingyin").build().toString();
        Http.Reply refused = api.call("POST", "/api/signup", null, null, bad, from());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("error.signup.name", refused.json().getString("error"), "the first field's reason");
        assertEquals(List.of("name:error.signup.name", "divisionCode:error.division.level", "code:error.tenant.code",
                        "adminPhone:error.user.phone", "password:error.password.tooShort", "starter:error.starter.kind"),
                refused.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("field") + ":" + f.getString("error")).toList(), "every field refused, in the form's order");
        Http.Reply list = api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null);
        assertFalse(list.body().contains("\"X\""), "nothing is written");
    }

    /** The organisation and the place it serves have their own names: the root place is the county, not the department. */
    @Test
    void theRootPlaceIsTheCountyNotTheOrganisation() {
        Http api = api();
        String code = "named-" + RUN + "-" + SEQ.incrementAndGet();
        String body = Json.createObjectBuilder().add("code", code).add("name", "平阴县委组织部").add("placeName", "平阴县").add("kind", "COUNTY")
                .add("divisionCode", county()).add("adminName", "王部长").add("adminPhone", "13800000021").add("password", "signup-pass-1")
                .build().toString();
        assertEquals(201, api.call("POST", "/api/signup", null, null, body, from()).status());
        List<JsonObject> places = api.call("GET", "/api/t/" + code + "/places", "13800000021", "signup-pass-1", null).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("平阴县"), places.stream().map(p -> p.getString("name")).toList());
        assertTrue(api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null).body().contains("平阴县委组织部"),
                "the tenant is the organisation");
    }

    /** A county that already uses the platform cannot be signed up a second time by someone else. */
    @Test
    void aDivisionCodeWithAnActiveTenantOfTheSameKindIsRefused() {
        Http api = api();
        JsonObject first = signUp(api, "COUNTY", "pingyin", "13800000007");
        String division = first.getString("divisionCode");
        Http.Reply again = api.call("POST", "/api/signup", null, null,
                body("again-" + RUN + "-" + SEQ.incrementAndGet(), "COUNTY", division, "pingyin", "13800000007"), from());
        assertEquals(409, again.status(), again.body());
        assertEquals("error.signup.divisionTaken", again.json().getString("error"));
        assertEquals(division, again.json().getJsonArray("args").getString(0));
        Http.Reply township = api.call("POST", "/api/signup", null, null,
                body("town-of-" + RUN + "-" + SEQ.incrementAndGet(), "TOWNSHIP", division.substring(0, 6) + "104000", "changshan",
                        "13800000008"), from());
        assertEquals(201, township.status(), "a township inside the county may still sign up on its own: " + township.body());

        long id = first.getJsonNumber("id").longValue();
        assertEquals(200, api.call("POST", "/api/platform/tenants/" + id + "/suspend", OPERATOR, OPERATOR_PASSWORD, "{}").status());
        Http.Reply afterSuspension = api.call("POST", "/api/signup", null, null,
                body("again2-" + RUN + "-" + SEQ.incrementAndGet(), "COUNTY", division, "pingyin", "13800000009"), from());
        assertEquals(201, afterSuspension.status(), "a suspended tenant does not hold its code: " + afterSuspension.body());
    }

    /** 50 tenants were opened in 3.2 s: now one address gets three an hour, and the platform a bounded number. */
    @Test
    void signUpsAreLimitedPerClientAddressAndHour() {
        Http api = api();
        Map<String, String> script = Map.of("X-Forwarded-For", "192.0.2." + (1 + COUNTY_BASE % 250));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Http.Reply reply = api.call("POST", "/api/signup", null, null,
                    body("burst-" + RUN + "-" + SEQ.incrementAndGet(), "COUNTY", county(), "", "13800000010"), script);
            statuses.add(reply.status());
            if (reply.status() == 429) {
                assertEquals("error.signup.tooManyFromHere", reply.json().getString("error"));
                assertEquals("3", reply.json().getJsonArray("args").getString(0));
            }
        }
        assertEquals(List.of(201, 201, 201, 429, 429), statuses, "three per address and hour");
        Http.Reply elsewhere = api.call("POST", "/api/signup", null, null,
                body("other-" + RUN + "-" + SEQ.incrementAndGet(), "COUNTY", county(), "", "13800000011"), from());
        assertEquals(201, elsewhere.status(), "another address is not held back: " + elsewhere.body());
    }

    /** The operator sees where sign-ups came from and removes an unwanted one with all its data. */
    @Test
    void theOperatorSeesSignUpsAndRemovesOneWithAllItsData() throws Exception {
        Http api = api();
        JsonObject unwanted = signUp(api, "TOWNSHIP", "changshan", "13800000012");
        long id = unwanted.getJsonNumber("id").longValue();
        String code = unwanted.getString("code");
        assertEquals(200, api.upload("/api/t/" + code + "/imports/organisation", "13800000012", "signup-pass-1",
                ImportFiles.xlsx(List.of(List.of("北关村", "BG", "北关村网格", "刘书记", "", "", "", "", "", "", "BG0001", "周华", "", "")),
                        null), ImportFiles.XLSX).status());
        JsonObject listed = api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null).array()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals(code)).findFirst().orElseThrow();
        assertTrue(listed.getString("signedUpFrom").startsWith("100.64."), "where it came from: " + listed);
        assertFalse(listed.isNull("createdAt"));

        Http.Reply active = api.call("DELETE", "/api/platform/tenants/" + id + "?confirm=" + code, OPERATOR, OPERATOR_PASSWORD, null);
        assertEquals(409, active.status(), "an active tenant is suspended first");
        assertEquals("error.tenant.removeActive", active.json().getString("error"));
        assertEquals(200, api.call("POST", "/api/platform/tenants/" + id + "/suspend", OPERATOR, OPERATOR_PASSWORD, "{}").status());
        Http.Reply unconfirmed = api.call("DELETE", "/api/platform/tenants/" + id + "?confirm=other", OPERATOR, OPERATOR_PASSWORD, null);
        assertEquals(400, unconfirmed.status());
        assertEquals("error.tenant.removeConfirm", unconfirmed.json().getString("error"));
        assertTrue(rowsOf(id) > 10, "the places, grids, households, users and audit entries are there before");
        assertEquals(401, api.call("DELETE", "/api/platform/tenants/" + id + "?confirm=" + code, "13800000012", "signup-pass-1", null)
                .status(), "the tenant's own admin cannot");

        Http.Reply removed = api.call("DELETE", "/api/platform/tenants/" + id + "?confirm=" + code, OPERATOR, OPERATOR_PASSWORD, null);
        assertEquals(200, removed.status(), removed.body());
        assertTrue(removed.json().getInt("removedRows") > 10, removed.body());
        assertEquals(0, rowsOf(id), "no row of any table names the removed tenant");
        assertEquals(404, api.call("GET", "/api/t/" + code + "/places", "13800000012", "signup-pass-1", null).status());
        assertFalse(api.call("GET", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, null).body().contains("\"" + code + "\""));
    }

    /** Rows naming tenant {@code id} in every table with a tenant column. */
    private static long rowsOf(long id) throws SQLException {
        long rows = 0;
        for (String table : Fixtures.tablesWithColumn("tenant_id")) {
            rows += Fixtures.count("select count(*) from " + table + " where tenant_id = " + id);
        }
        return rows + Fixtures.count("select count(*) from tenant where id = " + id);
    }

    @Test
    void aTownshipSignsUpInTheBrowserImportsItsHouseholdsAndItsVillageAdminSignsIn() throws Exception {
        String code = "town-" + RUN + "-" + SEQ.incrementAndGet();
        WebDriver browser = Browser.start();
        try {
            WebDriverWait wait = Browser.waiting(browser, 20);
            Browser.asClient(browser, from());
            browser.get(base.toString());
            assertTrue(browser.findElement(By.id("what")).getText().contains("积分"), "the front page says what the product is");
            assertTrue(browser.findElement(By.id("villages")).getText().contains("/t/"), "and how a village finds its sign-in");
            assertTrue(browser.findElements(By.cssSelector("a[href$='/login.xhtml']")).isEmpty(), "the operator's sign-in is not advertised");
            browser.get(base + "signup.xhtml");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            // a first try with three mistakes: all three are named at once, beside their fields, and what was typed stays
            browser.findElement(By.id("signup:name")).sendKeys("长山镇党委组织办");
            Browser.choose(browser, "signup:kind", "TOWNSHIP");
            browser.findElement(By.id("signup:placeName")).sendKeys("长山镇");
            browser.findElement(By.id("signup:divisionCode")).sendKeys(county());
            browser.findElement(By.id("signup:code")).sendKeys("Bad Code");
            browser.findElement(By.id("signup:adminName")).sendKeys("李书记");
            browser.findElement(By.id("signup:adminPhone")).sendKeys("1390000");
            browser.findElement(By.id("signup:password")).sendKeys("signup-pass-1");
            browser.findElement(By.id("signup:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='signup:divisionCode'].ui-state-error")));
            for (String field : List.of("divisionCode", "code", "adminPhone")) {
                assertTrue(browser.findElement(By.id("signup:" + field)).getAttribute("class").contains("ui-state-error"), field + " is marked");
            }
            String page = browser.findElement(By.id("signup")).getText();
            assertTrue(page.contains("请更正下方标出的 3 项") && page.contains("后3位为0") && page.contains("小写字母") && page.contains("手机号“1390000”无效"),
                    page);
            assertFalse(page.contains("TOWNSHIP"), "no internal words on the Chinese page");
            assertEquals("signup-pass-1", browser.findElement(By.id("signup:password")).getAttribute("value"), "the password stays");
            assertEquals("长山镇", browser.findElement(By.id("signup:placeName")).getAttribute("value"));
            Browser.screenshot(browser, "signup-refused-390");
            assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth") <= 391,
                    "the form fits a phone: " + ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                            "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > 391)"
                                    + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ')"));

            browser.findElement(By.id("signup:divisionCode")).clear();
            browser.findElement(By.id("signup:divisionCode")).sendKeys(county() + "102000");
            browser.findElement(By.id("signup:code")).clear();
            browser.findElement(By.id("signup:code")).sendKeys(code);
            browser.findElement(By.id("signup:adminPhone")).clear();
            browser.findElement(By.id("signup:adminPhone")).sendKeys("13900000001");
            Browser.choose(browser, "signup:starter", "changshan");
            browser.findElement(By.id("signup:submit")).click();
            wait.until(ExpectedConditions.urlContains("/t/" + code + "/login.xhtml"));
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

            Browser.login(browser, base + "t/" + code + "/", "13900000001", "signup-pass-1");
            assertTrue(browser.getPageSource().contains("/themes/vela-blue/theme.css"), "the starter's look");

            browser.get(base + "t/" + code + "/places.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-place-name")));
            assertTrue(browser.getPageSource().contains("北关村"), "the starter's villages are there");
            assertTrue(browser.findElements(By.cssSelector(".xz-place-name")).stream().anyMatch(e -> e.getText().equals("长山镇")),
                    "the root place is the township, not the organisation");

            browser.get(base + "t/" + code + "/settings.xhtml");
            Browser.choose(browser, "settings:theme", "arya-green");
            browser.findElement(By.id("settings:saveTheme")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("link[href$='/themes/arya-green/theme.css']")));
            Browser.screenshot(browser, "signed-up-township-settings");

            Path file = Path.of("target", "import-" + code + ".xlsx");
            Files.write(file, ImportFiles.xlsx(List.of(
                    List.of("北关村", "BG", "北关村网格", "刘书记", "BG-1", "北关第一微网格", "", "BG-1-1", "北关一组", "周华",
                            "BG0001", "周华", "北街1号", "13900000101"),
                    List.of("北关村", "BG", "", "", "BG-1", "", "", "BG-1-1", "", "", "BG0002", "吴强", "北街2号", ""),
                    List.of("南关村", "", "", "", "", "", "", "", "", "", "NG0001", "郑南", "南街1号", "")),
                    List.of(List.of("BG0001", "周华", "户主", "男", "1966", ""))));
            browser.get(base + "t/" + code + "/import.xhtml");
            browser.findElement(By.id("import:file_input")).sendKeys(file.toAbsolutePath().toString());
            WebDriverWait slow = Browser.waiting(browser, 60);
            slow.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
            Browser.screenshot(browser, "signed-up-township-import");
            WebElement outcome = browser.findElement(By.id("outcome"));
            assertEquals("xz-ok", outcome.getAttribute("class"), outcome.getText());
            assertTrue(outcome.getText().contains("住户3户") && outcome.getText().contains("居民1人"), outcome.getText());
            assertEquals(3, browser.findElements(By.cssSelector("#phases .xz-stepper-done")).size(), "read, checked, written");

            // a file with a mistake: refused whole, the bar stops where it was, the reason names its column, and the
            // rows with mistakes download with their reasons
            Path bad = Path.of("target", "import-bad-" + code + ".xlsx");
            Files.write(bad, ImportFiles.xlsx(List.of(
                    List.of("北关村", "", "", "", "", "", "", "", "", "", "BG0009", "钱九", "北街9号", ""),
                    List.of("西关村", "", "", "", "", "", "", "", "", "", "XG0001", "王五", "西街1号", "")), List.of()));
            browser.get(base + "t/" + code + "/import.xhtml");
            Path downloads = Browser.downloadsInto(browser);
            browser.findElement(By.id("import:file_input")).sendKeys(bad.toAbsolutePath().toString());
            slow.until(ExpectedConditions.presenceOfElementLocated(By.id("outcome")));
            assertEquals("xz-error", browser.findElement(By.id("outcome")).getAttribute("class"));
            assertTrue(browser.findElement(By.id("outcome")).getText().contains("未导入任何数据"));
            String bar = browser.findElement(By.cssSelector("[id='import:progress'] .ui-progressbar-label")).getText();
            assertFalse(bar.contains("100"), "a refused file never shows 100 %: " + bar);
            assertTrue(browser.findElement(By.cssSelector("[id='import:progress']")).getAttribute("class").contains("xz-progress-refused"));
            assertEquals(1, browser.findElements(By.cssSelector("#phases .xz-stepper-overdue")).size(), "the check is marked as where it stopped");
            assertEquals("村", browser.findElement(By.cssSelector(".xz-error-column")).getText(), "the column that is wrong");
            assertEquals("3", browser.findElement(By.cssSelector(".xz-error-row")).getText());
            Browser.screenshot(browser, "import-refused");
            browser.findElement(By.id("import:errorFile")).click();
            byte[] errorFile = Browser.downloaded(browser, downloads, "import-bad-" + code + "-错误.xlsx");
            var sheet = cn.xiangzhi.shared.spreadsheet.SpreadsheetReader.read("errors.xlsx", errorFile).get(0);
            assertEquals(List.of("原行号", "错误原因"), sheet.header().subList(0, 2));
            assertEquals(1, sheet.rows().size(), "only the row with the mistake: " + sheet.rows().size());
            assertEquals("3", sheet.rows().get(0).cell(0));
            assertTrue(sheet.rows().get(0).cell(1).startsWith("村：") && sheet.rows().get(0).cell(1).contains("西关村"), sheet.rows().get(0).cell(1));
            assertEquals("XG0001", sheet.rows().get(0).cell(2 + sheet.header().subList(2, sheet.header().size()).indexOf("户编号")));

            Http api = api();
            long beiguan = places(api, code, "13900000001").stream().filter(p -> p.getString("name").equals("北关村"))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "13900000001", "signup-pass-1",
                    Json.createObjectBuilder().add("username", "beiguan").add("displayName", "北关村信息员")
                            .add("role", "VILLAGE_ADMIN").add("scopePlaceId", beiguan).add("password", "village-pass-1")
                            .build().toString());
            assertEquals(201, user.status(), user.body());
            browser.manage().deleteAllCookies();
            Browser.login(browser, base + "t/" + code + "/", "beiguan", "village-pass-1");
            browser.get(base + "t/" + code + "/households.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-household-code")));
            List<String> codes = browser.findElements(By.cssSelector(".xz-household-code")).stream().map(WebElement::getText).toList();
            assertEquals(List.of("BG0001", "BG0002"), codes, "the village admin sees the imported households of their village only");
            Browser.screenshot(browser, "village-admin-imported-households");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aKioskShowsItsVillageWithItsTokenOnlyAndStopsWhenTheTokenIsRevoked() {
        Http api = api();
        String code = signUp(api, "TOWNSHIP", "changshan", "13800000006").getString("code");
        JsonObject village = places(api, code, "13800000006").stream()
                .filter(p -> p.getString("name").equals("北关村")).findFirst().orElseThrow();
        long villageId = village.getJsonNumber("id").longValue();
        Http.Reply issued = api.call("POST", "/api/t/" + code + "/kiosk-tokens", "13800000006", "signup-pass-1",
                "{\"villageId\":" + villageId + ",\"label\":\"北关村村委会\"}");
        assertEquals(201, issued.status(), issued.body());
        String secret = issued.json().getString("secret");
        long tokenId = issued.json().getJsonObject("token").getJsonNumber("id").longValue();
        String kiosk = "/t/" + code + "/kiosk/" + villageId;

        Http office = session();
        assertEquals(401, office.get(kiosk).status(), "no token, no kiosk");
        Http.Reply first = office.get(kiosk + "?token=" + secret);
        assertEquals(302, first.status());
        assertTrue(first.location().endsWith(kiosk), "the token leaves the address bar: " + first.location());
        Http.Reply board = office.get(kiosk);
        assertEquals(200, board.status());
        assertTrue(board.body().contains("北关村") && board.body().contains("id=\"kiosk-lineage\""), board.body());
        byte[] grids = ImportFiles.xlsx(List.of(
                List.of("北关村", "BG", "北关村网格", "刘书记", "BG-1", "北关第一微网格", "周华", "BG-1-1", "北关一组", "吴强",
                        "BG0001", "周华", "", ""),
                List.of("北关村", "BG", "", "", "BG-1", "", "", "BG-1-1", "", "", "BG0002", "吴强", "", "")), null);
        assertEquals(200, api.upload("/api/t/" + code + "/imports/organisation", "13800000006", "signup-pass-1", grids,
                ImportFiles.XLSX).status());
        String structure = office.get(kiosk).body();
        assertTrue(structure.contains("北关村网格") && structure.contains("刘书记") && structure.contains("北关第一微网格"),
                "the kiosk shows the village's grids and their leaders: " + structure);
        assertTrue(structure.matches("(?s).*北关第一微网格</strong> · [^·]*周华 ·\\s*2 户.*"), "with its households counted");

        long otherVillage = places(api, code, "13800000006").stream().filter(p -> p.getString("name").equals("南关村"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(401, session()
                .get("/t/" + code + "/kiosk/" + otherVillage + "?token=" + secret).status(), "one token, one village");

        assertEquals(200, api.call("DELETE", "/api/t/" + code + "/kiosk-tokens/" + tokenId, "13800000006", "signup-pass-1", null).status());
        assertEquals(401, office.get(kiosk).status(), "a revoked token opens nothing");
        Http.Reply record = api.call("GET", "/api/t/" + code + "/kiosk-tokens/" + tokenId, "13800000006", "signup-pass-1", null);
        assertFalse(record.json().isNull("revokedAt"), "the revoked token stays on record");
    }

    private static String county() {
        return Fixtures.freshCounty();
    }

    private static Map<String, String> from() {
        return Fixtures.freshClient();
    }

    private static final int COUNTY_BASE = Integer.parseInt(Fixtures.freshCounty().substring(2));

    private static JsonObject signUp(Http api, String kind, String starter, String phone) {
        return Fixtures.signUp(api, starter + "-" + RUN + "-" + SEQ.incrementAndGet(), kind, starter, phone);
    }

    private static String body(String code, String kind, String division, String starter, String phone) {
        return Json.createObjectBuilder().add("code", code).add("name", "注册测试" + code).add("kind", kind)
                .add("divisionCode", division).add("adminName", "管理员").add("adminPhone", phone)
                .add("password", "signup-pass-1").add("starter", starter).build().toString();
    }

    private static List<JsonObject> grids(Http api, String code, String phone) {
        Http.Reply reply = api.call("GET", "/api/t/" + code + "/grids", phone, "signup-pass-1", null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> places(Http api, String code, String phone) {
        Http.Reply reply = api.call("GET", "/api/t/" + code + "/places", phone, "signup-pass-1", null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }
}
