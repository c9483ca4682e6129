package cn.xiangzhi.points;

import cn.xiangzhi.shared.web.Messages;
import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month of household points in a real browser: a grid chief proposes for a whole grid on the
 * recording page with a photo as evidence, the village info admin confirms two and rejects one with a reason and closes the
 * month, a household objects on the public page with its code and head's name, the tenant admin
 * upholds the objection, and the village kiosk's board shows the corrected publication and the
 * quarter's ranking; the year's honours are awarded on their page; the catalogue gets an item that
 * needs evidence and that village info admins may propose too (a checkbox and a checkbox group ticked
 * with clicks), and the grid chief finds a household by typing its code (the autocomplete) and picks
 * the item in the drop-down with clicks. The server's clock is pinned to a quiet noon
 * (ServerClock): "this month", "last month" and "last year" are the tenant's.
 */
class PointsBrowserIT extends BrowserIT {

    Http api;
    YearMonth thisMonth;

    @BeforeEach
    void aQuietDay() {
        api = api();
        thisMonth = YearMonth.from(ServerClock.pinQuietDay(api));
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void proposeConfirmCloseObjectResolveAndTheBoardShowsIt() {
        Fixtures.County county = Fixtures.countyWithVillages(api, "ptsweb", "东关村");
        String code = county.code();
        long east = county.villages()[0];
        long grid = id(admin(api, code, "POST", "/grids", Json.createObjectBuilder().add("villageId", east)
                .add("level", "VILLAGE_GRID").add("code", "DG").add("name", "东关网格").add("leaderName", "刘网格").build().toString()));
        String[][] households = {{"E1", "张一"}, {"E2", "李二"}, {"E3", "王三"}};
        for (String[] h : households) {
            admin(api, code, "POST", "/households", Json.createObjectBuilder().add("code", h[0]).add("villageId", east)
                    .add("gridId", grid).add("headName", h[1]).build().toString());
        }
        for (String[] user : new String[][]{{"chief", "GRID_CHIEF"}, {"info", "VILLAGE_ADMIN"}}) {
            admin(api, code, "POST", "/users", Json.createObjectBuilder().add("username", user[0]).add("displayName", user[0])
                    .add("role", user[1]).add("scopePlaceId", east).add("password", "points-pass-1").build().toString());
        }
        long item = id(admin(api, code, "POST", "/points-items", Json.createObjectBuilder().add("code", "CLEAN")
                .add("name", "参加村庄清理").add("kind", "MORALITY").add("points", 2).add("evidenceRequired", false)
                .add("proposers", Json.createArrayBuilder().add("GRID_CHIEF")).build().toString()));
        String tenantBase = base.toString() + "t/" + code + "/";

        // 1. The grid chief records the clean-up for the whole grid on the phone page.
        Browser.login(browser, tenantBase, "chief", "points-pass-1");
        browser.get(tenantBase + "points.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:send")));
        Browser.choose(browser, "record:item", String.valueOf(item));
        Browser.choose(browser, "record:grid", String.valueOf(grid));
        browser.findElement(By.id("record:addGrid")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record:households"), "E3"));
        browser.findElement(By.id("record:note")).sendKeys("十一月村庄清理");
        browser.findElement(By.id("record:photo_input")).sendKeys(photoFile().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("img.xz-uploaded")));
        browser.findElement(By.id("record:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("record:recent"), "E3"));
        Browser.screenshot(browser, "points-record");
        List<JsonObject> proposals = admin(api, code, "GET", "/points-proposals?status=PROPOSED", null).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("E1", "E2", "E3"), proposals.stream().map(p -> p.getString("householdCode")).sorted().toList());

        // 2. The village info admin confirms E1 and E2, rejects E3 with a reason, and closes the month.
        signOut();
        Browser.login(browser, tenantBase, "info", "points-pass-1");
        browser.get(tenantBase + "points-review.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review:tabs:proposals")));
        WebElement thumb = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-photo-link img")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth === 1", thumb)); // the evidence photo loads
        WebElement rejected = rows().stream().filter(r -> r.getText().contains("E3")).findFirst().orElseThrow();
        rejected.findElement(By.cssSelector(".xz-reject-reason")).sendKeys("当天未参加");
        select("E3");
        browser.findElement(By.id("review:tabs:reject")).click();
        wait.until(d -> rows().size() == 2);
        // the two left are confirmed at once: "select all" (the header's box is hidden on a phone), then confirm
        browser.findElement(By.id("review:tabs:select-all")).click();
        wait.until(d -> d.findElements(By.cssSelector("#review\\:tabs\\:proposals tr.ui-state-highlight")).size() == 2);
        browser.findElement(By.id("review:tabs:confirm")).click();
        wait.until(d -> rows().isEmpty());
        browser.findElement(By.id("review:tabs:close")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-closed-month")));
        Browser.screenshot(browser, "points-review");
        JsonObject e3 = admin(api, code, "GET", "/points-proposals?status=REJECTED", null).array().getJsonObject(0);
        assertEquals("E3", e3.getString("householdCode"));
        assertEquals("当天未参加", e3.getString("reason"));

        // 3. Household E2 objects on the public page, without a login.
        signOut();
        browser.get(tenantBase + "public/points.xhtml?village=" + east);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("points-board")));
        assertEquals("2", boardCell("E2", ".xz-board-points"));
        assertEquals("李*", boardCell("E2", "td:nth-child(2)"), "the head's name is masked");
        assertTrue(browser.findElements(By.cssSelector("tr[data-household='E3']")).isEmpty(), "rejected points are not published");
        // E1 shows its household card instead (a scanner types the card's text into the code field)
        long e1 = households(api, code, "E1").getJsonNumber("id").longValue();
        admin(api, code, "POST", "/households/" + e1 + "/card", "{}");
        String card = Fixtures.decodeQr(api.download("/api/t/" + code + "/households/" + e1 + "/card/qr.png", "admin",
                ADMIN_PASSWORD).body());
        browser.findElement(By.id("code")).sendKeys(card);
        submit(wait, "identify");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lines label.xz-line")));
        assertTrue(browser.findElement(By.id("lines")).getText().contains("参加村庄清理"), "E1's line is listed");
        WebElement codeField = browser.findElement(By.id("code"));
        codeField.clear();
        browser.findElement(By.id("code")).sendKeys("E2");
        browser.findElement(By.id("head")).sendKeys("李四");
        submit(wait, "identify");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#messages .xz-error")));
        assertTrue(browser.findElement(By.id("messages")).getText().contains("户主姓名"), "a wrong name is refused");
        WebElement head = browser.findElement(By.id("head"));
        head.clear();
        head.sendKeys("李二");
        submit(wait, "identify");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#lines input[type='radio']"))).click();
        browser.findElement(By.id("reason")).sendKeys("我家那天在外地，没有参加清理");
        submit(wait, "object");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-household='E2'] .xz-board-open"), "异议处理中"));
        Browser.screenshot(browser, "points-public-objection");

        // 4. The tenant admin upholds the objection: the line is reversed by a new line.
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        browser.get(tenantBase + "points-review.xhtml");
        browser.findElement(By.xpath("//a[contains(@href,'objectionsTab')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".xz-objection-household")));
        assertEquals("E2", browser.findElement(By.cssSelector(".xz-objection-household")).getText());
        String objectionRow = browser.findElement(By.cssSelector("[id$=':objections'] tbody tr")).getText();
        assertTrue(objectionRow.contains("李二") && objectionRow.contains("东关村") && objectionRow.contains("参加村庄清理")
                && objectionRow.contains("十一月村庄清理"), "the reviewer sees the household, village, item and evidence: " + objectionRow);
        assertEquals(1, browser.findElements(By.cssSelector("[id$=':objections'] img.xz-thumb")).size(), "and the evidence photo");
        // deciding without a reason is refused, and the reviewer stays on the objections
        browser.findElement(By.cssSelector("button[id$=':uphold']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-item, .ui-messages-error")));
        assertTrue(browser.findElement(By.cssSelector(".xz-objection-household")).isDisplayed(), "the objections tab stays open");
        Browser.screenshot(browser, "points-objection-refused");
        browser.findElement(By.cssSelector("input[id$=':resolution']")).sendKeys("核实未参加");
        browser.findElement(By.cssSelector("button[id$=':uphold']")).click();
        wait.until(d -> d.findElements(By.cssSelector(".xz-objection-household")).isEmpty());
        JsonObject e2 = households(api, code, "E2");
        List<JsonObject> ledger = admin(api, code, "GET", "/points-lines?household=" + e2.getJsonNumber("id"), null).array()
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(2, -2), ledger.stream().map(l -> l.getInt("points")).toList(), "the line and its reversal");
        assertEquals("REVERSAL", ledger.get(1).getString("type"));
        assertEquals(ledger.get(0).getString("month"), ledger.get(1).getString("concernsMonth"),
                "the correction concerns the month of the line it takes back");
        assertTrue(ledger.get(1).getString("month").compareTo(ledger.get(0).getString("month")) > 0,
                "and is booked in a later month, the first one not closed");

        // 5. The village kiosk shows the corrected publication and the quarter's ranking.
        Http.Reply issued = admin(api, code, "POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"东关村村委会\"}");
        browser.get(tenantBase + "kiosk/" + east + "?token=" + issued.json().getString("secret"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("points-board")));
        assertEquals("2", boardCell("E1", ".xz-board-final"));
        assertEquals("-2", boardCell("E2", ".xz-board-correction"));
        assertEquals("0", boardCell("E2", ".xz-board-final"));
        assertTrue(browser.findElement(By.cssSelector(".xz-board-legend")).getText().contains("第一个未关闭的月份"),
                "the board says where a correction is booked and where it counts");
        Browser.screenshot(browser, "points-kiosk-board");
        browser.findElement(By.id("tab-rankings")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kiosk-rankings"), "东关网格"));

        // 6. The month's scores read the board's figures: the grid has E1's 2 points; E2's were taken back by
        //    the upheld objection, and the correction counts in the month it concerns (booked in the next open one).
        browser.get(tenantBase + "scores.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("scores:tabs:grids"), "东关网格"));
        assertEquals("2", browser.findElement(By.cssSelector("#scores\\:tabs\\:grids .xz-score-points")).getText());
        assertTrue(Browser.number(browser, "return document.querySelector('[id=\"scores:tabs:gridChart\"] canvas').width") > 0,
                "the grids' averages as a bar chart");
        Browser.screenshot(browser, "points-scores");

        // 7. Last year's honours: E1 had points in December; the tenant admin sees who the rule honours and awards them.
        String december = (thisMonth.getYear() - 1) + "-12";
        JsonObject last = admin(api, code, "POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item)
                .add("month", december).add("householdIds", Json.createArrayBuilder().add(e1)).build().toString()).array().getJsonObject(0);
        admin(api, code, "POST", "/points-proposals/confirm", "{\"ids\":[" + last.getJsonNumber("id") + "]}");
        browser.get(tenantBase + "honours.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("honours:preview"), "E1"));
        assertTrue(browser.findElement(By.id("honours:notFinal")).getText().contains(december),
                "December is not closed: the page says why the honours cannot be awarded yet");
        assertTrue(browser.findElement(By.id("honours:award")).getAttribute("class").contains("ui-state-disabled"));
        Browser.screenshot(browser, "points-honours-not-final");
        admin(api, code, "POST", "/points-months", "{\"villageId\":" + east + ",\"month\":\"" + december + "\",\"objectionDays\":1}");
        ServerClock.travel(api, ServerClock.now(api).plus(Duration.ofDays(2)));
        browser.get(tenantBase + "honours.xhtml");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("honours:preview"), "E1"));
        browser.findElement(By.id("honours:award")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".xz-honour-household")));
        assertEquals("E1", browser.findElement(By.cssSelector(".xz-honour-household")).getText());
        assertTrue(browser.findElements(By.id("honours:certificates")).size() == 1, "the certificates can be printed");
        Browser.screenshot(browser, "points-honours");
        assertEquals("E1", admin(api, code, "GET", "/points-honours", null).array().getJsonObject(0).getString("householdCode"));
        browser.get(tenantBase + "kiosk/" + east);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("tab-honours"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-honours")));
        assertTrue(browser.findElement(By.id("kiosk-honours")).getText().contains("E1 张*"), "the kiosk names the honoured household");

        // 8. The catalogue page: the tenant admin adds an item that needs evidence and that grid chiefs
        //    (ticked already) and village info admins may propose.
        browser.get(tenantBase + "catalogue.xhtml");
        browser.findElement(By.id("catalogue:code")).sendKeys("HELP");
        browser.findElement(By.id("catalogue:name")).sendKeys("帮扶困难户");
        WebElement points = browser.findElement(By.id("catalogue:points_input"));
        points.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        Browser.tick(browser, "catalogue:evidence");
        Browser.tickOption(browser, "catalogue:proposers", Messages.text(Locale.SIMPLIFIED_CHINESE, "role.VILLAGE_ADMIN"));
        browser.findElement(By.id("catalogue:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("catalogue:items"), "HELP"));
        JsonObject help = admin(api, code, "GET", "/points-items", null).array().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("code").equals("HELP")).findFirst().orElseThrow();
        assertEquals(3, help.getInt("points"));
        assertTrue(help.getBoolean("evidenceRequired"), "the ticked checkbox: evidence required");
        assertEquals(List.of("GRID_CHIEF", "VILLAGE_ADMIN"), help.getJsonArray("proposers").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).sorted().toList(), "the ticked option added to the one ticked already");

        // 9. The grid chief records an earlier month's clean-up for E1 alone: the item picked in the drop-down,
        //    the household found by typing its code. Last month, unless that is the December closed for the
        //    honours above (in January), then the month before.
        String lastMonth = thisMonth.minusMonths(thisMonth.getMonthValue() == 1 ? 2 : 1).toString();
        signOut();
        Browser.login(browser, tenantBase, "chief", "points-pass-1");
        browser.get(tenantBase + "points.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record:send")));
        Browser.pick(browser, "record:item", "CLEAN 参加村庄清理 (+2)");
        WebElement month = browser.findElement(By.id("record:month"));
        month.clear();
        month.sendKeys(lastMonth);
        Browser.complete(browser, "record:households", "E1", "E1 张一");
        browser.findElement(By.id("record:send")).click();
        wait.until(d -> !proposalsOf(api, code, lastMonth).isEmpty());
        assertEquals(List.of("E1 CLEAN"), proposalsOf(api, code, lastMonth), "one proposal: the household found, the item picked");
    }

    private static List<String> proposalsOf(Http api, String code, String month) {
        return admin(api, code, "GET", "/points-proposals?status=PROPOSED", null).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("month").equals(month)).map(p -> p.getString("householdCode") + " " + p.getString("itemCode"))
                .toList();
    }

    private static Path photoFile() {
        try {
            Path file = Files.createTempFile("evidence", ".png");
            Files.write(file, Fixtures.PNG);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void select(String household) {
        rows().stream().filter(r -> r.getText().contains(household)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".ui-chkbox-box")).click();
        wait.until(d -> rows().stream().filter(r -> r.getText().contains(household)).findFirst().orElseThrow()
                .getAttribute("aria-selected").equals("true"));
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#review\\:tabs\\:proposals_data tr[data-ri]"));
    }

    private String boardCell(String household, String cell) {
        return browser.findElement(By.cssSelector("tr[data-household='" + household + "'] " + cell)).getText().strip();
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    private static JsonObject households(Http api, String code, String household) {
        return admin(api, code, "GET", "/households?q=" + household, null).array().getJsonObject(0);
    }

    private static Http.Reply admin(Http api, String code, String method, String path, String body) {
        Http.Reply reply = api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
        assertTrue(reply.status() < 300, method + " " + path + " → " + reply.status() + " " + reply.body());
        return reply;
    }

    private static long id(Http.Reply reply) {
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Presses a plain form's submit button and waits until the browser has left the page it was on. */
    private void submit(WebDriverWait wait, String button) {
        WebElement pressed = browser.findElement(By.id(button));
        pressed.click();
        wait.until(left -> Browser.gone(pressed));
    }
}
