package cn.xiangzhi.decisions;

import cn.xiangzhi.testing.Http;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A village of a test tenant with its bodies — 3 branch committee members, 4 villagers' committee
 * members (one of whom also sits on the branch committee), 15 villagers' representatives and a branch
 * of 5 party members — and helpers to register matters and record their steps over REST.
 */
public final class DecisionFixture {

    public final Http api;
    public final String tenant;
    public final long village;
    public final List<String> branchCommittee = new ArrayList<>();
    public final List<String> twoCommittees = new ArrayList<>();
    public final List<String> representatives = new ArrayList<>();
    public final List<String> partyMembers = new ArrayList<>();

    public DecisionFixture(Http api, String tenant, long village) {
        this.api = api;
        this.tenant = tenant;
        this.village = village;
        for (int i = 1; i <= 3; i++) {
            branchCommittee.add(member("BRANCH_COMMITTEE", "支委" + i));
        }
        twoCommittees.addAll(branchCommittee);
        for (int i = 1; i <= 3; i++) {
            twoCommittees.add(member("VILLAGE_COMMITTEE", "村委" + i));
        }
        member("VILLAGE_COMMITTEE", "支委1"); // cross-appointed (交叉任职): counted once at a meeting of the two committees
        for (int i = 1; i <= 15; i++) {
            representatives.add(member("REPRESENTATIVES", "代表" + i));
        }
        long branch = created(call("POST", "/party-branches",
                "{\"villageId\":" + village + ",\"code\":\"DB" + village + "\",\"name\":\"党支部\"}"));
        for (int i = 1; i <= 5; i++) {
            partyMembers.add("P" + created(call("POST", "/party-members",
                    "{\"branchId\":" + branch + ",\"code\":\"DM" + village + "-" + i + "\",\"name\":\"党员" + i + "\"}")));
        }
    }

    private String member(String body, String name) {
        return "M" + created(call("POST", "/village-bodies",
                "{\"villageId\":" + village + ",\"body\":\"" + body + "\",\"name\":\"" + name + "\"}"));
    }

    public Http.Reply call(String method, String path, String json) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, json);
    }

    public static long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The id of a procedure by its code (the standard ones: 4Y2G, 4Y3S2G, 5Y1B2G). */
    public long procedure(String code) {
        Http.Reply list = call("GET", "/decision-procedures", null);
        assertEquals(200, list.status(), list.body());
        return list.array().getValuesAs(JsonObject.class).stream().filter(p -> p.getString("code").equals(code))
                .mapToLong(p -> p.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    public long item(String code, String name, long procedure) {
        return created(call("POST", "/power-list", Json.createObjectBuilder().add("code", code).add("name", name)
                .add("category", "集体资产资源").add("procedureId", procedure).build().toString()));
    }

    public long matter(long item, String title) {
        return created(call("POST", "/decision-matters", Json.createObjectBuilder().add("villageId", village).add("itemId", item)
                .add("title", title).add("description", "原承包合同到期，拟公开竞标").build().toString()));
    }

    /** Records a meeting step: the first {@code present} of {@code attendees} came; votes for / against / abstaining. */
    public Http.Reply meeting(long matter, int position, LocalDate day, List<String> attendees, int present, int yes, int no, int abstain) {
        JsonArrayBuilder refs = Json.createArrayBuilder();
        attendees.subList(0, present).forEach(refs::add);
        return call("POST", "/decision-matters/" + matter + "/steps", Json.createObjectBuilder().add("position", position)
                .add("heldOn", day.toString()).add("attendees", refs).add("votesFor", yes).add("votesAgainst", no)
                .add("abstaining", abstain).add("minutes", "会议纪要 " + position).build().toString());
    }

    /** Records a step that is no meeting (a publication: {@code text} is what is published). */
    public Http.Reply act(long matter, int position, LocalDate day, String text) {
        return call("POST", "/decision-matters/" + matter + "/steps", Json.createObjectBuilder().add("position", position)
                .add("heldOn", day.toString()).add("minutes", text).build().toString());
    }

    /** Takes a four-step matter through its four meetings, all passing, on {@code day}. */
    public void fourMeetings(long matter, LocalDate day) {
        Http.Reply proposal = meeting(matter, 1, day, branchCommittee, 3, 3, 0, 0);
        assertEquals(201, proposal.status(), proposal.body());
        assertEquals(201, meeting(matter, 2, day, twoCommittees, 6, 5, 1, 0).status());
        assertEquals(201, meeting(matter, 3, day, partyMembers, 4, 4, 0, 0).status());
        Http.Reply resolution = meeting(matter, 4, day, representatives, 10, 6, 4, 0);
        assertEquals(201, resolution.status(), resolution.body());
        assertEquals("PASSED", resolution.json().getString("outcome"));
    }
}
