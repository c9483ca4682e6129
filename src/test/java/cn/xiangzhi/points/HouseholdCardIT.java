package cn.xiangzhi.points;

import cn.xiangzhi.points.domain.CardCode;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Household cards through REST: issue, print, verify what a scanner typed, reissue and revoke. */
class HouseholdCardIT extends ApplicationIT {

    private static final String PASSWORD = "card-pass-1";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    Http api;
    String code;
    long east;
    long west;
    long e1;
    long e2;

    @BeforeEach
    void aCountyWithTwoVillagesTheirAdminsAndAShopClerk() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "card", "东关村", "西关村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        e1 = created(admin("POST", "/households", "{\"code\":\"E1\",\"villageId\":" + east + ",\"headName\":\"王大明\"}"));
        e2 = created(admin("POST", "/households", "{\"code\":\"E2\",\"villageId\":" + east + ",\"headName\":\"李四\"}"));
        for (String[] user : new String[][]{{"info", "VILLAGE_ADMIN", String.valueOf(east)},
                {"westinfo", "VILLAGE_ADMIN", String.valueOf(west)}, {"clerk", "SHOP_CLERK", String.valueOf(east)}}) {
            assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", user[0]).add("displayName", user[0])
                    .add("role", user[1]).add("scopePlaceId", Long.parseLong(user[2])).add("password", PASSWORD).build()
                    .toString()).status());
        }
    }

    @Test
    void aCardIsIssuedVerifiedReissuedAndRevokedAndOldCardsAreRefusedAsRevoked() throws Exception {
        Http.Reply issued = as("info", "POST", "/households/" + e1 + "/card", "{}");
        assertEquals(201, issued.status(), issued.body());
        assertEquals(1, issued.json().getInt("serial"));
        assertTrue(issued.json().getBoolean("valid"));
        assertRefused(as("info", "POST", "/households/" + e1 + "/card", "{}"), 409, "error.card.exists");

        String first = scannedQr(e1);
        assertTrue(first.startsWith("XZ1." + code + ".E1.1."), first);
        Http.Reply ok = verify("clerk", first);
        assertEquals(200, ok.status(), ok.body());
        assertEquals(e1, ok.json().getJsonNumber("householdId").longValue());
        assertEquals("E1", ok.json().getString("householdCode"));
        assertEquals("王**", ok.json().getString("headName"), "the counter sees the head's name masked");
        assertEquals("东关村", ok.json().getString("villageName"));
        assertEquals(200, verify("clerk", first + "\n").status(), "the scanner's Enter is ignored");

        assertRefused(as("info", "POST", "/households/" + e1 + "/card", "{\"reason\":\" \"}"), 400, "error.card.reason");
        Http.Reply reissued = as("info", "POST", "/households/" + e1 + "/card", "{\"reason\":\"遗失\"}");
        assertEquals(201, reissued.status(), reissued.body());
        assertEquals(2, reissued.json().getInt("serial"));
        String second = scannedQr(e1);
        assertNotEquals(first, second);
        assertRefused(verify("clerk", first), 409, "error.card.revoked");
        assertEquals(2, verify("clerk", second).json().getInt("serial"), "the new card is good");

        JsonObject cards = as("info", "GET", "/households/" + e1 + "/card", null).json();
        assertEquals(2, cards.getJsonObject("current").getInt("serial"));
        assertEquals(2, cards.getJsonArray("history").size(), "the old card stays on record");
        JsonObject old = cards.getJsonArray("history").getJsonObject(1);
        assertFalse(old.getBoolean("valid"));
        assertEquals("遗失", old.getString("revokeReason"));
        assertTrue(old.getString("revokedBy").endsWith("/info"));

        assertRefused(as("info", "DELETE", "/households/" + e1 + "/card", "{\"reason\":\"\"}"), 400, "error.card.reason");
        Http.Reply revoked = as("info", "DELETE", "/households/" + e1 + "/card", "{\"reason\":\"迁出本村\"}");
        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().getBoolean("valid"));
        assertRefused(verify("clerk", second), 409, "error.card.revoked");
        assertRefused(as("info", "DELETE", "/households/" + e1 + "/card", "{\"reason\":\"再次\"}"), 409, "error.card.none");
        assertFalse(as("info", "GET", "/households/" + e1 + "/card", null).json().containsKey("current"),
                "no valid card after revocation");

        assertEquals(3, as("info", "POST", "/households/" + e1 + "/card", "{}").json().getInt("serial"),
                "a household may get a card again: the next serial");

        // every issue is a CREATE of its card and every revocation an UPDATE of the revoked card, with its reason
        List<JsonObject> history = as("info", "GET", "/households/" + e1 + "/card", null).json().getJsonArray("history")
                .getValuesAs(JsonObject.class);
        Map<Integer, String> idOfSerial = new HashMap<>();
        history.forEach(c -> idOfSerial.put(c.getInt("serial"), c.getJsonNumber("id").toString()));
        List<String> expected = List.of("CREATE " + idOfSerial.get(1), "CREATE " + idOfSerial.get(2), "CREATE " + idOfSerial.get(3),
                "UPDATE " + idOfSerial.get(1) + " 遗失", "UPDATE " + idOfSerial.get(2) + " 迁出本村");
        List<String> audited = admin("GET", "/audit?type=HouseholdCard&max=100", null).array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action") + " " + e.getString("entityId") + revokeReasonOf(e)).sorted().toList();
        assertEquals(expected.stream().sorted().toList(), audited, "issues and revocations are audited, each of them");
    }

    /** " reason" when an audit entry sets a card's revocation reason, else "". */
    private static String revokeReasonOf(JsonObject entry) {
        JsonObject changes = Json.createReader(new StringReader(entry.getString("changes"))).readObject();
        JsonObject reason = changes.getJsonObject("revokeReason");
        return reason == null || reason.isNull("new") ? "" : " " + reason.getString("new");
    }

    @Test
    void tamperedUnreadableAndForeignCardsAreRefusedWithAReason() {
        created(as("info", "POST", "/households/" + e1 + "/card", "{}"));
        String payload = scannedQr(e1);
        char last = payload.charAt(payload.length() - 1);
        String tampered = payload.substring(0, payload.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertRefused(verify("clerk", tampered), 400, "error.card.signature");
        assertRefused(verify("clerk", payload.replace(".E1.", ".E2.")), 400, "error.card.signature");
        assertRefused(verify("clerk", "hello"), 400, "error.card.malformed");
        Http.Reply json = as("clerk", "POST", "/household-cards/verification",
                Json.createObjectBuilder().add("text", payload).build().toString());
        assertEquals(200, json.status(), "the JSON form works too: " + json.body());

        Fixtures.County otherCounty = Fixtures.countyWithVillages(api, "card2", "南关村");
        String other = otherCounty.code();
        long foreign = created(api.call("POST", "/api/t/" + other + "/households", "admin", ADMIN_PASSWORD,
                "{\"code\":\"E1\",\"villageId\":" + otherCounty.villages()[0] + ",\"headName\":\"赵六\"}"));
        created(api.call("POST", "/api/t/" + other + "/households/" + foreign + "/card", "admin", ADMIN_PASSWORD, "{}"));
        HttpResponse<byte[]> foreignPng = download("/api/t/" + other + "/households/" + foreign + "/card/qr.png", "admin", ADMIN_PASSWORD);
        assertEquals(200, foreignPng.statusCode());
        String foreignCard = Fixtures.decodeQr(foreignPng.body());
        assertTrue(foreignCard.startsWith("XZ1." + other + ".E1.1."), foreignCard);
        assertRefused(verify("clerk", foreignCard), 400, "error.card.otherTenant");
        assertRefused(verify("clerk", foreignCard.replace(other, code)), 400, "error.card.signature");
        assertEquals(404, admin("GET", "/households/" + foreign + "/card", null).status(), "another tenant's household is not found");
        assertEquals(404, api.call("GET", "/api/t/" + other + "/household-cards/"
                + as("info", "GET", "/households/" + e1 + "/card", null).json().getJsonObject("current").getJsonNumber("id"),
                "admin", ADMIN_PASSWORD, null).status(), "a card of this tenant is not found from the other one");
    }

    @Test
    void onlyCardKeepersOfTheHouseholdsVillageIssueAndReadersOutsideItsScopeDoNotKnowIt() {
        assertEquals(404, as("westinfo", "POST", "/households/" + e1 + "/card", "{}").status(),
                "the village admin of another village cannot reach this household");
        assertEquals(403, as("clerk", "POST", "/households/" + e1 + "/card", "{}").status(), "a shop clerk verifies, never issues");
        created(as("info", "POST", "/households/" + e1 + "/card", "{}"));
        assertEquals(404, as("westinfo", "DELETE", "/households/" + e1 + "/card", "{\"reason\":\"试图作废\"}").status());
        assertRefused(verify("westinfo", scannedQr(e1)), 400, "error.card.unknownHousehold");
        assertTrue(as("info", "GET", "/households/" + e1 + "/card", null).json().containsKey("current"), "still valid");
    }

    @Test
    void simultaneousIssuesGiveOneCard() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> issues = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                issues.add(() -> as("info", "POST", "/households/" + e2 + "/card", "{}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(issues)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), "the others get a conflict: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, as("info", "GET", "/households/" + e2 + "/card", null).json().getJsonArray("history").size());
    }

    /**
     * Two servers share one database and each makes a tenant's card key on its first use
     * ({@code CardKeys}). On one server simultaneous first uses queue in memory and never meet in the
     * database, so the other server is played here by a JDBC connection running CardKeys' own
     * statements: its key row is inserted and held uncommitted while this server's first uses, started
     * together at a barrier, reach the database, find no key, make their own and wait on that row; the
     * test sees one of them waiting there, then the other server commits. Afterwards the tenant has
     * one key, the other server's, and every card this server signed verifies with it: a server that
     * kept its own key would print cards the other one refuses as forged.
     */
    @Test
    void firstUsesOnTwoServersAtOnceMakeOneKeyAndBothSignWithIt() throws Exception {
        created(as("info", "POST", "/households/" + e2 + "/card", "{}"));
        long tenant = Fixtures.count("select id from tenant where code = '" + code + "'");
        String keys = "select count(*) from household_card_key where tenant_id = " + tenant;
        assertEquals(0, Fixtures.count(keys), "no first use yet: issuing a card signs nothing");
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);

        int firstUses = 4;
        ExecutorService pool = Executors.newFixedThreadPool(firstUses);
        try (Connection otherServer = Fixtures.connection()) {
            otherServer.setAutoCommit(false);
            try (var select = otherServer.prepareStatement("select secret from household_card_key where tenant_id = ?");
                 var insert = otherServer.prepareStatement(
                         "insert ignore into household_card_key (tenant_id, secret, created_at) values (?, ?, utc_timestamp(6))")) {
                select.setLong(1, tenant);
                assertFalse(select.executeQuery().next());
                insert.setLong(1, tenant);
                insert.setBytes(2, otherKey);
                assertEquals(1, insert.executeUpdate(), "the other server's key, not committed yet");
            }
            CyclicBarrier start = new CyclicBarrier(firstUses);
            List<Future<String>> payloads = new ArrayList<>();
            for (int i = 0; i < firstUses; i++) {
                payloads.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return scannedQr(e2);
                }));
            }
            waitUntil(() -> waitingOnTheKeyRow() > 0 || payloads.stream().anyMatch(Future::isDone), 30);
            assertTrue(payloads.stream().noneMatch(Future::isDone) && waitingOnTheKeyRow() == 1,
                    "this server's first use waits in the database on the other server's key row");
            otherServer.commit();

            List<String> signed = new ArrayList<>();
            for (Future<String> payload : payloads) {
                signed.add(payload.get(60, TimeUnit.SECONDS));
            }
            String withOtherKey = new CardCode(code, "E2", 1).payload(otherKey);
            assertEquals(Collections.nCopies(firstUses, withOtherKey), signed,
                    "every first use signs with the key the other server made first");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, Fixtures.count(keys), "one key for the tenant");
        assertEquals(1, Fixtures.count("select count(*) from household_card_key where tenant_id = " + tenant
                + " and secret = x'" + HexFormat.of().formatHex(otherKey) + "'"), "the other server's");
        assertEquals(200, verify("clerk", new CardCode(code, "E2", 1).payload(otherKey)).status());
    }

    /** Sessions of the database (ours and the server's: same account) running CardKeys' insert of a key. */
    private static long waitingOnTheKeyRow() {
        try {
            return Fixtures.count("select count(*) from information_schema.processlist"
                    + " where info like 'insert ignore into household_card_key%' and id <> connection_id()");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} holds, looking every 20 ms, at most {@code seconds}. */
    private static void waitUntil(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + seconds + " s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void cardsPrintAsRealPdfsWithTheChineseTextOneOrAVillageAtATime() throws Exception {
        created(as("info", "POST", "/households/" + e1 + "/card", "{}"));
        created(as("info", "POST", "/households/" + e2 + "/card", "{}"));

        HttpResponse<byte[]> one = download("/api/t/" + code + "/households/" + e1 + "/card/card.pdf", "info", PASSWORD);
        assertEquals(200, one.statusCode(), () -> new String(one.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", one.headers().firstValue("content-type").orElse(""));
        String text = pdfText(one.body());
        assertTrue(text.contains("E1") && text.contains("王大明") && text.contains("东关村") && text.contains("户编号"), text);
        assertTrue(text.contains(scannedQr(e1)), "the code is printed for typing by hand");

        HttpResponse<byte[]> sheet = download("/api/t/" + code + "/household-cards.pdf?villageId=" + east, "info", PASSWORD);
        assertEquals(200, sheet.statusCode());
        String sheetText = pdfText(sheet.body());
        assertTrue(sheetText.contains("E1") && sheetText.contains("E2") && sheetText.contains("李四"), sheetText);
        assertEquals(404, download("/api/t/" + code + "/household-cards.pdf?villageId=" + east, "westinfo", PASSWORD).statusCode(),
                "another village's sheet is out of scope");
    }

    @Test
    void onTheHouseholdsPageAVillageAdminIssuesAndReissuesTheCard() {
        WebDriver browser = Browser.start();
        try {
            String tenantBase = base.toString() + "t/" + code + "/";
            Browser.login(browser, tenantBase, "info", PASSWORD);
            browser.get(tenantBase + "households.xhtml");
            WebDriverWait wait = Browser.waiting(browser, 20);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".xz-edit-household"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("households:issueCard"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:card"), "第1号卡"));
            browser.findElement(By.id("households:cardReason")).sendKeys("损坏");
            browser.findElement(By.id("households:reissueCard")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:card"), "第2号卡"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:card"), "损坏"));
            Browser.screenshot(browser, "household-card");
        } finally {
            browser.quit();
        }
        JsonObject cards = as("info", "GET", "/households/" + e1 + "/card", null).json();
        assertEquals(2, cards.getJsonObject("current").getInt("serial"), cards.toString());
        assertEquals("损坏", cards.getJsonArray("history").getJsonObject(1).getString("revokeReason"));
    }

    private String scannedQr(long household) {
        HttpResponse<byte[]> png = download("/api/t/" + code + "/households/" + household + "/card/qr.png", "info", PASSWORD);
        assertEquals(200, png.statusCode(), () -> new String(png.body(), StandardCharsets.UTF_8));
        assertEquals("image/png", png.headers().firstValue("content-type").orElse(""));
        return Fixtures.decodeQr(png.body());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** What a USB scanner typed, posted as plain text. */
    private Http.Reply verify(String user, String scanned) {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/api/t/" + code + "/household-cards/verification"))
                .header("Authorization", basic(user, PASSWORD)).header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(scanned)).build());
        return new Http.Reply(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.headers().map());
    }

    private HttpResponse<byte[]> download(String path, String user, String password) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, password)).GET().build());
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }

    private Http.Reply as(String user, String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, user, PASSWORD, body);
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
