package cn.xiangzhi.shops;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Monthly statements of a shop: totals and money due at the tenant's rate; issuing is idempotent,
 * also when simultaneous; an issued statement never changes (a later return is a correction in the
 * month of the return); it is paid once; the return window is the tenant's setting; a clerk of
 * another shop sees nothing; Excel and PDF carry the shop and the totals. Redemptions are made at
 * the counter now and moved back into past months with JDBC (the test cannot wait a month).
 */
class SettlementIT extends ApplicationIT {

    private static final String PASSWORD = "settle-pass-1";

    Http api;
    ShopFixture.Setup setup;
    String code;
    long shop;
    /** The server's "now" for this test: noon in the middle of a month (see ServerClock). */
    ZonedDateTime now;
    YearMonth thisMonth;
    YearMonth lastMonth;

    /**
     * The server's clock is pinned first: "this month" and "last month" are the server's (the
     * tenant's, in Asia/Shanghai), not the test JVM's. Computed with YearMonth.now() here, they
     * were the UTC month, and from 16:00 UTC on a month's last day (Shanghai's next month) the
     * statement of "last month" was refused as still open and the fixture's points not redeemable.
     */
    @BeforeEach
    void aShopWhoseHouseholdsHavePoints() throws Exception {
        api = api();
        now = ServerClock.pinQuietDay(api);
        thisMonth = YearMonth.from(now);
        lastMonth = thisMonth.minusMonths(1);
        setup = ShopFixture.create(api, "stl", PASSWORD);
        code = setup.code();
        shop = setup.shop();
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void aStatementTotalsTheMonthsRedemptionsAndReturnsAndPricesTheNetPointsAtTheTenantsRate() throws Exception {
        rules(7, "0.0125");
        long r1 = redeem("E1", setup.soap(), 2);
        long r2 = redeem("E2", setup.rice(), 1);
        long r3 = redeem("E3", setup.soap(), 1);
        long back = giveBack(r3);
        moveTo(r1, lastMonth.atDay(10) + " 09:00:00");
        moveTo(r2, lastMonth.atDay(10) + " 10:00:00");
        moveTo(r3, lastMonth.atDay(11) + " 10:00:00");
        moveTo(back, lastMonth.atDay(12) + " 10:00:00");
        long keptForThisMonth = redeem("E1", setup.soap(), 1); // stays in this month: not in last month's statement

        Http.Reply issued = issue(lastMonth.toString());
        assertEquals(201, issued.status(), issued.body());
        JsonObject s = issued.json();
        assertEquals(lastMonth.toString(), s.getString("period"));
        assertEquals(3, s.getInt("redemptions"));
        assertEquals(1, s.getInt("returns"));
        assertEquals(60, s.getInt("pointsRedeemed"), "2 × 10 + 30 + 10");
        assertEquals(10, s.getInt("pointsReturned"));
        assertEquals(50, s.getInt("netPoints"));
        assertEquals(0, new BigDecimal("0.0125").compareTo(s.getJsonNumber("yuanPerPoint").bigDecimalValue()), "the rate is stored");
        assertEquals(0, new BigDecimal("0.63").compareTo(s.getJsonNumber("moneyDue").bigDecimalValue()), "50 × 0.0125 = 0.625 → 0.63");
        List<Long> covered = s.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("redemptionId").longValue()).toList();
        assertEquals(List.of(r1, r2, r3, back), covered, "the month's redemptions and returns, in time order");
        assertFalse(covered.contains(keptForThisMonth));
        assertTrue(s.getJsonArray("lines").getValuesAs(JsonObject.class).stream().noneMatch(l -> l.getBoolean("correction")),
                "a return in the month of its redemption is no correction");

        assertRefused(issue(thisMonth.toString()), 400, "error.statement.periodOpen");
        assertRefused(issue("2026-13"), 400, "error.statement.period");
        assertRefused(issue(null), 400, "error.statement.period");
        assertEquals(404, admin("POST", "/shops/999999999/statements", "{\"period\":\"" + lastMonth + "\"}").status());
    }

