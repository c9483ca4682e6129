package cn.xiangzhi.seal;

import cn.xiangzhi.decisions.DecisionFixture;
import cn.xiangzhi.devices.DeviceFixture;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A county with two villages (东村 with a seal terminal holding its committee seal, 西村), a township
 * reviewer, a village admin of 东村, the seed's three application classes, and helpers to apply,
 * decide and finish a four-step matter over REST.
 */
public final class SealFixture {

    public static final String REVIEWER_PASSWORD = "reviewer-pass-1";
    public static final String VILLAGER_PASSWORD = "village-pass-1";
    /** The smallest PDF the server recognises by its first bytes. */
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    public final Http api;
    public final URI root;
    public final String tenant;
    public final long village;
    public final long otherVillage;
    public final long township;
    public final long seal;
    public final long deviceId;
    public final String serial;
    public final String secret;
    public final Map<String, Long> classes;

    public final String reviewer;
    public final String villager;

    /** A new county with 东村 and 西村. */
    public SealFixture(Http api, URI root, String label) {
        this(api, root, Fixtures.countyWithVillages(api, label, "东村", "西村"));
    }

    private SealFixture(Http api, URI root, Fixtures.County county) {
        this(api, root, county.code(), county.villages()[0], county.villages()[1]);
    }

    /** In {@code tenant}: a seal of {@code village}, users named after the village (several fixtures may share a tenant). */
    public SealFixture(Http api, URI root, String tenant, long village, long otherVillage) {
        this.api = api;
        this.root = root;
        this.tenant = tenant;
        this.village = village;
        this.otherVillage = otherVillage;
        township = admin("GET", "/places/" + village, null).json().getJsonNumber("parentId").longValue();
        reviewer = "reviewer-" + village;
        villager = "villager-" + village;
        user(reviewer, "镇审核员", "TOWNSHIP_REVIEWER", township, REVIEWER_PASSWORD);
        user(villager, "东村管理员", "VILLAGE_ADMIN", village, VILLAGER_PASSWORD);
        classes = admin("POST", "/seal-classes/defaults", null).array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(c -> c.getString("code"), c -> c.getJsonNumber("id").longValue()));
        serial = DeviceFixture.serial("SEAL");
        deviceId = sealTerminal(serial, village);
        Http.Reply registered = admin("POST", "/seals", Json.createObjectBuilder().add("villageId", village)
                .add("kind", "VILLAGE_COMMITTEE").add("name", "东村村民委员会").add("deviceId", deviceId).build().toString());
        assertEquals(201, registered.status(), registered.body());
        seal = registered.json().getJsonObject("seal").getJsonNumber("id").longValue();
        secret = registered.json().getString("terminalSecret");
    }

    /** A device of kind SEAL claimed for {@code villageId}; its registry id. */
    public long sealTerminal(String serialNumber, long villageId) {
        Http.Reply claimed = admin("POST", "/devices", Json.createObjectBuilder().add("serialNumber", serialNumber)
                .add("villageId", villageId).add("kind", "SEAL").add("label", "智能印章机").build().toString());
        assertEquals(201, claimed.status(), claimed.body());
        return claimed.json().getJsonNumber("id").longValue();
    }

    public SealTerminalSimulator terminal() {
        return new SealTerminalSimulator(root, serial, secret, () -> ServerClock.now(api));
    }

    public Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, body);
    }

    public Http.Reply as(String user, String password, String method, String path, String body) {
        return api.call(method, "/api/t/" + tenant + path, user, password, body);
    }

    public void user(String username, String name, String role, long scope, String password) {
        assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", username).add("displayName", name)
                .add("role", role).add("scopePlaceId", scope).add("password", password).build().toString()).status());
    }

    /** An application of the village admin: {@code stamps} stamps from an hour ago for {@code days} days, with a PDF. */
    public Http.Reply apply(String classCode, Long matter, String purpose, int stamps, int days) {
        LocalDateTime now = LocalDateTime.ofInstant(ServerClock.now(api), ServerClock.TENANT_ZONE).withSecond(0).withNano(0);
        return applyAt(classCode, matter, purpose, stamps, now.minusHours(1), now.plusDays(days), List.of(PDF));
    }

    public Http.Reply applyAt(String classCode, Long matter, String purpose, int stamps, LocalDateTime from, LocalDateTime until,
                              List<byte[]> documents) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        int i = 0;
        for (byte[] document : documents) {
            files.add(Json.createObjectBuilder().add("fileName", "材料" + (++i) + ".pdf")
                    .add("content", Base64.getEncoder().encodeToString(document)));
        }
        var body = Json.createObjectBuilder().add("sealId", seal).add("classId", classes.get(classCode)).add("purpose", purpose)
                .add("stamps", stamps).add("validFrom", from.toString()).add("validUntil", until.toString()).add("documents", files);
        if (matter != null) {
            body.add("matterId", matter);
        }
        return as(villager, VILLAGER_PASSWORD, "POST", "/seal-applications", body.build().toString());
    }

    public Http.Reply decide(String user, String password, long application, boolean approve, String reason) {
        var body = Json.createObjectBuilder().add("approve", approve);
        if (reason != null) {
            body.add("reason", reason);
        }
        return as(user, password, "POST", "/seal-applications/" + application + "/decision", body.build().toString());
    }

    /** A daily-service application approved by the township reviewer; its id. */
    public long approvedDaily(int stamps, int days) {
        long id = Fixtures.created(apply("DAILY", null, "开具居住证明", stamps, days));
        Http.Reply approved = decide(reviewer, REVIEWER_PASSWORD, id, true, null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"), approved.body());
        return id;
    }

    /** A four-step matter of {@code villageId}, finished (DONE) when {@code finish}, left open otherwise. */
    public static long matter(Http api, String tenant, long villageId, String title, boolean finish) {
        DecisionFixture f = new DecisionFixture(api, tenant, villageId);
        long item = f.item("S" + System.nanoTime() % 1_000_000, "村集体资产发包", f.procedure("4Y2G"));
        long matter = f.matter(item, title);
        LocalDate today = ServerClock.today(api);
        f.fourMeetings(matter, today.minusDays(3));
        if (finish) {
            assertEquals(201, f.act(matter, 5, today.minusDays(2), "决议公开").status());
            assertEquals(201, f.act(matter, 6, today.minusDays(1), "结果公开").status());
            assertEquals("DONE", f.call("GET", "/decision-matters/" + matter, null).json().getString("status"));
        }
        return matter;
    }

    public static Instant at(LocalDateTime local) {
        return local.atZone(ServerClock.TENANT_ZONE).toInstant();
    }
}
