package cn.xiangzhi.devices;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Metrics;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attendance terminals over the ZKTeco PUSH protocol, driven by {@link TerminalSimulator} (written
 * from the protocol's description, sharing no code with the server), and the registry over REST
 * and on the staff page.
 */
class DevicesIT extends ApplicationIT {

    Http api;
    String tenant;
    long village;
    URI root;

    @BeforeEach
    void county() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "dev", "考勤村", "邻村");
        tenant = county.code();
        village = county.villages()[0];
        root = URI.create(base.toString());
    }

    private DeviceFixture.Claimed claimed(String language) {
        return DeviceFixture.claimed(api, root, tenant, "admin", ADMIN_PASSWORD, village, language, null);
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, body);
    }

    private static long punchesOf(long device) throws SQLException {
        return Fixtures.count("select count(*) from device_punch where device_id = " + device);
    }

    @Test
    void theHandshakeAnswersTheOptionsBlockAsPlainTextWithTheServersDateInGmt() {
        DeviceFixture.Claimed device = claimed("83");
        TerminalSimulator.Answer answer = device.terminal().handshake();
        assertEquals(200, answer.status());
        assertTrue(answer.header("content-type").startsWith("text/plain"), answer.header("content-type"));
        List<String> lines = answer.text().lines().toList();
        assertEquals("GET OPTION FROM: " + device.terminal().serial(), lines.get(0));
        for (String option : List.of("ATTLOGStamp=", "OPERLOGStamp=", "ATTPHOTOStamp=", "ErrorDelay=30", "Delay=10", "TransTimes=",
                "TransInterval=", "TransFlag=TransData AttLog\tOpLog\tAttPhoto", "TimeZone=8", "Realtime=1", "Encrypt=None",
                "ServerVer=", "PushProtVer=")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(option)), option + " in " + lines);
        }
        String date = answer.header("date");
        assertNotNull(date, "the Date header devices set their clock from");
        assertTrue(date.endsWith("GMT"), date);
        Instant said = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertTrue(Duration.between(said, Instant.now()).abs().getSeconds() < 120, "Date " + date + " is the real time");
    }

    @Test
    void attendanceLinesOfFiveSevenAndTenFieldsAreStoredInTheDevicesZone() throws SQLException {
        DeviceFixture.Claimed shanghai = claimed("69");
        TerminalSimulator.Answer answer = shanghai.terminal().attlog("1", List.of(
                "1001\t2026-12-01 08:00:00\t0\t1\t",
                "1002\t2026-12-01 08:05:00\t0\t15\t0\t0\t0",
                "1003\t2026-12-01 18:00:00\t1\t4\t0\t0\t0\t1\t36.5\t0"));
        assertEquals(200, answer.status());
        assertEquals("OK:3", answer.text());
        assertEquals(3, punchesOf(shanghai.id()));
        JsonArray punches = admin("GET", "/device-punches?device=" + shanghai.id(), null).array();
        JsonObject first = punches.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("pin").equals("1001")).findFirst().orElseThrow();
        assertEquals("2026-12-01T00:00:00Z", first.getString("punchedAt"), "08:00 on the device's clock in Asia/Shanghai");
        JsonObject ten = punches.getValuesAs(JsonObject.class).stream().filter(p -> p.getString("pin").equals("1003")).findFirst().orElseThrow();
        assertEquals(1, ten.getInt("status"));
        assertEquals(4, ten.getInt("verify"));
        assertTrue(ten.getString("extra").contains("36.5"), "the fields beyond the known ones are kept: " + ten);

        DeviceFixture.Claimed urumqi = DeviceFixture.claimed(api, root, tenant, "admin", ADMIN_PASSWORD, village, "69", "Asia/Urumqi");
        assertEquals("OK:1", urumqi.terminal().attlog("1", List.of("1001\t2026-12-01 08:00:00\t0\t1\t0")).text());
        JsonObject west = admin("GET", "/device-punches?device=" + urumqi.id(), null).array().getJsonObject(0);
        assertEquals("2026-12-01T02:00:00Z", west.getString("punchedAt"), "each device's zone is applied to its clock");
    }

    @Test
    void aBatchSentThreeTimesIsStoredOnceAndAcknowledgedInFullEachTime() throws SQLException {
        DeviceFixture.Claimed device = claimed("69");
        List<String> batch = TerminalSimulator.lines(300, "7", "2026-12-02 07:30:00");
        long counted = Metrics.value(api, "xiangzhi_device_records_total");
        for (int attempt = 1; attempt <= 3; attempt++) {
            TerminalSimulator.Answer answer = device.terminal().attlog("2", batch);
            assertEquals("OK:300", answer.text(), "attempt " + attempt);
        }
        assertEquals(300, punchesOf(device.id()));
        assertEquals(counted + 300, Metrics.value(api, "xiangzhi_device_records_total"), "the operator's counter: each record once");
        assertEquals(0, Fixtures.count("select count(*) from (select 1 from device_punch where device_id = " + device.id()
                + " group by pin, punched_local having count(*) > 1) d"));
        assertEquals("OK:2", device.terminal().attlogFormEncoded(List.of("70\t2026-12-02 07:30:00\t0\t1\t0",
                "99901\t2026-12-02 07:31:00\t0\t1\t0")).text(), "the form-encoded variant of OEM firmware");
        assertEquals(301, punchesOf(device.id()), "of the form-encoded two, one was stored already");
        assertEquals(counted + 301, Metrics.value(api, "xiangzhi_device_records_total"));
    }

    @Test
    void badLinesNeverFailTheirBatchTheGoodOnesAreStoredAndTheBadOnesKeptWithTheirText() throws SQLException {
        DeviceFixture.Claimed device = claimed("69");
        List<String> lines = List.of(
                "2001\t2026-12-03 08:00:00\t0\t1\t0",
                "2002\t2026-12-03 08:01:00",
                "2003\t2026-02-30 08:00:00\t0\t1\t0",
                "garbage without tabs",
                "2004\t2026-12-03 08:02:00\tin\t1\t0",
                "2005\t2026-12-03 08:03:00\t0\t1\t0");
        TerminalSimulator.Answer answer = device.terminal().attlog("3", lines);
        assertEquals(200, answer.status(), "a bad line never makes the device resend everything");
        assertEquals("OK:2", answer.text());
        assertEquals(2, punchesOf(device.id()));
        device.terminal().attlog("3", lines);
        JsonArray kept = admin("GET", "/device-rejected-lines?device=" + device.id(), null).array();
        assertEquals(4, kept.size(), "each bad line kept once, though sent twice: " + kept);
        Map<String, String> reasons = new HashMap<>();
        kept.getValuesAs(JsonObject.class).forEach(k -> reasons.put(k.getString("rawText"), k.getString("reason")));
        assertEquals("device.line.fields", reasons.get("2002\t2026-12-03 08:01:00"));
        assertEquals("device.line.time", reasons.get("2003\t2026-02-30 08:00:00\t0\t1\t0"));
        assertEquals("device.line.fields", reasons.get("garbage without tabs"));
        assertEquals("device.line.number", reasons.get("2004\t2026-12-03 08:02:00\tin\t1\t0"));
        JsonObject listed = admin("GET", "/devices/" + device.id(), null).json();
        assertEquals(2, listed.getInt("recordsToday"));
        assertEquals(4, listed.getInt("errorsToday"));
    }

    @Test
    void userLinesGiveNamesInGb2312OrUtf8AndATamperAlarmReachesTheTenant() {
        DeviceFixture.Claimed chinese = claimed("83");
        TerminalSimulator.Answer answer = chinese.terminal().operlog(List.of(
                "USER PIN=3001\tName=张三丰\tPri=0\tPasswd=\tCard=12345\tGrp=1",
                "FP PIN=3001\tFID=6\tSize=1184\tValid=1\tTMP=TWFnaWNUZW1wbGF0ZQ==",
                "OPLOG 4\t0\t2026-12-04 09:00:00\t0\t0\t0\t0",
                "OPLOG 3\t0\t2026-12-04 02:13:00\t55\t0\t0\t0"));
        assertEquals("OK:4", answer.text());
        DeviceFixture.Claimed english = claimed("69");
        assertEquals("OK:1", english.terminal().operlog(List.of("USER PIN=3002\tName=李四\tPri=0\tPasswd=\tCard=\tGrp=1")).text());
        JsonArray people = admin("GET", "/terminal-users?village=" + village, null).array();
        assertTrue(people.getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getString("pin").equals("3001")
                && p.getString("name").equals("张三丰") && p.getString("card").equals("12345")), "GB2312 name read: " + people);
        assertTrue(people.getValuesAs(JsonObject.class).stream().anyMatch(p -> p.getString("pin").equals("3002")
                && p.getString("name").equals("李四")), "UTF-8 name read: " + people);
        assertFalse(people.toString().contains("TWFnaWNUZW1wbGF0ZQ"), "biometric templates are not kept");
        JsonArray alarms = admin("GET", "/device-alarms?device=" + chinese.id(), null).array();
        assertEquals(1, alarms.size(), alarms.toString());
        assertEquals(55, alarms.getJsonObject(0).getInt("reason"));
        assertTrue(alarms.getJsonObject(0).getBoolean("tamper"));
        assertEquals("2026-12-03T18:13:00Z", alarms.getJsonObject(0).getString("occurredAt"));
        assertEquals(1, admin("GET", "/devices/" + chinese.id(), null).json().getInt("alarmsToday"));
    }

    @Test
    void anUnknownSerialIsAnsweredAsPendingStoresNothingAndIsHeardOnceClaimed() throws SQLException {
        String serial = DeviceFixture.serial("P");
        TerminalSimulator terminal = new TerminalSimulator(root, serial, "69");
        TerminalSimulator.Answer handshake = terminal.handshake();
        assertEquals(200, handshake.status());
        assertTrue(handshake.text().startsWith("GET OPTION FROM: " + serial), "answered so it stops retrying");
        List<String> batch = List.of("4001\t2026-12-04 08:00:00\t0\t1\t0", "4002\t2026-12-04 08:00:00\t0\t1\t0");
        assertEquals("OK:2", terminal.attlog("1", batch).text());
        assertEquals("OK", terminal.getrequest().text());
        assertEquals(1, Fixtures.count("select count(*) from device where serial_number = '" + serial
                + "' and status = 'PENDING' and tenant_id is null"), "kept as a pending device of no tenant");
        assertEquals(0, Fixtures.count("select count(*) from device_punch p join device d on d.id = p.device_id where d.serial_number = '"
                + serial + "'"), "nothing a pending device sends is stored");

        Http.Reply claim = admin("POST", "/devices", Json.createObjectBuilder().add("serialNumber", serial).add("villageId", village)
                .build().toString());
        assertEquals(201, claim.status(), claim.body());
        assertEquals("ACTIVE", claim.json().getString("status"));
        assertEquals("Asia/Shanghai", claim.json().getString("timeZone"), "the tenant's zone by default");
        assertEquals("OK:2", terminal.attlog("1", batch).text());
        assertEquals(2, punchesOf(claim.json().getJsonNumber("id").longValue()), "heard once claimed");
        assertEquals("2.2.14", admin("GET", "/devices/" + claim.json().getJsonNumber("id"), null).json().getString("pushVersion"),
                "what it said while pending is kept");
        assertEquals(409, admin("POST", "/devices", Json.createObjectBuilder().add("serialNumber", serial).add("villageId", village)
                .build().toString()).status(), "claimed twice");
    }

    @Test
    void claimsWithABadSerialVillageOrKindAreRefusedNamingTheField() {
        Http.Reply serial = admin("POST", "/devices", "{\"serialNumber\":\"bad serial!\",\"villageId\":" + village + "}");
        assertEquals(400, serial.status());
        assertEquals("error.device.serial", serial.json().getString("error"));
        Http.Reply noVillage = admin("POST", "/devices", "{\"serialNumber\":\"" + DeviceFixture.serial("V") + "\"}");
        assertEquals(400, noVillage.status());
        assertEquals("error.device.village", noVillage.json().getString("error"));
        long township = admin("GET", "/places", null).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("level").equals("TOWNSHIP")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Reply notAVillage = admin("POST", "/devices", "{\"serialNumber\":\"" + DeviceFixture.serial("V") + "\",\"villageId\":" + township + "}");
        assertEquals("error.device.village", notAVillage.json().getString("error"));
        Http.Reply kind = admin("POST", "/devices", "{\"serialNumber\":\"" + DeviceFixture.serial("V") + "\",\"villageId\":" + village
                + ",\"kind\":\"TOASTER\"}");
        assertEquals("error.device.kind", kind.json().getString("error"));
        Http.Reply zone = admin("POST", "/devices", "{\"serialNumber\":\"" + DeviceFixture.serial("V") + "\",\"villageId\":" + village
                + ",\"timeZone\":\"Mars/Olympus\"}");
        assertEquals("error.device.timeZone", zone.json().getString("error"));
        assertEquals(400, new TerminalSimulator(root, "bad!serial", "69").ping().status(), "a serial that is none");
    }

    @Test
    void aDisabledDeviceIsRefusedAndStoresNothingUntilEnabledAndAMoveChangesItsVillage() throws SQLException {
        DeviceFixture.Claimed device = claimed("69");
        assertEquals(200, admin("POST", "/devices/" + device.id() + "/disable", null).status());
        TerminalSimulator.Answer refused = device.terminal().attlog("1", List.of("5001\t2026-12-04 08:00:00\t0\t1\t0"));
        assertEquals(403, refused.status());
        assertEquals(403, device.terminal().getrequest().status());
        assertEquals(0, punchesOf(device.id()));
        assertEquals(200, admin("POST", "/devices/" + device.id() + "/enable", null).status());
        assertEquals("OK:1", device.terminal().attlog("1", List.of("5001\t2026-12-04 08:00:00\t0\t1\t0")).text());

        long other = Fixtures.count("select id from place where tenant_id = (select tenant_id from device where id = " + device.id()
                + ") and name = '邻村'");
        Http.Reply moved = admin("PUT", "/devices/" + device.id(), "{\"villageId\":" + other + "}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("邻村", moved.json().getString("villageName"));
        assertEquals("OK:1", device.terminal().attlog("1", List.of("5002\t2026-12-04 08:00:00\t0\t1\t0")).text());
        assertEquals(1, Fixtures.count("select count(*) from device_punch where device_id = " + device.id() + " and pin = '5002'"
                + " and village_id = " + other), "punches after the move belong to the new village");
    }

    @Test
    void aSuspendedTenantsDevicesAreRefused() throws Exception {
        JsonObject county = Fixtures.openCounty(api, "dev-susp");
        String code = county.getString("code");
        long root = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        long own = Fixtures.addVillage(api, code, root, "暂停村");
        DeviceFixture.Claimed device = DeviceFixture.claimed(api, this.root, code, "admin", ADMIN_PASSWORD, own, "69", null);
        long tenantId = county.getJsonNumber("id").longValue();
        assertEquals(200, api.call("POST", "/api/platform/tenants/" + tenantId + "/suspend", Fixtures.OPERATOR,
                Fixtures.OPERATOR_PASSWORD, "{\"reason\":\"测试暂停\"}").status());
        try {
            int status = 0;
            for (int i = 0; i < 40 && status != 403; i++) { // the registry remembers a device's tenant for 5 s
                status = device.terminal().attlog("1", List.of("6001\t2026-12-04 08:00:00\t0\t1\t0")).status();
                if (status != 403) {
                    Thread.sleep(250);
                }
            }
            assertEquals(403, status);
            long stored = punchesOf(device.id());
            assertEquals(403, device.terminal().attlog("1", List.of("6002\t2026-12-04 08:00:00\t0\t1\t0")).status());
            assertEquals(stored, punchesOf(device.id()), "nothing stored while suspended");
            assertEquals(0, Fixtures.count("select count(*) from device_punch where device_id = " + device.id() + " and pin = '6002'"));
        } finally {
            api.call("POST", "/api/platform/tenants/" + tenantId + "/resume", Fixtures.OPERATOR, Fixtures.OPERATOR_PASSWORD, "{}");
        }
    }

    @Test
    void aFiftyMegabyteBodyIsRefusedBeforeAnythingIsStored() throws SQLException {
        DeviceFixture.Claimed device = claimed("69");
        String status = device.terminal().announceHugeAttlog(50L * 1024 * 1024,
                TerminalSimulator.lines(100, "8", "2026-12-04 08:00:00"));
        assertTrue(status.contains(" 413"), status);
        assertEquals(0, punchesOf(device.id()));
    }

    @Test
    void photosAreStoredOnceFromEitherEndpointAndOneWithoutItsSeparatorIsKeptForReview() throws SQLException {
        DeviceFixture.Claimed device = claimed("69");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, (byte) 0xFF, (byte) 0xD9};
        assertEquals("OK", device.terminal().photo("20261204080000-1001.jpg", jpeg, true, false).text());
        assertEquals("OK", device.terminal().photo("20261204080000-1001.jpg", jpeg, true, true).text(), "the same photo by fdata");
        assertEquals("OK", device.terminal().photo("20261204080100-1002.jpg", jpeg, false, true).text(),
                "a photo without its separator is answered, so it is not sent forever");
        JsonArray photos = admin("GET", "/device-photos?device=" + device.id(), null).array();
        assertEquals(1, photos.size(), photos.toString());
        JsonObject photo = photos.getJsonObject(0);
        assertEquals("1001", photo.getString("pin"));
        assertEquals("2026-12-04T00:00:00Z", photo.getString("takenAt"));
        Http.Download content = api.download("/api/t/" + tenant + "/device-photos/" + photo.getJsonNumber("id") + "/content", "admin",
                ADMIN_PASSWORD);
        assertEquals(200, content.status());
        assertArrayEquals(jpeg, content.body());
        JsonArray kept = admin("GET", "/device-rejected-lines?device=" + device.id(), null).array();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals("device.photo.separator", kept.getJsonObject(0).getString("reason"));
        assertTrue(kept.getJsonObject(0).getString("rawText").startsWith("PIN=20261204080100-1002.jpg"));
    }

    @Test
    void aPersonGivenAPinIsPushedToTheVillagesTerminalsAndEachCommandsResultComesBack() {
        DeviceFixture.Claimed device = claimed("83");
        assertEquals("OK", device.terminal().getrequest().text(), "nothing queued yet");
        Http.Reply enrolled = admin("POST", "/terminal-users", Json.createObjectBuilder().add("villageId", village).add("pin", "9001")
                .add("name", "王书记").add("card", "556677").build().toString());
        assertEquals(201, enrolled.status(), enrolled.body());
        assertEquals(1, enrolled.json().getInt("commands"), "one command per terminal of the village");
        long person = enrolled.json().getJsonNumber("id").longValue();

        TerminalSimulator.Answer poll = device.terminal().getrequest();
        Map<Long, String> commands = device.terminal().commands(poll);
        assertEquals(1, commands.size(), poll.text(TerminalSimulator.GB2312));
        long update = commands.keySet().iterator().next();
        assertEquals("DATA UPDATE USERINFO PIN=9001\tName=王书记\tPri=0\tPasswd=\tCard=556677\tGrp=1\tTZ=0000000000000000\tVerify=-1",
                commands.get(update), "the name in GB2312 for a terminal speaking Chinese");
        assertEquals("OK", device.terminal().getrequest().text(), "a command is handed out once");
        assertEquals("SENT", admin("GET", "/device-commands/" + update, null).json().getString("status"));
        assertEquals("OK", device.terminal().devicecmd(update, 0, "DATA").text());
        JsonObject done = admin("GET", "/device-commands/" + update, null).json();
        assertEquals("DONE", done.getString("status"));
        assertEquals(0, done.getInt("returnCode"));

        assertEquals(200, admin("DELETE", "/terminal-users/" + person, null).status());
        Map<Long, String> delete = device.terminal().commands(device.terminal().getrequest());
        long deletion = delete.keySet().iterator().next();
        assertEquals("DATA DELETE USERINFO PIN=9001", delete.get(deletion));
        device.terminal().devicecmd(deletion, -10, "DATA");
        JsonObject failed = admin("GET", "/device-commands/" + deletion, null).json();
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(-10, failed.getInt("returnCode"));

        assertEquals(201, admin("POST", "/devices/" + device.id() + "/check", null).status());
        assertEquals(List.of("CHECK"), new ArrayList<>(device.terminal().commands(device.terminal().getrequest()).values()));
        Http.Reply smuggled = admin("POST", "/terminal-users", Json.createObjectBuilder().add("villageId", village).add("pin", "9002")
                .add("name", "某\nC:1:SHELL reboot").build().toString());
        assertEquals(400, smuggled.status());
        assertEquals("error.terminalUser.name", smuggled.json().getString("error"));
        assertEquals("OK", device.terminal().getrequest().text(), "nothing was queued for the refused name");
    }

    @Test
    void aSerialCallingFarFasterThanATerminalPollsIsAnswered429() {
        TerminalSimulator terminal = new TerminalSimulator(root, DeviceFixture.serial("R"), "69");
        int refused = 0;
        for (int i = 0; i < 140; i++) {
            if (terminal.ping().status() == 429) {
                refused++;
            }
        }
        assertTrue(refused > 0 && refused < 140, "the burst is allowed, then refused: " + refused);
    }

    @Test
    void theStaffPageListsTheTenantsTerminalsWithLastContactOnTheTenantsClock() {
        DeviceFixture.Claimed device = claimed("69");
        device.terminal().ping();
        JsonObject listed = admin("GET", "/devices/" + device.id(), null).json();
        Instant contact = Instant.parse(listed.getString("lastContact"));
        String local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(contact.atZone(ZoneId.of("Asia/Shanghai")));
        Http browser = session();
        assertEquals(302, browser.login("/t/" + tenant + "/login.xhtml", "admin", ADMIN_PASSWORD).status());
        Http.Reply page = browser.get("/t/" + tenant + "/devices.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(device.terminal().serial()), "the device is listed");
        assertTrue(page.body().contains(local), "last contact " + local + " (Asia/Shanghai) on the page");
        assertTrue(page.body().contains("村部考勤机"));
    }
}
