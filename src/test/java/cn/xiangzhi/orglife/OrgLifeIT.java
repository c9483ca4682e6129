package cn.xiangzhi.orglife;

import cn.xiangzhi.devices.DeviceFixture;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
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
}
