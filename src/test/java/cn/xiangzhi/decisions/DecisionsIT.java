package cn.xiangzhi.decisions;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The power list and the four-step decision over REST: order, quorums, rejection, custom procedures, publications, overdue. */
class DecisionsIT extends ApplicationIT {

    /**
     * The tenant's today on the server's clock, pinned to a quiet noon (ServerClock): the steps'
     * dates, deadlines and publication dates are the tenant's (Asia/Shanghai), not the test JVM's
     * (UTC), which differed every day from 16:00 to midnight UTC.
     */
    LocalDate today;
    Http api;
    String code;
    long east;
    long west;
    DecisionFixture f;
    long lease;

    @BeforeEach
    void aVillageWithItsBodiesAndOneMatterOfThePowerList() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
        Fixtures.County county = Fixtures.countyWithVillages(api, "dec", "后寨村", "前寨村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        f = new DecisionFixture(api, code, east);
        lease = f.item("T01", "村集体土地发包租赁", f.procedure("4Y2G"));
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void simultaneousFirstReadsOfANewTenantsProceduresAllSucceed() throws Exception {
        String fresh = Fixtures.openCounty(api, "decfirst").getString("code"); // opened without a starter: no procedures yet
        assertEquals(200, api.call("GET", "/api/t/" + fresh + "/places", "admin", Fixtures.ADMIN_PASSWORD, null).status());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return api.call("GET", "/api/t/" + fresh + "/decision-procedures", "admin", Fixtures.ADMIN_PASSWORD, null);
                }));
            }
            go.countDown();
            for (Future<Http.Reply> reply : replies) {
                Http.Reply r = reply.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.body());
                assertEquals(List.of("4Y2G", "4Y3S2G", "5Y1B2G"), r.array().getValuesAs(JsonObject.class).stream()
                        .map(p -> p.getString("code")).toList(), "every reader sees the three standard procedures, once each");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyTenantHasTheThreeStandardProceduresAsData() {
        List<JsonObject> procedures = f.call("GET", "/decision-procedures", null).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("4Y2G", "4Y3S2G", "5Y1B2G"), procedures.stream().map(p -> p.getString("code")).toList());
        JsonObject resolution = procedures.get(0).getJsonArray("steps").getJsonObject(3);
        assertEquals("REPRESENTATIVES", resolution.getString("body"));
        assertEquals("2/3", resolution.getString("attendance"));
        assertEquals("1/2", resolution.getString("pass"));
        assertEquals(9, procedures.get(1).getJsonArray("steps").size());
        assertEquals(8, procedures.get(2).getJsonArray("steps").size());
    }

    @Test
    void theCountyStarterBringsPingyinsTwentyMattersEachWithItsProcedure() {
        String pingyin = "pydec-" + System.currentTimeMillis() % 1_000_000;
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000);
        Fixtures.signUp(api, pingyin, "COUNTY", "pingyin", phone);
        List<JsonObject> items = api.call("GET", "/api/t/" + pingyin + "/power-list", phone, "signup-pass-1", null).array()
                .getValuesAs(JsonObject.class);
        assertEquals(20, items.size());
        assertTrue(items.stream().allMatch(i -> i.getString("procedureName").equals("四议两公开")));
        assertEquals(200, api.call("POST", "/api/t/" + pingyin + "/starter", phone, "signup-pass-1", "{}").status());
        assertEquals(20, api.call("GET", "/api/t/" + pingyin + "/power-list", phone, "signup-pass-1", null).array().size(),
                "applying the starter again adds nothing");
    }

    @Test
    void aMatterGoesThroughEveryStepToItsResultAndBothPublicationsArePublic() {
        long matter = f.matter(lease, "后寨村600亩黄河滩地公开竞标发包");
        f.fourMeetings(matter, today.minusDays(3));
        JsonObject open = f.call("GET", "/decision-matters/" + matter, null).json();
        assertEquals("OPEN", open.getString("status"));
        assertEquals(5, open.getInt("nextPosition"));
        assertEquals(today.minusDays(3).plusDays(7).toString(), open.getString("dueOn"));

        assertEquals(201, f.act(matter, 5, today.minusDays(2), "决议：600亩滩地公开竞标，底价每亩每年100元").status());
        Http.Reply result = f.act(matter, 6, today, "竞标结果：每亩每年598元，村集体年增收近30万元");
        assertEquals(201, result.status(), result.body());
        assertEquals("DONE", f.call("GET", "/decision-matters/" + matter, null).json().getString("status"));

        List<JsonObject> records = f.call("GET", "/decision-steps?matter=" + matter, null).array().getValuesAs(JsonObject.class);
        assertEquals(6, records.size());
        JsonObject discussion = records.get(1);
        assertEquals(6, discussion.getInt("members"), "支委1 sits on both committees and counts once");
        assertEquals(6, discussion.getInt("present"));
        assertEquals(15, records.get(3).getInt("members"));

        String page = session().get("/t/" + code + "/public/decisions.xhtml?village=" + east).body();
        assertTrue(page.contains("后寨村600亩黄河滩地公开竞标发包"), page);
        assertTrue(page.contains("每亩每年598元") && page.contains(today.toString()), "the result with its date");
        assertTrue(page.contains("底价每亩每年100元") && page.contains(today.minusDays(2).toString()), "the resolution with its date");
        assertFalse(session().get("/t/" + code + "/public/decisions.xhtml?village=" + west).body().contains("黄河滩地"),
                "another village's board does not show it");

        Http.Reply issued = f.call("POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"后寨村村委会\"}");
        Http kiosk = session();
        assertEquals(302, kiosk.get("/t/" + code + "/kiosk/" + east + "?token=" + issued.json().getString("secret")).status());
        String board = kiosk.get("/t/" + code + "/kiosk/" + east).body();
        assertTrue(board.contains("id=\"decision-publications\"") && board.contains("每亩每年598元"), board);

        List<String> steps = records.stream().map(r -> r.getJsonNumber("id") + " position " + r.getInt("position")).sorted().toList();
        List<String> audited = f.call("GET", "/audit?type=StepRecord&max=100", null).array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("action").equals("CREATE"))
                .map(e -> e.getString("entityId") + " position " + Json.createReader(new StringReader(e.getString("changes")))
                        .readObject().getJsonObject("position").getJsonNumber("new"))
                .sorted().toList();
        assertEquals(steps, audited, "every step is audited, each once, as the step it is");
    }

    @Test
    void aStepOutOfOrderIsRefusedWithTheStepThatIsDue() {
        long matter = f.matter(lease, "修建村内道路");
        assertEquals(201, f.meeting(matter, 1, today, f.branchCommittee, 3, 3, 0, 0).status());
        Http.Reply early = f.meeting(matter, 3, today, f.partyMembers, 5, 5, 0, 0);
        assertEquals(409, early.status(), early.body());
        assertEquals("error.decision.order", early.json().getString("error"));
        assertTrue(early.body().contains("两委"), "names the step due: " + early.body());
        assertEquals(1, f.call("GET", "/decision-steps?matter=" + matter, null).array().size(), "nothing recorded");

        Http.Reply publishedTooEarly = f.act(matter, 5, today, "决议");
        assertEquals(409, publishedTooEarly.status());
        Http.Reply stranger = f.meeting(matter, 2, today, List.of("M999999"), 1, 1, 0, 0);
        assertEquals(400, stranger.status(), "an attendee must be a member of the body");
    }

    @Test
    void aRepresentativesMeetingWithoutTwoThirdsRejectsTheMatterAndKeepsItsRecord() {
        long matter = f.matter(lease, "村集体资产转让");
        assertEquals(201, f.meeting(matter, 1, today, f.branchCommittee, 3, 3, 0, 0).status());
        assertEquals(201, f.meeting(matter, 2, today, f.twoCommittees, 6, 6, 0, 0).status());
        assertEquals(201, f.meeting(matter, 3, today, f.partyMembers, 5, 5, 0, 0).status());
        Http.Reply nine = f.meeting(matter, 4, today, f.representatives, 9, 9, 0, 0);
        assertEquals(201, nine.status(), nine.body());
        assertEquals("NO_QUORUM", nine.json().getString("outcome"));
        assertEquals("REJECTED", f.call("GET", "/decision-matters/" + matter, null).json().getString("status"));
        assertEquals(4, f.call("GET", "/decision-steps?matter=" + matter, null).array().size(), "the record is kept");
        Http.Reply after = f.act(matter, 5, today, "决议");
        assertEquals(409, after.status());
        assertEquals("error.decision.closed", after.json().getString("error"));

        long votedDown = f.matter(lease, "村集体借款");
        Http.Reply fiveOfTen = f.meeting(votedDown, 1, today, f.branchCommittee, 3, 1, 2, 0);
        assertEquals("VOTED_DOWN", fiveOfTen.json().getString("outcome"));
        assertEquals(2, f.call("GET", "/decision-matters?status=REJECTED&village=" + east, null).array().size(),
                "both rejected matters are listed");
    }

    @Test
    void aTenantAddsItsOwnProcedureWithItsOwnQuorum() {
        String body = Json.createObjectBuilder().add("code", "STRICT").add("name", "严格两步").add("steps", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "RESOLUTION").add("name", "村民代表会议决议（五分之四）")
                        .add("body", "REPRESENTATIVES").add("attendance", "4/5").add("pass", "2/3"))
                .add(Json.createObjectBuilder().add("kind", "PUBLISH_RESOLUTION").add("name", "决议公开").add("dueDays", 3))).build().toString();
        Http.Reply created = f.call("POST", "/decision-procedures", body);
        assertEquals(201, created.status(), created.body());
        assertEquals(409, f.call("POST", "/decision-procedures", body).status(), "codes are unique");
        long strict = created.json().getJsonNumber("id").longValue();
        long item = f.item("T02", "村级重大投资", strict);

        long eleven = f.matter(item, "十一人到会");
        assertEquals("NO_QUORUM", f.meeting(eleven, 1, today, f.representatives, 11, 11, 0, 0).json().getString("outcome"));
        long ten = f.matter(item, "十票赞成");
        assertEquals("VOTED_DOWN", f.meeting(ten, 1, today, f.representatives, 12, 8, 4, 0).json().getString("outcome"),
                "8 of 12 is exactly two thirds, not more");
        long passes = f.matter(item, "九票赞成");
        assertEquals("PASSED", f.meeting(passes, 1, today, f.representatives, 12, 9, 3, 0).json().getString("outcome"));
        assertEquals(201, f.act(passes, 2, today, "决议").status());
        assertEquals("DONE", f.call("GET", "/decision-matters/" + passes, null).json().getString("status"));

        Http.Reply bad = f.call("POST", "/decision-procedures", "{\"code\":\"BAD\",\"name\":\"x\",\"steps\":[{\"kind\":\"PUBLISH_RESULT\",\"name\":\"公开\"}]}");
        assertEquals(400, bad.status());
        assertEquals("error.decision.noResolution", bad.json().getString("error"));
    }

    @Test
    void aVillagersMeetingCountsAdultVillagersOrHouseholdsRepresented() {
        // 3 households, each with two adults and a child: 6 adult villagers
        for (int h = 1; h <= 3; h++) {
            long household = DecisionFixture.created(f.call("POST", "/households",
                    "{\"villageId\":" + east + ",\"code\":\"VH" + h + "\",\"headName\":\"户主" + h + "\"}"));
            for (int[] r : new int[][]{{1, 1960}, {2, 1985}, {3, today.getYear() - 10}}) {
                DecisionFixture.created(f.call("POST", "/residents", "{\"householdId\":" + household + ",\"name\":\"村民" + h + r[0]
                        + "\",\"birthYear\":" + r[1] + "}"));
            }
        }
        String body = Json.createObjectBuilder().add("code", "VM").add("name", "村民会议决议").add("steps", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "RESOLUTION").add("name", "村民会议决议").add("body", "VILLAGERS"))).build().toString();
        long item = f.item("T03", "村民会议事项", DecisionFixture.created(f.call("POST", "/decision-procedures", body)));

        long three = f.matter(item, "三名成年村民到会");
        Http.Reply half = f.call("POST", "/decision-matters/" + three + "/steps", "{\"position\":1,\"heldOn\":\"" + today
                + "\",\"present\":3,\"householdsPresent\":1,\"votesFor\":3}");
        assertEquals(201, half.status(), half.body());
        assertEquals(6, half.json().getInt("members"));
        assertEquals(3, half.json().getInt("households"));
        assertEquals("NO_QUORUM", half.json().getString("outcome"), "3 of 6 adults is not more than half; 1 of 3 households too few");

        long households = f.matter(item, "两户代表到会");
        Http.Reply twoThirds = f.call("POST", "/decision-matters/" + households + "/steps", "{\"position\":1,\"heldOn\":\"" + today
                + "\",\"present\":2,\"householdsPresent\":2,\"votesFor\":2}");
        assertEquals("PASSED", twoThirds.json().getString("outcome"), "2 of 3 households represented: quorum; 2 of 2 in favour");

        long empty = f.matter(item, "空表");
        Http.Reply nobody = f.call("POST", "/decision-matters/" + empty + "/steps", "{\"position\":1,\"heldOn\":\"" + today + "\"}");
        assertEquals(400, nobody.status(), "an empty form is refused, not a rejection");
        assertEquals("OPEN", f.call("GET", "/decision-matters/" + empty, null).json().getString("status"));
    }

    @Test
    void theTownshipSeesResolutionsNotPublishedInTime() {
        long late = f.matter(lease, "逾期未公开的决议");
        f.fourMeetings(late, today.minusDays(10));
        long inTime = f.matter(lease, "按时公开的决议");
        f.fourMeetings(inTime, today.minusDays(2));
        long township = f.call("GET", "/places/" + east, null).json().getJsonNumber("parentId").longValue();
        assertEquals(201, f.call("POST", "/users", Json.createObjectBuilder().add("username", "reviewer").add("displayName", "街道审核员")
                .add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township).add("password", "reviewer-pass-1").build().toString()).status());
        Http.Reply overdue = api.call("GET", "/api/t/" + code + "/decision-matters/overdue", "reviewer", "reviewer-pass-1", null);
        assertEquals(200, overdue.status(), overdue.body());
        List<Long> ids = overdue.array().getValuesAs(JsonObject.class).stream().map(m -> m.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(late), ids);
        assertEquals(403, api.call("POST", "/api/t/" + code + "/decision-matters/" + late + "/steps", "reviewer", "reviewer-pass-1",
                "{\"position\":5,\"heldOn\":\"" + today + "\",\"minutes\":\"x\"}").status(), "the township reviews, the village records");

        assertEquals(201, f.act(late, 5, today, "迟到的决议公开").status());
        assertTrue(api.call("GET", "/api/t/" + code + "/decision-matters/overdue", "reviewer", "reviewer-pass-1", null).array().isEmpty());
    }

    @Test
    void aVillageAdminWorksOnlyInTheirVillageAndAttachesFiles() {
        assertEquals(201, f.call("POST", "/users", Json.createObjectBuilder().add("username", "westadmin").add("displayName", "西村管理员")
                .add("role", "VILLAGE_ADMIN").add("scopePlaceId", west).add("password", "west-pass-1").build().toString()).status());
        long matter = f.matter(lease, "东村的事项");
        assertEquals(404, api.call("GET", "/api/t/" + code + "/decision-matters/" + matter, "westadmin", "west-pass-1", null).status());
        assertEquals(404, api.call("POST", "/api/t/" + code + "/decision-matters", "westadmin", "west-pass-1",
                "{\"villageId\":" + east + ",\"itemId\":" + lease + ",\"title\":\"越权\"}").status());

        Http.Reply file = api.upload("/api/t/" + code + "/decision-attachments?matterId=" + matter + "&name=minutes.png", "admin",
                Fixtures.ADMIN_PASSWORD, Fixtures.PNG, "image/png");
        assertEquals(201, file.status(), file.body());
        long attachment = file.json().getJsonNumber("id").longValue();
        Http.Reply step = f.call("POST", "/decision-matters/" + matter + "/steps", Json.createObjectBuilder().add("position", 1)
                .add("heldOn", today.toString()).add("attendees", Json.createArrayBuilder().add(f.branchCommittee.get(0))
                        .add(f.branchCommittee.get(1))).add("votesFor", 2).add("attachmentIds", Json.createArrayBuilder().add(attachment))
                .build().toString());
        assertEquals(201, step.status(), step.body());
        assertEquals(step.json().getJsonNumber("id").longValue(),
                f.call("GET", "/decision-attachments/" + attachment, null).json().getJsonNumber("recordId").longValue());
        assertEquals(400, api.upload("/api/t/" + code + "/decision-attachments?matterId=" + matter, "admin", Fixtures.ADMIN_PASSWORD,
                "<svg/>".getBytes(), "image/svg+xml").status());
    }
}
