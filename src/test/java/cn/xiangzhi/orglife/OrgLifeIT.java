package cn.xiangzhi.orglife;

import cn.xiangzhi.devices.DeviceFixture;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Meetings of organisational life: types as tenant data, a village's meeting, attendance from its terminals' punches. */
class OrgLifeIT extends ApplicationIT {

    Http api;
    String tenant;
    long village;

    @BeforeEach
    void county() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "org", "三会村");
        tenant = county.code();
        village = county.villages()[0];
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, body);
    }

    @Test
    void theSeedsMeetingTypesAreAddedOnceWithTheirRequiredFrequency() {
        JsonArray types = admin("POST", "/meeting-types/defaults", null).array();
        assertEquals(8, types.size(), types.toString());
        assertTrue(types.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("name").equals("支部委员会")
                && t.getString("frequency").equals("MONTHLY")));
        assertTrue(types.getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("name").equals("支部党员大会")
                && t.getString("frequency").equals("QUARTERLY")));
        assertEquals(8, admin("POST", "/meeting-types/defaults", null).array().size(), "added once");
        Http.Reply own = admin("POST", "/meeting-types", "{\"code\":\"VILLAGE_FORUM\",\"name\":\"村民议事会\",\"frequency\":\"MONTHLY\",\"minimumMinutes\":30}");
        assertEquals(201, own.status(), own.body());
        Http.Reply bad = admin("POST", "/meeting-types", "{\"code\":\"X2\",\"name\":\"坏\",\"frequency\":\"DAILY\"}");
        assertEquals(400, bad.status());
        assertEquals("error.meetingType.frequency", bad.json().getString("error"));
    }

    @Test
    void attendanceIsDerivedFromTheVillagesTerminalPunchesInTheMeetingsWindow() {
        DeviceFixture.Claimed terminal = DeviceFixture.claimed(api, URI.create(base.toString()), tenant, "admin", ADMIN_PASSWORD,
                village, "83", null);
        assertEquals(201, admin("POST", "/terminal-users", Json.createObjectBuilder().add("villageId", village).add("pin", "1001")
                .add("name", "王书记").build().toString()).status());
        long type = admin("POST", "/meeting-types/defaults", null).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("BRANCH_COMMITTEE")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        Http.Reply scheduled = admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village).add("typeId", type)
                .add("startsAt", "2026-12-05T09:00").add("endsAt", "2026-12-05T10:00").add("place", "村党群服务中心")
                .add("expectedPins", Json.createArrayBuilder().add("1001").add("1002").add("1004")).build().toString());
        assertEquals(201, scheduled.status(), scheduled.body());
        assertEquals("2026-12-05T01:00:00Z", scheduled.json().getString("startsAt"), "09:00 on the tenant's clock (Asia/Shanghai)");
        long meeting = scheduled.json().getJsonNumber("id").longValue();

        // the terminal's clock is Asia/Shanghai too: 08:55 in, 10:02 out; 1002 once at 09:30; 1003 at noon, outside
        assertEquals("OK:4", terminal.terminal().attlog("1", List.of(
                "1001\t2026-12-05 08:55:00\t0\t1\t0", "1001\t2026-12-05 10:02:00\t1\t1\t0",
                "1002\t2026-12-05 09:30:00\t0\t15\t0", "1003\t2026-12-05 12:00:00\t0\t1\t0")).text());
        JsonObject attendance = admin("GET", "/meetings/" + meeting + "/attendance", null).json();
        JsonArray people = attendance.getJsonArray("people");
        assertEquals(3, people.size(), "the expected three; 1003 punched outside the window: " + people);
        JsonObject secretary = people.getJsonObject(0);
        assertEquals("1001", secretary.getString("pin"));
        assertEquals("王书记", secretary.getString("name"));
        assertTrue(secretary.getBoolean("attended"));
        assertEquals(60, secretary.getInt("minutesPresent"));
        assertTrue(people.getJsonObject(1).getBoolean("attended"));
        assertFalse(people.getJsonObject(2).getBoolean("attended"), "1004 never punched");
        assertEquals(3, attendance.getInt("expected"));
        assertEquals(2, attendance.getInt("attendedExpected"));
        assertFalse(attendance.getBoolean("tooFewAttendees"));
        assertFalse(attendance.getBoolean("tooShort"), "60 minutes present, 45 required");
    }

    @Test
    void aMeetingWithAnImpossibleWindowOrNoPlaceIsRefusedNamingTheField() {
        long type = admin("POST", "/meeting-types/defaults", null).array().getJsonObject(0).getJsonNumber("id").longValue();
        Http.Reply backwards = admin("POST", "/meetings", "{\"villageId\":" + village + ",\"typeId\":" + type
                + ",\"startsAt\":\"2026-12-05T10:00\",\"endsAt\":\"2026-12-05T09:00\",\"place\":\"村部\"}");
        assertEquals(400, backwards.status());
        assertEquals("error.meeting.endsAt", backwards.json().getString("error"));
        Http.Reply garbled = admin("POST", "/meetings", "{\"villageId\":" + village + ",\"typeId\":" + type
                + ",\"startsAt\":\"5 Dec 9am\",\"endsAt\":\"2026-12-05T10:00\",\"place\":\"村部\"}");
        assertEquals("error.meeting.startsAt", garbled.json().getString("error"));
        Http.Reply noPlace = admin("POST", "/meetings", "{\"villageId\":" + village + ",\"typeId\":" + type
                + ",\"startsAt\":\"2026-12-05T09:00\",\"endsAt\":\"2026-12-05T10:00\"}");
        assertEquals("error.meeting.place", noPlace.json().getString("error"));
    }

    private long schedule(long type, String day) {
        return Fixtures.created(admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village).add("typeId", type)
                .add("startsAt", day + "T09:00").add("endsAt", day + "T10:00").add("place", "村部").build().toString()));
    }

    @Test
    void theTownshipReviewerApprovesOrRejectsWithAReasonAndRejectedMeetingsDoNotCountOnTheBoard() {
        long township = admin("GET", "/places", null).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("level").equals("TOWNSHIP")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", "reviewer").add("displayName", "镇审核员")
                .add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township).add("password", "reviewer-pass-1").build().toString()).status());
        JsonArray types = admin("POST", "/meeting-types/defaults", null).array();
        long committee = types.getValuesAs(JsonObject.class).stream().filter(t -> t.getString("code").equals("BRANCH_COMMITTEE"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        long approved = schedule(committee, "2026-11-05");
        long rejected = schedule(committee, "2026-11-12");

        Http.Reply noReason = api.call("POST", "/api/t/" + tenant + "/meetings/" + rejected + "/review", "reviewer", "reviewer-pass-1",
                "{\"approve\":false}");
        assertEquals(400, noReason.status());
        assertEquals("error.meeting.reason", noReason.json().getString("error"));
        assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", "villager-admin").add("displayName", "村管理员")
                .add("role", "VILLAGE_ADMIN").add("scopePlaceId", village).add("password", "village-pass-1").build().toString()).status());
        assertEquals(403, api.call("POST", "/api/t/" + tenant + "/meetings/" + approved + "/review", "villager-admin", "village-pass-1",
                "{\"approve\":true}").status(), "a village does not approve its own record");
        Http.Reply ok = api.call("POST", "/api/t/" + tenant + "/meetings/" + approved + "/review", "reviewer", "reviewer-pass-1",
                "{\"approve\":true}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("APPROVED", ok.json().getString("review"));
        Http.Reply no = api.call("POST", "/api/t/" + tenant + "/meetings/" + rejected + "/review", "reviewer", "reviewer-pass-1",
                "{\"approve\":false,\"reason\":\"无签到照片，人数不足\"}");
        assertEquals("REJECTED", no.json().getString("review"));
        assertEquals("无签到照片，人数不足", admin("GET", "/meetings/" + rejected, null).json().getString("reviewReason"),
                "the village reads the reason");
        assertEquals(409, api.call("POST", "/api/t/" + tenant + "/meetings/" + approved + "/review", "reviewer", "reviewer-pass-1",
                "{\"approve\":false,\"reason\":\"改判\"}").status(), "reviewed once");

        JsonArray board = admin("GET", "/meetings/compliance?month=2026-11", null).array();
        JsonObject committeeLine = board.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("villageId").longValue() == village && l.getString("typeCode").equals("BRANCH_COMMITTEE"))
                .findFirst().orElseThrow();
        assertEquals(1, committeeLine.getInt("held"), "the rejected meeting does not count");
        assertFalse(committeeLine.getBoolean("missing"));
        JsonObject twoCommittees = board.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("villageId").longValue() == village && l.getString("typeCode").equals("TWO_COMMITTEES_DAY"))
                .findFirst().orElseThrow();
        assertEquals(5, twoCommittees.getInt("required"), "one a week: November 2026 has five Mondays");
        assertTrue(twoCommittees.getBoolean("missing"));
        JsonObject members = board.getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("villageId").longValue() == village && l.getString("typeCode").equals("BRANCH_MEMBERS"))
                .findFirst().orElseThrow();
        assertEquals("2026-10-01", members.getString("periodStart"), "quarterly: the quarter holding November");
        assertEquals("2026-12-31", members.getString("periodEnd"));
        assertEquals(400, admin("GET", "/meetings/compliance?month=November", null).status());
    }

    private long committeeType() {
        return admin("POST", "/meeting-types/defaults", null).array().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals("BRANCH_COMMITTEE")).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private void enrol(long inVillage, String pin, String name, String post) {
        Http.Reply enrolled = admin("POST", "/terminal-users", Json.createObjectBuilder().add("villageId", inVillage).add("pin", pin)
                .add("name", name).add("post", post).build().toString());
        assertEquals(201, enrolled.status(), enrolled.body());
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, (byte) 0xFF, (byte) 0xD9};

    @Test
    void aMeetingsRecordShowsTheTerminalsSnapshotsTheUploadedMinutesAndTheFlagsTheTownshipReviews() {
        DeviceFixture.Claimed terminal = DeviceFixture.claimed(api, URI.create(base.toString()), tenant, "admin", ADMIN_PASSWORD,
                village, "83", null);
        enrol(village, "1001", "王书记", "CADRE");
        enrol(village, "1002", "李委员", "MEMBER");
        long meeting = Fixtures.created(admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village)
                .add("typeId", committeeType()).add("startsAt", "2026-11-10T09:00").add("endsAt", "2026-11-10T10:00")
                .add("place", "村部").add("expectedPins", Json.createArrayBuilder().add("1001").add("1002")).build().toString()));
        // 1001 came; 1002 punched that day, but at three in the afternoon
        assertEquals("OK:3", terminal.terminal().attlog("1", List.of("1001\t2026-11-10 08:58:00\t0\t1\t0",
                "1001\t2026-11-10 10:01:00\t1\t1\t0", "1002\t2026-11-10 15:00:00\t0\t1\t0")).text());
        JsonObject record = admin("GET", "/meetings/" + meeting + "/attendance", null).json();
        assertTrue(record.getBoolean("punchesOutsideWindow"), record.toString());
        assertEquals("2026-11-10T07:00:00Z", record.getJsonArray("people").getJsonObject(1).getString("punchedOutside"),
                "15:00 in Shanghai");
        assertTrue(record.getBoolean("noPhoto"));
        assertTrue(record.getBoolean("noMinutes"));
        assertFalse(record.getBoolean("tooFewAttendees"), "one of two expected came: half is enough");

        // the terminal's snapshot at 09:15 is evidence of the meeting; one of the next morning is not
        assertEquals("OK", terminal.terminal().photo("20261110091500-1001.jpg", JPEG, true, false).text());
        assertEquals("OK", terminal.terminal().photo("20261111091500-1001.jpg", JPEG, true, false).text());
        Http.Reply minutes = api.upload("/api/t/" + tenant + "/meetings/" + meeting + "/files?kind=MINUTES&name=" + "minutes.pdf",
                "admin", ADMIN_PASSWORD, PDF, "application/pdf");
        assertEquals(201, minutes.status(), minutes.body());
        record = admin("GET", "/meetings/" + meeting + "/attendance", null).json();
        assertEquals(1, record.getJsonArray("snapshots").size(), record.toString());
        assertFalse(record.getBoolean("noPhoto"));
        assertFalse(record.getBoolean("noMinutes"));
        long snapshot = record.getJsonArray("snapshots").getJsonObject(0).getJsonNumber("id").longValue();
        Http.Download jpeg = api.download("/api/t/" + tenant + "/meetings/" + meeting + "/snapshots/" + snapshot, "admin", ADMIN_PASSWORD);
        assertEquals(200, jpeg.status());
        assertArrayEquals(JPEG, jpeg.body(), "the snapshot as the terminal sent it");
        long file = minutes.json().getJsonNumber("id").longValue();
        Http.Download pdf = api.download("/api/t/" + tenant + "/meetings/" + meeting + "/files/" + file, "admin", ADMIN_PASSWORD);
        assertArrayEquals(PDF, pdf.body(), "the minutes as uploaded");
        assertEquals(List.of(file), admin("GET", "/meeting-files?meeting=" + meeting, null).array().getValuesAs(JsonObject.class)
                .stream().map(f -> f.getJsonNumber("id").longValue()).toList());

        // bad uploads name what is wrong and change nothing
        Http.Reply pdfAsPhoto = api.upload("/api/t/" + tenant + "/meetings/" + meeting + "/files?kind=PHOTO", "admin", ADMIN_PASSWORD,
                PDF, "application/pdf");
        assertEquals(400, pdfAsPhoto.status());
        assertEquals("error.meetingFile.photoType", pdfAsPhoto.json().getString("error"));
        Http.Reply noKind = api.upload("/api/t/" + tenant + "/meetings/" + meeting + "/files?kind=VIDEO", "admin", ADMIN_PASSWORD,
                JPEG, "image/jpeg");
        assertEquals("error.meetingFile.kind", noKind.json().getString("error"));
        Http.Reply huge = api.upload("/api/t/" + tenant + "/meetings/" + meeting + "/files?kind=PHOTO", "admin", ADMIN_PASSWORD,
                java.util.Arrays.copyOf(JPEG, 5 * 1024 * 1024 + 10), "image/jpeg");
        assertEquals(400, huge.status(), "a file over 5 MB");
        assertEquals("error.photo.tooLarge", huge.json().getString("error"));
        assertEquals(1, admin("GET", "/meeting-files?meeting=" + meeting, null).array().size(), "nothing refused was kept");
        long future = Fixtures.created(admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village)
                .add("typeId", committeeType()).add("startsAt", "2030-01-07T09:00").add("endsAt", "2030-01-07T10:00")
                .add("place", "村部").build().toString()));
        Http.Reply early = api.upload("/api/t/" + tenant + "/meetings/" + future + "/files?kind=PHOTO", "admin", ADMIN_PASSWORD,
                JPEG, "image/jpeg");
        assertEquals(409, early.status());
        assertEquals("error.meetingFile.notBegun", early.json().getString("error"));

        // once reviewed, the record is closed
        assertEquals(200, admin("POST", "/meetings/" + meeting + "/review", "{\"approve\":true}").status());
        Http.Reply late = api.upload("/api/t/" + tenant + "/meetings/" + meeting + "/files?kind=PHOTO", "admin", ADMIN_PASSWORD,
                JPEG, "image/jpeg");
        assertEquals(409, late.status());
        assertEquals("error.meeting.reviewed", late.json().getString("error"));
    }

    @Test
    void cadresAreRankedOnTheirDaysPresentPerTownshipAndCountyAndExportedForTheAppraisal() throws IOException {
        Fixtures.County county = Fixtures.countyWithVillages(api, "cadre", "东村", "西村");
        tenant = county.code();
        long east = county.villages()[0];
        long west = county.villages()[1];
        URI root = URI.create(base.toString());
        DeviceFixture.Claimed eastTerminal = DeviceFixture.claimed(api, root, tenant, "admin", ADMIN_PASSWORD, east, "83", null);
        DeviceFixture.Claimed westTerminal = DeviceFixture.claimed(api, root, tenant, "admin", ADMIN_PASSWORD, west, "83", null);
        enrol(east, "1001", "张支书", "CADRE");
        enrol(east, "1002", "李主任", "CADRE");
        enrol(east, "1003", "赵党员", "MEMBER");
        enrol(west, "2001", "王书记", "FIRST_SECRETARY");
        assertEquals(400, admin("POST", "/terminal-users", Json.createObjectBuilder().add("villageId", west).add("pin", "2002")
                .add("name", "错").add("post", "MAYOR").build().toString()).status(), "an unknown post is refused");
        assertEquals("OK:5", eastTerminal.terminal().attlog("1", List.of("1001\t2026-11-02 08:00:00\t0\t1\t0",
                "1001\t2026-11-03 08:00:00\t0\t1\t0", "1001\t2026-11-04 08:00:00\t0\t1\t0",
                "1002\t2026-11-02 08:00:00\t0\t1\t0", "1003\t2026-11-02 08:00:00\t0\t1\t0")).text());
        assertEquals("OK:4", westTerminal.terminal().attlog("1", List.of("2001\t2026-11-02 08:00:00\t0\t1\t0",
                "2001\t2026-11-03 08:00:00\t0\t1\t0", "2001\t2026-11-04 08:00:00\t0\t1\t0",
                "2001\t2026-11-07 09:00:00\t0\t1\t0")).text());

        JsonObject report = admin("GET", "/cadre-attendance?month=2026-11", null).json();
        assertEquals(21, report.getInt("workingDays"));
        List<JsonObject> lines = report.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(List.of("王书记", "张支书", "李主任"), lines.stream().map(l -> l.getString("name")).toList(),
                "the party member is not ranked; 3 of 21 working days each, the Saturday decides");
        assertEquals(List.of(1, 2, 3), lines.stream().map(l -> l.getInt("countyRank")).toList());
        assertEquals("西村", lines.get(0).getString("villageName"));
        assertEquals(3, lines.get(0).getInt("workingDaysPresent"));
        assertEquals(List.of(2, 3, 4, 7), lines.get(0).getJsonArray("daysPresent").getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::intValue).toList());
        assertEquals(400, admin("GET", "/cadre-attendance?month=11月", null).status());

        Http.Download xlsx = api.download("/api/t/" + tenant + "/cadre-attendance/export.xlsx?month=2026-11", "admin", ADMIN_PASSWORD);
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertEquals("县排名", header.getCell(0).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("王书记", first.getCell(4).getStringCellValue());
            assertEquals("第一书记", first.getCell(6).getStringCellValue());
            int seventh = 10 + 6; // the day columns follow the ten figures: 1日 is column 10
            assertEquals("7日", header.getCell(seventh).getStringCellValue());
            assertEquals("✓", first.getCell(seventh).getStringCellValue());
            assertEquals(3, sheet.getLastRowNum(), "a header and three cadres (rows 0 to 3)");
        }
    }

    @Test
    void theVillageBoardShowsThisMonthsMeetingsAndHowManyOfTheExpectedCame() {
        ZonedDateTime day = ServerClock.pinQuietDay(api);
        try {
            DeviceFixture.Claimed terminal = DeviceFixture.claimed(api, URI.create(base.toString()), tenant, "admin", ADMIN_PASSWORD,
                    village, "83", null);
            String date = day.toLocalDate().toString();
            long type = committeeType();
            Fixtures.created(admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village).add("typeId", type)
                    .add("startsAt", date + "T09:00").add("endsAt", date + "T10:00").add("place", "村党群服务中心")
                    .add("expectedPins", Json.createArrayBuilder().add("1001").add("1002").add("1003").add("1004")).build().toString()));
            Fixtures.created(admin("POST", "/meetings", Json.createObjectBuilder().add("villageId", village).add("typeId", type)
                    .add("startsAt", date + "T20:00").add("endsAt", date + "T21:00").add("place", "晚上才开")
                    .build().toString()));
            assertEquals("OK:3", terminal.terminal().attlog("1", List.of("1001\t" + date + " 08:55:00\t0\t1\t0",
                    "1002\t" + date + " 09:05:00\t0\t1\t0", "1003\t" + date + " 09:10:00\t0\t1\t0")).text());
            String secret = admin("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"村委会\"}").json().getString("secret");
            Http kiosk = session();
            String url = "/t/" + tenant + "/kiosk/" + village;
            assertEquals(302, kiosk.get(url + "?token=" + secret).status());
            Http.Reply board = kiosk.get(url);
            assertEquals(200, board.status());
            assertTrue(board.body().contains("应到 4 人，实到 3 人"), "the meeting's attendance on the board");
            assertTrue(board.body().contains(">75%<"), "this month's attendance rate");
            assertFalse(board.body().contains("晚上才开"), "a meeting that has not begun is not on the board yet");
            assertFalse(board.body().contains("1004"), "no PINs on a public board");
        } finally {
            ServerClock.backToRealTime(api);
        }
    }

    @Test
    void theVillagesPartyMembersGoOntoItsTerminalsInOneStepWithTheNextFreePins() {
        long branch = Fixtures.created(admin("POST", "/party-branches", "{\"villageId\":" + village
                + ",\"code\":\"B" + village + "\",\"name\":\"三会村党支部\"}"));
        for (String[] member : List.of(new String[]{"M1", "王书记"}, new String[]{"M2", "李委员"}, new String[]{"M3", "赵党员"})) {
            Fixtures.created(admin("POST", "/party-members", "{\"branchId\":" + branch + ",\"code\":\"" + member[0] + village
                    + "\",\"name\":\"" + member[1] + "\",\"joinedYear\":1998}"));
        }
        enrol(village, "1005", "王书记", "CADRE"); // already on the terminals by hand
        Http.Reply first = admin("POST", "/terminal-roster?village=" + village, null);
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().getInt("enrolled"));
        List<JsonObject> people = admin("GET", "/terminal-users?village=" + village, null).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("1005:王书记:CADRE", "1006:李委员:MEMBER", "1007:赵党员:MEMBER"), people.stream()
                .map(p -> p.getString("pin") + ":" + p.getString("name") + ":" + p.getString("post")).sorted().toList(),
                "PINs after the highest one, the cadre kept as he was");
        assertEquals(0, admin("POST", "/terminal-roster?village=" + village, null).json().getInt("enrolled"), "once");
        assertEquals(400, admin("POST", "/terminal-roster", null).status(), "a village is named");
    }
}
