package cn.xiangzhi.rating;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Race;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Star rating by QR code (issue 17): a campaign booked over two villages' branches, votes from the
 * phone page by a household, a household's printed token and a party member, a superior's vote by
 * account, results with weights, stars and a bottom line, one vote per rater under double submits,
 * and problems on the village's public page until done.
 */
class RatingIT extends ApplicationIT {

    Http api;
    String tenant;
    long village;
    long otherVillage;
    long branch;
    long otherBranch;

    @BeforeEach
    void county() {
        api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "rate", "靖庄村", "潘店村");
        tenant = county.code();
        village = county.villages()[0];
        otherVillage = county.villages()[1];
        branch = Fixtures.created(admin("POST", "/party-branches", "{\"villageId\":" + village + ",\"code\":\"JZ\",\"name\":\"靖庄村党支部\"}"));
        otherBranch = Fixtures.created(admin("POST", "/party-branches", "{\"villageId\":" + otherVillage + ",\"code\":\"PD\",\"name\":\"潘店村党支部\"}"));
        long household = Fixtures.created(admin("POST", "/households", "{\"villageId\":" + village + ",\"code\":\"JZ001\",\"headName\":\"张京民\"}"));
        Fixtures.created(admin("POST", "/households", "{\"villageId\":" + village + ",\"code\":\"JZ002\",\"headName\":\"李四\"}"));
        long resident = Fixtures.created(admin("POST", "/residents", "{\"householdId\":" + household
                + ",\"name\":\"张海涛\",\"relation\":\"户主\",\"phone\":\"13800000001\"}"));
        Fixtures.created(admin("POST", "/party-members", "{\"branchId\":" + branch + ",\"code\":\"D001\",\"name\":\"张海涛\",\"residentId\":"
                + resident + ",\"joinedYear\":2001}"));
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + tenant + path, "admin", ADMIN_PASSWORD, body);
    }

    private long book(int hoursOpen) {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        Http.Reply booked = admin("POST", "/rating-campaigns", Json.createObjectBuilder().add("title", "2026年度党支部星级评定")
                .add("kind", "BRANCH").add("villageIds", Json.createArrayBuilder().add(village).add(otherVillage))
                .add("questions", Json.createArrayBuilder().add("班子团结").add("为民办事"))
                .add("opensAt", now.minusHours(1).toString()).add("closesAt", now.plusHours(hoursOpen).toString()).build().toString());
        assertEquals(201, booked.status(), booked.body());
        assertEquals(2, booked.json().getInt("subjects"), "one subject per branch of the chosen villages");
        assertEquals(40, booked.json().getInt("weightPublic"), "Pandian's weights by default");
        return booked.json().getJsonNumber("id").longValue();
    }

    private long subjectOf(long campaign, long branchId) {
        return admin("GET", "/rating-subjects?campaign=" + campaign, null).array().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("refId").longValue() == branchId).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private Http.Reply phoneVote(String address, long campaign, long subject, String way, String code, String secret, String... answers) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("way", way);
        form.put("code", code);
        form.put("secret", secret);
        form.put("subject", Long.toString(subject));
        for (int i = 0; i < answers.length; i++) {
            form.put("q" + i, answers[i]);
        }
        form.put("comment", "希望多公开");
        return api.with("X-Forwarded-For", address).postForm("/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign, form);
    }

    private JsonObject resultOf(long campaign, long subject) {
        return admin("GET", "/rating-campaigns/" + campaign + "/results", null).json().getJsonArray("subjects").getValuesAs(JsonObject.class)
                .stream().filter(s -> s.getJsonNumber("subjectId").longValue() == subject).findFirst().orElseThrow();
    }

    @Test
    void raterGroupsVoteByPhoneAndAccountAndTheResultIsWeightedStarredAndCappedByABottomLine() {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        assertTrue(api.get("/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign).body().contains("靖庄村党支部"), "the phone page lists the branch");

        Http.Reply household = phoneVote("10.1.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "5", "4");
        assertEquals(200, household.status());
        assertTrue(household.body().contains("id=\"cast\""), household.body());
        assertTrue(household.body().contains("群评"), "the public");
        String token = admin("GET", "/rating-campaigns/" + campaign + "/tokens?village=" + village, null).array()
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("householdCode").equals("JZ002")).findFirst().orElseThrow()
                .getString("token");
        assertTrue(phoneVote("10.1.0.2", campaign, subject, "TOKEN", "JZ002", token, "3", "3").body().contains("id=\"cast\""), "by token");
        assertTrue(phoneVote("10.1.0.3", campaign, subject, "MEMBER", "D001", "13800000001", "5", "5").body().contains("自评"),
                "a member of the branch rates it as self");
        Http.Reply superior = admin("POST", "/rating-campaigns/" + campaign + "/votes", "{\"subjectId\":" + subject + ",\"answers\":[\"4\",\"4\"]}");
        assertEquals(200, superior.status(), superior.body());
        assertEquals("SUPERIOR", superior.json().getString("group"), "the county's admin rates as a superior");

        Http.Reply wrong = phoneVote("10.1.0.4", campaign, subject, "HOUSEHOLD", "JZ001", "王五", "5", "5");
        assertTrue(wrong.body().contains("编码与手机号、户主姓名或评议码不符") || wrong.body().contains("do not match"), "a wrong head's name is refused");
        Http.Reply otherVillagesBranch = phoneVote("10.1.0.5", campaign, subjectOf(campaign, otherBranch), "HOUSEHOLD", "JZ001", "张京民", "5", "5");
        assertFalse(otherVillagesBranch.body().contains("id=\"cast\""), "a household rates only its own village's branch");

        // public: (90 + 60) / 2 = 75; self 100; superior 80; peers none → (20*100 + 40*75 + 20*80) / 80 = 82.5 → four stars
        JsonObject result = resultOf(campaign, subject);
        assertEquals(82.5, result.getJsonNumber("score").doubleValue(), 0.001, result.toString());
        assertEquals(4, result.getInt("stars"));
        assertEquals(4, result.getInt("votes"));
        assertEquals(1, result.getInt("townshipRank"));

        // the household changes its vote: only the newest counts, the ledger keeps both
        String again = phoneVote("10.1.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "5", "5").body();
        assertTrue(again.contains("已修改") || again.contains("is changed"), again);
        JsonObject changed = resultOf(campaign, subject);
        // public (100 + 60) / 2 = 80 → (2000 + 3200 + 1600) / 80 = 85
        assertEquals(85.0, changed.getJsonNumber("score").doubleValue(), 0.001, changed.toString());
        assertEquals(4, changed.getInt("votes"), "still one effective vote per rater");
        assertEquals(5, admin("GET", "/rating-votes?campaign=" + campaign, null).array().size(), "the ledger keeps the changed vote");
        assertFalse(admin("GET", "/rating-votes?campaign=" + campaign, null).body().contains("raterKey"), "the ledger never shows who voted");

        // a tenant with thresholds at 80 for five stars; a bottom line keeps the branch at four
        long lowBar = bookWithStars();
        long lowSubject = subjectOf(lowBar, branch);
        phoneVote("10.1.0.6", lowBar, lowSubject, "HOUSEHOLD", "JZ001", "张京民", "5", "5");
        assertEquals(5, resultOf(lowBar, lowSubject).getInt("stars"));
        long rule = admin("POST", "/rating-bottom-lines/defaults", null).array().getValuesAs(JsonObject.class).stream()
                .filter(b -> b.getString("code").equals("NO_ORGANISATIONAL_LIFE")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(200, admin("POST", "/rating-subjects/" + lowSubject + "/breach", "{\"bottomLineId\":" + rule + ",\"note\":\"三季度未开支部党员大会\"}").status());
        JsonObject capped = resultOf(lowBar, lowSubject);
        assertEquals(100.0, capped.getJsonNumber("score").doubleValue(), 0.001);
        assertEquals(4, capped.getInt("stars"), "a bottom line forbids five stars whatever the score");
        assertTrue(capped.getBoolean("capped"));
        assertEquals("未按规定开展组织生活", capped.getString("bottomLine"));
        JsonArray distribution = admin("GET", "/rating-campaigns/" + lowBar + "/results", null).json().getJsonArray("distribution");
        assertEquals(1, distribution.getInt(4), "the star distribution counts the capped branch at four: " + distribution);
        assertEquals(1, distribution.getInt(0), "and the other branch, without votes, at none");

        Http.Download pdf = api.download("/api/t/" + tenant + "/rating-campaigns/subjects/" + lowSubject + "/report.pdf", "admin", ADMIN_PASSWORD);
        assertEquals(200, pdf.status());
        assertEquals("%PDF", new String(pdf.body(), 0, 4));
        Http.Download slips = api.download("/api/t/" + tenant + "/rating-campaigns/" + campaign + "/tokens.pdf?village=" + village, "admin", ADMIN_PASSWORD);
        assertEquals(200, slips.status());
        assertEquals("%PDF", new String(slips.body(), 0, 4), "the households' token slips print");
        Http.Download qr = api.download("/api/t/" + tenant + "/rating-campaigns/" + campaign + "/qr.png", "admin", ADMIN_PASSWORD);
        assertEquals(200, qr.status());
        assertTrue(Fixtures.decodeQr(qr.body()).endsWith("/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign), "the QR code opens the phone page");
    }

    private long bookWithStars() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        return Fixtures.created(admin("POST", "/rating-campaigns", Json.createObjectBuilder().add("title", "低门槛评星")
                .add("kind", "BRANCH").add("villageIds", Json.createArrayBuilder().add(village).add(otherVillage))
                .add("questions", Json.createArrayBuilder().add("班子团结").add("为民办事"))
                .add("weights", Json.createObjectBuilder().add("self", 10).add("peer", 10).add("pub", 70).add("superior", 10))
                .add("stars", Json.createObjectBuilder().add("five", 80).add("four", 70).add("three", 60).add("two", 50))
                .add("opensAt", now.minusHours(1).toString()).add("closesAt", now.plusHours(2).toString()).build().toString()));
    }

    @Test
    void aRatersConcurrentDoubleSubmitsLeaveOneEffectiveVote() throws Exception {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        for (int round = 0; round < 3; round++) {
            String answer = Integer.toString(3 + round);
            List<Http.Reply> replies = Race.times(6, () -> phoneVote("10.2.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", answer, answer));
            replies.forEach(r -> assertEquals(200, r.status()));
            JsonObject result = resultOf(campaign, subject);
            assertEquals(1, result.getInt("votes"), "one effective vote per rater, round " + round);
            assertEquals(Integer.parseInt(answer) * 20.0, result.getJsonNumber("score").doubleValue(), 0.001);
        }
        assertEquals(3, admin("GET", "/rating-votes?campaign=" + campaign, null).array().size(),
                "identical double submits write one row; each changed vote one more");
    }

    /** Books a one-question campaign of the first village's branch, open for an hour around {@code at} (tenant's clock). */
    private long bookAt(String title, LocalDateTime at) {
        return Fixtures.created(admin("POST", "/rating-campaigns", Json.createObjectBuilder().add("title", title)
                .add("kind", "BRANCH").add("villageIds", Json.createArrayBuilder().add(village))
                .add("questions", Json.createArrayBuilder().add("好不好"))
                .add("opensAt", at.minusMinutes(30).withSecond(0).toString()).add("closesAt", at.plusMinutes(30).withSecond(0).toString())
                .build().toString()));
    }

    @Test
    void twoYearsInARowAtTwoStarsOrBelowFlagTheSecretaryForReplacement() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        LocalDateTime lastYear = now.minusYears(1);
        long before;
        try {
            ServerClock.travel(api, lastYear.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
            before = bookAt("去年评星", lastYear);
            Http.Reply low = phoneVote("10.4.0.1", before, subjectOf(before, branch), "HOUSEHOLD", "JZ001", "张京民", "1");
            assertTrue(low.body().contains("id=\"cast\""), low.body());
        } finally {
            ServerClock.backToRealTime(api);
        }
        long now2 = bookAt("今年评星", now);
        long subject = subjectOf(now2, branch);
        phoneVote("10.4.0.2", now2, subject, "HOUSEHOLD", "JZ001", "张京民", "3");
        JsonObject result = resultOf(now2, subject);
        assertEquals(2, result.getInt("stars"), "60: two stars");
        assertEquals(1, result.getInt("lastYearStars"), "last year's campaign gave one star (20)");
        assertEquals(List.of(), consequencesOf(result), "no consequence while the tenant keeps no rules");

        assertEquals(5, admin("POST", "/rating-consequence-rules/defaults", null).array().size(), "seed 003's five rules");
        result = resultOf(now2, subject);
        assertEquals(List.of("纳入软弱涣散整顿", "调整村党组织书记"), consequencesOf(result), "two low years in a row: a new secretary");
        List<JsonObject> list = admin("GET", "/rating-campaigns/" + now2 + "/consequences", null).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("纳入软弱涣散整顿", "调整村党组织书记"), list.stream().map(l -> l.getString("consequence")).toList(),
                "the township's consequences list");
        assertTrue(list.stream().allMatch(l -> l.getString("subjectName").equals("靖庄村党支部") && l.getInt("stars") == 2));

        phoneVote("10.4.0.2", now2, subject, "HOUSEHOLD", "JZ001", "张京民", "5");
        assertEquals(List.of("星级奖（两委成员绩效奖励）", "晋位奖"), consequencesOf(resultOf(now2, subject)), "a good year: the bonus and a rise");

        long talk = Fixtures.created(admin("POST", "/rating-consequence-rules",
                "{\"name\":\"通报表扬\",\"starsFrom\":4,\"starsTo\":5,\"years\":1}"));
        assertTrue(consequencesOf(resultOf(now2, subject)).contains("通报表扬"), "a tenant's own rule applies at once");
        Http.Reply bad = admin("POST", "/rating-consequence-rules", "{\"name\":\"错\",\"starsFrom\":4,\"starsTo\":2,\"years\":1}");
        assertEquals(400, bad.status());
        assertEquals("error.rating.consequenceStars", bad.json().getString("error"));
        assertEquals(409, admin("POST", "/rating-consequence-rules", "{\"name\":\"通报表扬\",\"starsFrom\":4,\"starsTo\":5,\"years\":1}").status());
        assertEquals(204, admin("DELETE", "/rating-consequence-rules/" + talk, null).status());
        assertFalse(consequencesOf(resultOf(now2, subject)).contains("通报表扬"), "a removed rule no longer applies");

        Http.Download xlsx = api.download("/api/t/" + tenant + "/rating-campaigns/" + now2 + "/results.xlsx", "admin", ADMIN_PASSWORD);
        assertEquals(200, xlsx.status());
        SpreadsheetReader.Sheet sheet = SpreadsheetReader.read("results.xlsx", xlsx.body()).get(0);
        assertEquals("后果", sheet.header().get(12));
        SpreadsheetReader.Row row = sheet.rows().stream().filter(r -> r.cell(2).equals("靖庄村党支部")).findFirst().orElseThrow();
        assertEquals("5", row.cell(10), "the stars");
        assertEquals("星级奖（两委成员绩效奖励）；晋位奖", row.cell(12));
        assertEquals("1", row.cell(13), "last year's stars");
    }

    private static List<String> consequencesOf(JsonObject result) {
        return result.getJsonArray("consequences").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .toList();
    }

    @Test
    void aSubjectsOwnQrCodeOpensAPhonePageOfThatSubjectOnly() {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        long other = subjectOf(campaign, otherBranch);
        Http.Download qr = api.download("/api/t/" + tenant + "/rating-campaigns/" + campaign + "/qr.png?subject=" + subject, "admin", ADMIN_PASSWORD);
        assertEquals(200, qr.status());
        String address = Fixtures.decodeQr(qr.body());
        assertTrue(address.endsWith("/public/rate.xhtml?campaign=" + campaign + "&subject=" + subject), address);
        String page = api.get(address.substring(address.indexOf("/t/"))).body();
        assertTrue(page.contains("靖庄村党支部") && !page.contains("潘店村党支部"), "only the poster's subject is offered");
        assertTrue(page.contains("&amp;subject=" + subject), "and the vote posts back to it");
        Http.Download poster = api.download("/api/t/" + tenant + "/rating-campaigns/" + campaign + "/poster.pdf?subject=" + subject, "admin",
                ADMIN_PASSWORD);
        assertEquals("%PDF", new String(poster.body(), 0, 4), "the poster prints");
        long otherCampaign = book(24);
        assertEquals(404, api.download("/api/t/" + tenant + "/rating-campaigns/" + otherCampaign + "/qr.png?subject=" + subject, "admin",
                ADMIN_PASSWORD).status(), "a subject of another campaign has no QR code here");
        assertTrue(api.get("/t/" + tenant + "/public/rate.xhtml?campaign=" + otherCampaign + "&subject=" + subject).body()
                .contains("id=\"rate-missing\""), "nor a phone page");
        assertTrue(phoneVote("10.6.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "4", "4").body().contains("id=\"cast\""),
                "the poster's page takes the vote");
        assertEquals(0, resultOf(campaign, other).getInt("votes"), "of its subject only");
    }

    @Test
    void theCampaignsTrailShowsStaffChangesBallotsByHourAndRefusedAttempts() {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        long line = Fixtures.created(admin("POST", "/rating-bottom-lines", "{\"code\":\"TRAIL_RULE\",\"name\":\"未按规定开展组织生活\"}"));
        assertEquals(200, admin("POST", "/rating-subjects/" + subject + "/breach", "{\"bottomLineId\":" + line + ",\"note\":\"三会一课缺两次\"}").status());
        Fixtures.created(admin("POST", "/rating-problems", "{\"subjectId\":" + subject
                + ",\"problem\":\"公开不及时\",\"promise\":\"每月公开\",\"dueOn\":\"2027-01-31\"}"));
        assertTrue(phoneVote("10.7.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "4", "4").body().contains("id=\"cast\""));
        assertTrue(phoneVote("10.7.0.1", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "5", "5").body().contains("id=\"cast\""));
        assertTrue(phoneVote("10.7.0.2", campaign, subject, "MEMBER", "D001", "13800000001", "3", "3").body().contains("id=\"cast\""));
        for (int i = 0; i < 3; i++) {
            assertFalse(phoneVote("10.7.0.3", campaign, subject, "TOKEN", "JZ002", "WRONG" + i, "5", "5").body().contains("id=\"cast\""));
        }

        JsonObject trail = admin("GET", "/rating-campaigns/" + campaign + "/trail", null).json();
        assertEquals(3, trail.getInt("ballots"), "three ballots stored, one a change");
        assertEquals(2, trail.getInt("raters"));
        assertEquals(2, trail.getInt("effective"));
        assertEquals(3, trail.getInt("refused"), "three failed identifications");
        assertTrue(trail.getBoolean("recomputed"), "the results count every effective vote");
        List<JsonObject> hours = trail.getJsonArray("hours").getValuesAs(JsonObject.class);
        assertEquals(3, hours.stream().mapToInt(h -> h.getInt("ballots")).sum());
        assertEquals(1, hours.stream().mapToInt(h -> h.getInt("changes")).sum());
        assertEquals(2, hours.stream().mapToInt(h -> h.getInt("pub")).sum());
        assertEquals(1, hours.stream().mapToInt(h -> h.getInt("self")).sum(), "the member rates the own branch");
        assertEquals(3, hours.stream().mapToInt(h -> h.getInt("notIdentified")).sum());
        String hour = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withMinute(0).withSecond(0).withNano(0).toString();
        assertTrue(hours.stream().anyMatch(h -> h.getString("hour").startsWith(hour.substring(0, 13))), "hours on the tenant's clock: " + hours);
        List<JsonObject> events = trail.getJsonArray("events").getValuesAs(JsonObject.class);
        assertTrue(events.stream().anyMatch(e -> e.getString("entityType").equals("RatingCampaign") && e.getString("action").equals("CREATE")),
                "the booking");
        assertTrue(events.stream().anyMatch(e -> e.getString("entityType").equals("RatingSubject") && e.getString("changes").contains("三会一课缺两次")),
                "the breach recorded, with its note");
        assertTrue(events.stream().anyMatch(e -> e.getString("entityType").equals("Problem")), "the problem published");
        assertTrue(events.stream().noneMatch(e -> e.getString("entityType").equals("Vote")), "ballots are counted by hour, not listed");
        assertTrue(events.stream().noneMatch(e -> e.toString().contains("张京民") || e.toString().contains("13800000001")), "no rater named");

        Fixtures.townshipReviewer(api, tenant);
        assertEquals(403, api.call("GET", "/api/t/" + tenant + "/rating-campaigns/" + campaign + "/trail", "reviewer", "reviewer-pass-1", null)
                .status(), "the trail is the rating managers'");
        assertEquals(200, api.call("GET", "/api/t/" + tenant + "/rating-campaigns/" + campaign + "/consequences", "reviewer", "reviewer-pass-1",
                null).status(), "the township reads its consequences list");
    }

    @Test
    void votesAreRefusedOutsideTheWindowAndGuessingIsBrakedPerAddress() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withNano(0);
        long closed = Fixtures.created(admin("POST", "/rating-campaigns", Json.createObjectBuilder().add("title", "已截止")
                .add("kind", "BRANCH").add("villageIds", Json.createArrayBuilder().add(village))
                .add("questions", Json.createArrayBuilder().add("好不好"))
                .add("opensAt", now.minusHours(3).toString()).add("closesAt", now.minusHours(1).toString()).build().toString()));
        assertTrue(api.get("/t/" + tenant + "/public/rate.xhtml?campaign=" + closed).body().contains("id=\"rate-closed\""));
        Http.Reply late = admin("POST", "/rating-campaigns/" + closed + "/votes", "{\"subjectId\":" + subjectOf(closed, branch) + ",\"answers\":[\"5\"]}");
        assertEquals(409, late.status());
        assertEquals("error.rating.closed", late.json().getString("error"));

        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        for (int i = 0; i < 20; i++) {
            phoneVote("10.3.0.9", campaign, subject, "TOKEN", "GUESS" + i, "WRONG" + i, "5", "5");
        }
        Http.Reply braked = phoneVote("10.3.0.9", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "5", "5");
        assertFalse(braked.body().contains("id=\"cast\""), "20 failed identifications from one address block it for a while");
        assertTrue(phoneVote("10.3.0.10", campaign, subject, "HOUSEHOLD", "JZ001", "张京民", "5", "5").body().contains("id=\"cast\""),
                "another address is not blocked");
    }

    @Test
    void thePhonePageAndThePromisesPageKeepNothingOnTheServer() {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        Http anonymous = session();
        for (Http.Reply reply : List.of(anonymous.get("/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign),
                anonymous.get("/t/" + tenant + "/public/promises.xhtml?village=" + village),
                anonymous.postForm("/t/" + tenant + "/public/rate.xhtml?campaign=" + campaign, Map.of("way", "HOUSEHOLD", "code", "JZ001",
                        "secret", "张京民", "subject", Long.toString(subject), "q0", "4", "q1", "4")))) {
            assertEquals(200, reply.status());
            assertTrue(reply.headers().getOrDefault("set-cookie", List.of()).stream().noneMatch(c -> c.startsWith("JSESSIONID=")),
                    "an anonymous page started a session (ADR 0013)");
            assertFalse(reply.body().contains("<script"), "the phone's pages send no script");
        }
    }

    @Test
    void problemsArePublishedOnTheVillagesPublicPageUntilMarkedDone() {
        long campaign = book(24);
        long subject = subjectOf(campaign, branch);
        long problem = Fixtures.created(admin("POST", "/rating-problems", "{\"subjectId\":" + subject
                + ",\"problem\":\"村务公开不及时\",\"promise\":\"每月5日前公开\",\"dueOn\":\"2027-01-31\"}"));
        String page = api.get("/t/" + tenant + "/public/promises.xhtml?village=" + village).body();
        assertTrue(page.contains("村务公开不及时") && page.contains("每月5日前公开"), page);
        String secret = admin("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"靖庄村村委会\"}").json().getString("secret");
        Http kioskBrowser = session();
        assertEquals(302, kioskBrowser.get("/t/" + tenant + "/kiosk/" + village + "?token=" + secret).status(), "the gate keeps the token in a cookie");
        String kiosk = kioskBrowser.get("/t/" + tenant + "/kiosk/" + village).body();
        assertTrue(kiosk.contains("id=\"tab-rating\"") && kiosk.contains("2026年度党支部星级评定"), "the kiosk shows the open campaign");
        assertTrue(kiosk.contains("data:image/png;base64,"), "with its QR code");
        assertTrue(kiosk.contains("每月5日前公开"), "and the promise");
        JsonObject done = admin("POST", "/rating-problems/" + problem + "/done", "{\"evidence\":\"12月已公开\"}").json();
        assertEquals("12月已公开", done.getString("evidence"));
        assertFalse(api.get("/t/" + tenant + "/public/promises.xhtml?village=" + village).body().contains("村务公开不及时"), "gone when done");
    }
}
