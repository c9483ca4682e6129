package cn.xiangzhi.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Opens test tenants through the operator's REST API, with a county code unique to this run, so
 * tests never depend on each other's data or on a clean database.
 */
public final class Fixtures {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-it-secret";
    public static final String ADMIN_PASSWORD = "admin-secret-1";
    /** Pingyin county, Jinan (seed 000). Division codes are unique per tenant, not across tenants. */
    /** A 1×1 PNG, for evidence photos. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    public static final String PINGYIN = "370124000000";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    private Fixtures() {
    }

    /** A county tenant with its admin {@code admin} ({@link #ADMIN_PASSWORD}); returns the created tenant as JSON. */
    public static JsonObject openCounty(Http api, String label) {
        return openCounty(api, label, ADMIN_PASSWORD);
    }

    /** A county tenant whose admin {@code admin} has {@code adminPassword}; returns the created tenant as JSON. */
    public static JsonObject openCounty(Http api, String label, String adminPassword) {
        int n = SEQUENCE.incrementAndGet();
        String code = label + "-" + RUN + "-" + n;
        String body = Json.createObjectBuilder()
                .add("code", code).add("name", label + "县" + n).add("kind", "COUNTY")
                .add("divisionCode", PINGYIN)
                .add("adminUsername", "admin").add("adminName", "管理员" + n).add("adminPassword", adminPassword)
                .build().toString();
        Http.Reply reply = api.call("POST", "/api/platform/tenants", OPERATOR, OPERATOR_PASSWORD, body);
        if (reply.status() != 201) {
            throw new AssertionError("could not open tenant " + code + ": " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    public static JsonObject rootPlace(Http api, String tenant) {
        return rootPlace(api, tenant, ADMIN_PASSWORD);
    }

    public static JsonObject rootPlace(Http api, String tenant, String adminPassword) {
        Http.Reply reply = api.call("GET", "/api/t/" + tenant + "/places", "admin", adminPassword, null);
        if (!reply.ok()) {
            throw new AssertionError(reply.status() + " " + reply.body());
        }
        return reply.array().getJsonObject(0);
    }

    public static String divisionOf(JsonObject tenant) {
        return tenant.getString("divisionCode");
    }

    /** A county tenant with villages of the given names (in one township); returns the tenant code and village ids. */
    public record County(String code, long[] villages) {
    }

    public static County countyWithVillages(Http api, String label, String... names) {
        String code = openCounty(api, label).getString("code");
        long root = rootPlace(api, code).getJsonNumber("id").longValue();
        long[] ids = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = addVillage(api, code, root, names[i]);
        }
        return new County(code, ids);
    }

    /**
     * A township reviewer {@code reviewer} (password {@code reviewer-pass-1}, name 镇审核员) scoped to the
     * county's first township; returns the township's id.
     */
    public static long townshipReviewer(Http api, String code) {
        long township = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null).array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("level").equals("TOWNSHIP")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD, Json.createObjectBuilder()
                .add("username", "reviewer").add("displayName", "镇审核员").add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township)
                .add("password", "reviewer-pass-1").build().toString());
        if (user.status() != 201) {
            throw new AssertionError("could not create the township reviewer: " + user.status() + " " + user.body());
        }
        return township;
    }

    public static long addVillage(Http api, String code, long root, String name) {
        String township = PINGYIN.substring(0, 6) + "104000";
        Http.Reply existing = api.call("GET", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD, null);
        long townshipId = existing.array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("divisionCode").equals(township))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).findFirst()
                .orElseGet(() -> api.call("POST", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD,
                        Json.createObjectBuilder().add("parentId", root).add("level", "TOWNSHIP").add("name", "孔村镇")
                                .add("divisionCode", township).build().toString()).json().getJsonNumber("id").longValue());
        int count = existing.array().size();
        String village = township.substring(0, 9) + String.format("%03d", 200 + count);
        Http.Reply created = api.call("POST", "/api/t/" + code + "/places", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("parentId", townshipId).add("level", "VILLAGE").add("name", name)
                        .add("divisionCode", village).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** County codes for self-service sign-ups, one of its own each: an active tenant's code is refused to a second one. */
    private static final int COUNTY_BASE = 1000 + (int) (System.nanoTime() % 8000);
    private static final AtomicInteger SIGN_UPS = new AtomicInteger();

    /** A 6-digit county code not used by another sign-up of this run. */
    public static String freshCounty() {
        return "37" + String.format("%04d", (COUNTY_BASE + SIGN_UPS.incrementAndGet() * 7) % 10000);
    }

    /**
     * A client address of its own (the test server trusts X-Forwarded-For from loopback): sign-ups
     * are limited per address, and failed sign-ins are throttled per address.
     */
    public static Map<String, String> freshClient() {
        int n = SIGN_UPS.incrementAndGet();
        return Map.of("X-Forwarded-For", "100.64." + (COUNTY_BASE % 250) + "." + (n % 250));
    }

    /**
     * A tenant signed up through {@code POST /api/signup} with a fresh division code (a county, or a
     * township in a fresh county) from a fresh client address; its admin signs in with
     * {@code phone} and {@code signup-pass-1}. Returns the created tenant.
     */
    public static JsonObject signUp(Http api, String code, String kind, String starter, String phone) {
        for (int attempt = 0; ; attempt++) {
            String division = kind.equals("COUNTY") ? freshCounty() : freshCounty() + "102000";
            String body = Json.createObjectBuilder().add("code", code).add("name", "注册测试" + code).add("kind", kind)
                    .add("divisionCode", division).add("adminName", "管理员").add("adminPhone", phone)
                    .add("password", "signup-pass-1").add("starter", starter).build().toString();
            Http.Reply reply = api.call("POST", "/api/signup", null, null, body, freshClient());
            if (reply.status() == 409 && attempt < 5 && reply.body().contains("error.signup.divisionTaken")) {
                continue; // a code of an earlier run's tenant in a database kept across runs
            }
            if (reply.status() != 201) {
                throw new AssertionError("could not sign up " + code + ": " + reply.status() + " " + reply.body());
            }
            return reply.json();
        }
    }

    /** The id of what a 201 answer created. */
    public static long created(Http.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("not created: " + reply.status() + " " + reply.body());
        }
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The text of a QR code image, as a scanner reads it. */
    public static String decodeQr(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            // ZXing's finder-pattern detector misses about 1 in 250 perfect, generated codes (measured over 2,000 random
            // card payloads); a generated image is a pure barcode, which ZXing reads without that detector.
            try {
                return new QRCodeReader().decode(bitmap,
                        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            } catch (ReaderException detectorMissed) {
                return new QRCodeReader().decode(bitmap,
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
            }
        } catch (Exception e) {
            throw new AssertionError("not a readable QR code", e);
        }
    }

    /** Runs one SQL update on the test database (to move rows in time: tests cannot wait); returns the rows changed. */
    public static int execute(String sql) throws SQLException {
        try (var connection = connection(); var statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    /** The number a counting query on the test database answers. */
    public static long count(String sql) throws SQLException {
        try (var connection = connection(); var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The tables of the test database that have a column {@code column} (e.g. every tenant-owned table for tenant_id). */
    public static List<String> tablesWithColumn(String column) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var connection = connection(); var query = connection.prepareStatement("select table_name from information_schema.columns"
                + " where table_schema = database() and column_name = ? order by table_name")) {
            query.setString(1, column);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    /** A connection of its own to the test database, for a test that plays a second server or holds a lock (the caller closes it). */
    public static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getProperty("it.jdbc.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password"));
    }

    /** Ends a published month's objection period (the test cannot wait a week): its lines become redeemable. */
    public static void endObjectionPeriod(long month) throws SQLException {
        try (var connection = connection();
             var update = connection.prepareStatement(
                     "update points_month set objection_until = current_date - interval 1 day where id = ?")) {
            update.setLong(1, month);
            assertEquals(1, update.executeUpdate());
        }
    }
}