    @Test
    void withoutARateNoStatementIsIssuedAndAnEmptyMonthGivesAZeroStatement() {
        assertRefused(issue(lastMonth.toString()), 409, "error.statement.noRate");
        rules(7, "0.01");
        Http.Reply empty = issue(lastMonth.minusMonths(5).toString());
        assertEquals(201, empty.status(), empty.body());
        assertEquals(0, empty.json().getInt("netPoints"));
        assertEquals(0, BigDecimal.ZERO.compareTo(empty.json().getJsonNumber("moneyDue").bigDecimalValue()));
        assertEquals(0, empty.json().getJsonArray("lines").size());
    }

    @Test
    void issuingAgainOrSimultaneouslyGivesTheOneStatement() throws Exception {
        rules(7, "0.01");
        moveTo(redeem("E1", setup.soap(), 1), lastMonth.atDay(3) + " 12:00:00");
        List<Callable<Http.Reply>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> issue(lastMonth.toString()));
        }
        List<Http.Reply> replies = ShopFixture.all(calls);
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.stream().map(Http.Reply::body).toList().toString());
        assertEquals(7, replies.stream().filter(r -> r.status() == 200).count(), "the others get the same statement");
        assertEquals(1, replies.stream().map(r -> r.json().getJsonNumber("id").longValue()).distinct().count());
        Http.Reply again = issue(lastMonth.toString());
        assertEquals(200, again.status());
        assertEquals(replies.get(0).json().getJsonNumber("id").longValue(), again.json().getJsonNumber("id").longValue());
        assertEquals(1, Fixtures.count("select count(*) from shop_statement where shop_id = " + shop + " and period = '" + lastMonth + "'"));
        assertEquals(1, Fixtures.count("select count(*) from shop_statement_line l join shop_statement s on s.id = l.statement_id"
                + " where s.shop_id = " + shop), "one line, not one per call");
    }

    @Test
    void anIssuedStatementNeverChangesAndALaterReturnIsACorrectionInTheMonthOfTheReturn() throws Exception {
        rules(90, "0.1");
        YearMonth earlier = lastMonth.minusMonths(1);
        long sold = redeem("E1", setup.soap(), 3);
        moveTo(sold, earlier.atDay(15) + " 12:00:00");
        Http.Reply first = issue(earlier.toString());
        assertEquals(201, first.status(), first.body());
        long statement = first.json().getJsonNumber("id").longValue();
        String before = admin("GET", "/shops/" + shop + "/statements/" + statement, null).body();

        long back = giveBack(sold); // goods brought back after the statement was issued
        moveTo(back, lastMonth.atDay(5) + " 12:00:00");
        moveTo(redeem("E2", setup.soap(), 1), lastMonth.atDay(6) + " 12:00:00");

        assertEquals(before, admin("GET", "/shops/" + shop + "/statements/" + statement, null).body(),
                "the issued statement is as it was: totals and lines");
        Http.Reply reissued = issue(earlier.toString());
        assertEquals(200, reissued.status());
        assertEquals(before, reissued.body(), "issuing it again changes nothing");
        assertFalse(admin("PUT", "/shops/" + shop + "/statements/" + statement, "{\"period\":\"" + earlier + "\"}").ok(), "no update");
        assertFalse(admin("DELETE", "/shops/" + shop + "/statements/" + statement, null).ok(), "no delete");

        Http.Reply next = issue(lastMonth.toString());
        assertEquals(201, next.status(), next.body());
        JsonObject s = next.json();
        assertEquals(10, s.getInt("pointsRedeemed"));
        assertEquals(30, s.getInt("pointsReturned"));
        assertEquals(-20, s.getInt("netPoints"));
        assertEquals(0, new BigDecimal("-2.00").compareTo(s.getJsonNumber("moneyDue").bigDecimalValue()), "the shop owes 2 yuan back");
        JsonObject correction = s.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("kind").equals("RETURN")).findFirst().orElseThrow();
        assertTrue(correction.getBoolean("correction"));
        assertEquals(sold, correction.getJsonNumber("correctsRedemptionId").longValue());
        assertEquals(statement, correction.getJsonNumber("correctsStatementId").longValue(), "names the statement it corrects");
    }

    @Test
    void theTenantAdminMarksAStatementPaidOnceWithAReferenceAtTheTimeOfPaymentAndTheAuditLogKeepsIt() {
        rules(7, "0.01");
        long id = issue(lastMonth.toString()).json().getJsonNumber("id").longValue();
        String one = "/shops/" + shop + "/statements/" + id;
        String payment = one + "/payment";
        JsonObject unpaid = admin("GET", one, null).json();
        assertFalse(unpaid.getBoolean("paid"));
        assertTrue(!unpaid.containsKey("paidAt") || unpaid.isNull("paidAt"), "no time of payment before it is paid: " + unpaid);
        assertRefused(admin("POST", payment, "{}"), 400, "error.statement.reference");
        assertEquals(403, clerk("clerk", "POST", payment, "{\"reference\":\"TR-clerk\"}").status(), "a clerk does not pay");

        Instant before = ServerClock.now(api);
        Http.Reply paid = admin("POST", payment, "{\"reference\":\"TR-20261205-01\"}");
        Instant after = ServerClock.now(api);
        assertEquals(200, paid.status(), paid.body());
        assertTrue(paid.json().getBoolean("paid"));
        Instant paidAt = Instant.parse(paid.json().getString("paidAt"));
        assertFalse(paidAt.isBefore(before) || paidAt.isAfter(after),
                "paid at the server's time of the payment: " + paidAt + " not within " + before + " … " + after);
        assertTrue(paid.json().getString("paidBy").endsWith("/admin"), paid.json().getString("paidBy"));

        assertRefused(admin("POST", payment, "{\"reference\":\"TR-again\"}"), 409, "error.statement.paid");
        JsonObject stored = admin("GET", one, null).json();
        assertEquals("TR-20261205-01", stored.getString("paidReference"), "the first payment stays");
        assertSameMicrosecond(paidAt, Instant.parse(stored.getString("paidAt")), "and its time");

        Http.Reply audit = admin("GET", "/audit?type=ShopStatement&text=TR-20261205-01", null);
        assertEquals(200, audit.status());
        List<JsonObject> payments = audit.array().getValuesAs(JsonObject.class);
        assertEquals(1, payments.size(), "one entry for the one payment: " + audit.body());
        JsonObject entry = payments.get(0);
        assertEquals(Long.toString(id), entry.getString("entityId"));
        assertEquals("UPDATE", entry.getString("action"));
        JsonObject changes = Json.createReader(new StringReader(entry.getString("changes"))).readObject();
        assertEquals("TR-20261205-01", changes.getJsonObject("paidReference").getString("new"));
        assertSameMicrosecond(paidAt, Instant.parse(changes.getJsonObject("paidAt").getString("new")), "the audit log keeps when");
    }

    @Test
    void aReturnAfterTheTenantsWindowIsRefusedWithTheWindowAndInvalidSettingsStoreNothing() throws Exception {
        JsonObject defaults = admin("GET", "/shop-rules", null).json();
        assertEquals(7, defaults.getInt("returnDays"), "7 days until the tenant admin saves the settings");
        rules(1, "0.01");
        long sold = redeem("E1", setup.soap(), 1);
        moveTo(sold, utc(now.minusDays(2))); // two days before the server's now
        Http.Reply refused = clerk("clerk", "POST", "/redemptions/" + sold + "/return", returnBody());
        assertRefused(refused, 409, "error.redemption.windowOver");
        assertEquals("1", refused.json().getJsonArray("args").getString(0), "the reason names the tenant's window");
        rules(3, "0.01");
        assertEquals(201, clerk("clerk", "POST", "/redemptions/" + sold + "/return", returnBody()).status(), "within 3 days");

        assertRefused(admin("PUT", "/shop-rules", "{\"returnDays\":-1,\"yuanPerPoint\":0.01}"), 400, "error.shopRules.returnDays");
        assertRefused(admin("PUT", "/shop-rules", "{\"returnDays\":1000,\"yuanPerPoint\":0.01}"), 400, "error.shopRules.returnDays");
        assertRefused(admin("PUT", "/shop-rules", "{\"returnDays\":7,\"yuanPerPoint\":-0.5}"), 400, "error.shopRules.rate");
        assertRefused(admin("PUT", "/shop-rules", "{\"returnDays\":7,\"yuanPerPoint\":0.00001}"), 400, "error.shopRules.rate");
        assertRefused(admin("PUT", "/shop-rules", "{\"returnDays\":7}"), 400, "error.shopRules.missing");
        assertEquals(403, clerk("clerk", "PUT", "/shop-rules", "{\"returnDays\":30,\"yuanPerPoint\":0.01}").status());
        assertEquals(3, admin("GET", "/shop-rules", null).json().getInt("returnDays"), "refused settings stored nothing");
    }

    @Test
    void aClerkSeesTheirOwnShopsStatementsAndAClerkOfAnotherShopNone() {
        rules(7, "0.01");
        long id = issue(lastMonth.toString()).json().getJsonNumber("id").longValue();
        long other = admin("POST", "/shops", "{\"code\":\"GF02\",\"name\":\"西关超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}").json()
                .getJsonNumber("id").longValue();
        long user = admin("POST", "/users", Json.createObjectBuilder().add("username", "clerk2").add("displayName", "店员二")
                .add("role", "SHOP_CLERK").add("scopePlaceId", setup.west()).add("password", PASSWORD).build().toString())
                .json().getJsonNumber("id").longValue();
        assertEquals(201, admin("POST", "/shop-clerks", "{\"shopId\":" + other + ",\"userId\":" + user + "}").status());

        String one = "/shops/" + shop + "/statements/" + id;
        assertEquals(1, clerk("clerk", "GET", "/shops/" + shop + "/statements", null).array().size());
        assertEquals(200, clerk("clerk", "GET", one, null).status());
        assertEquals(200, api.download("/api/t/" + code + one + ".xlsx", "clerk", PASSWORD).status());
        assertEquals(403, clerk("clerk", "POST", "/shops/" + shop + "/statements", "{\"period\":\"" + lastMonth + "\"}").status(),
                "a clerk does not issue");

        assertEquals(404, clerk("clerk2", "GET", "/shops/" + shop + "/statements", null).status());
        assertEquals(404, clerk("clerk2", "GET", one, null).status());
        assertEquals(404, clerk("clerk2", "GET", "/shop-statements/" + id, null).status());
        assertEquals(404, api.download("/api/t/" + code + one + ".xlsx", "clerk2", PASSWORD).status());
        assertEquals(404, api.download("/api/t/" + code + one + ".pdf", "clerk2", PASSWORD).status());
        assertEquals(404, clerk("clerk2", "GET", "/shops/" + other + "/statements/" + id, null).status(), "not through their own shop");
        assertTrue(clerk("clerk2", "GET", "/shop-statements", null).array().isEmpty());
    }

    @Test
    void excelAndPdfCarryTheShopTheTotalsAndTheLines() throws Exception {
        rules(7, "0.0125");
        moveTo(redeem("E1", setup.soap(), 2), lastMonth.atDay(8) + " 12:00:00");
        moveTo(redeem("E2", setup.rice(), 1), lastMonth.atDay(9) + " 12:00:00");
        long id = issue(lastMonth.toString()).json().getJsonNumber("id").longValue();
        String one = "/api/t/" + code + "/shops/" + shop + "/statements/" + id;

        Http.Download xlsx = api.download(one + ".xlsx", "admin", ADMIN_PASSWORD);
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("content-disposition").contains(".xlsx"), xlsx.header("content-disposition"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("结算单");
            assertTrue(value(summary, "兑换点").contains("东关共富超市"));
            assertEquals(50.0, Double.parseDouble(value(summary, "净积分")));
            assertEquals(0.63, Double.parseDouble(value(summary, "应付金额（元）")), 1e-9);
            assertEquals(2, book.getSheet("明细").getLastRowNum(), "a header and two lines");
        }

        Http.Download pdf = api.download(one + ".pdf", "admin", ADMIN_PASSWORD);
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document);
        }
        assertTrue(text.contains("东关共富超市"), text);
        assertTrue(text.contains("应付金额") && text.contains("0.63") && text.contains("0.0125"), text);
        assertTrue(text.contains("GF01-" + lastMonth) && text.contains("E1") && text.contains("E2"), text);
    }

    // ---- helpers

    /**
     * The same instant as far as the database keeps it: the answer of the payment carries the
     * server's nanoseconds, the stored time (datetime(6)) is rounded to the microsecond.
     */
    /**
     * The same moment as the database keeps it: MySQL and MariaDB 11 keep microseconds, MariaDB 10
     * reached through mysql-connector-j whole seconds (the driver reads its version as 5.5.5 and
     * sends no fractions; CI's external server is one) — never a different second.
     */
    private static void assertSameMicrosecond(Instant expected, Instant actual, String message) {
        boolean sameMicro = Duration.between(expected, actual).abs().toNanos() < 1_000;
        boolean sameSecondWithoutFraction = actual.getNano() == 0
                && expected.truncatedTo(ChronoUnit.SECONDS).equals(actual);
        assertTrue(sameMicro || sameSecondWithoutFraction, message + ": " + expected + " vs " + actual);
    }

    private static String value(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                var cell = row.getCell(1);
                return cell.getCellType() == CellType.NUMERIC
                        ? Double.toString(cell.getNumericCellValue()) : cell.getStringCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }

    private void rules(int days, String rate) {
        Http.Reply saved = admin("PUT", "/shop-rules", "{\"returnDays\":" + days + ",\"yuanPerPoint\":" + rate + "}");
        assertEquals(200, saved.status(), saved.body());
    }

    private Http.Reply issue(String period) {
        return admin("POST", "/shops/" + shop + "/statements", period == null ? "{}" : "{\"period\":\"" + period + "\"}");
    }

    private long redeem(String household, long goods, int quantity) {
        Http.Reply reply = clerk("clerk", "POST", "/redemptions", Json.createObjectBuilder().add("household", household)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("goodsId", goods).add("quantity", quantity)))
                .add("idempotencyKey", UUID.randomUUID().toString()).build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private long giveBack(long redemption) {
        Http.Reply reply = clerk("clerk", "POST", "/redemptions/" + redemption + "/return", returnBody());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static String returnBody() {
        return "{\"reason\":\"顾客退货\",\"idempotencyKey\":\"return-" + UUID.randomUUID() + "\"}";
    }

    /** {@code time} as the database stores it (UTC). */
    private static String utc(ZonedDateTime time) {
        return time.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().toString().replace('T', ' ');
    }

    /** Moves a redemption or return to another time (stored as UTC). */
    private static void moveTo(long redemption, String utcTime) throws Exception {
        execute("update shop_redemption set created_at = '" + utcTime + "' where id = " + redemption);
    }

    private static void execute(String sql) throws Exception {
        assertEquals(1, Fixtures.execute(sql), sql);
    }

    private static void assertRefused(Http.Reply reply, int status, String key) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(key, reply.json().getString("error"));
    }

    private Http.Reply clerk(String user, String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, user, PASSWORD, body);
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }
}
