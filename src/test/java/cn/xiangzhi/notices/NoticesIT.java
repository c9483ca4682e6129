package cn.xiangzhi.notices;

import cn.xiangzhi.decisions.DecisionFixture;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notices for villagers (通知公告, 党务/村务/财务公开) over REST and on the boards: where they show, their
 * files, withdrawal and the last day, bad input; and every outcome the power list makes public on
 * the kiosk and the public pages (contracts, how disputes and service requests ended).
 */
class NoticesIT extends ApplicationIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    Http api;
    String code;
    long east;
    long west;
    long township;
    LocalDate today;

    @BeforeEach
    void aCountyWithTwoVillages() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
        Fixtures.County county = Fixtures.countyWithVillages(api, "ntc", "东庄村", "西庄村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        township = call("GET", "/places/" + east, null).json().getJsonNumber("parentId").longValue();
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    Http.Reply call(String method, String path, String json) {
        return api.call(method, "/api/t/" + code + path, "admin", Fixtures.ADMIN_PASSWORD, json);
    }

    long publish(long place, String kind, String title, String lastDay) {
        var body = Json.createObjectBuilder().add("placeId", place).add("kind", kind).add("title", title).add("body", title + "的内容");
        if (lastDay != null) {
            body.add("lastDay", lastDay);
        }
        Http.Reply reply = call("POST", "/notices", body.build().toString());
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    Http.Reply attach(long notice, String name, byte[] content, String type) {
        return api.upload("/api/t/" + code + "/notices/" + notice + "/files?name=" + name, "admin", Fixtures.ADMIN_PASSWORD, content, type);
    }

    String publicNotices(long village) {
        return session().get("/t/" + code + "/public/notices.xhtml?village=" + village).body();
    }

    String kiosk(long village) {
        Http.Reply issued = call("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"村委会一体机\"}");
        Http office = session();
        assertEquals(302, office.get("/t/" + code + "/kiosk/" + village + "?token=" + issued.json().getString("secret")).status());
        return office.get("/t/" + code + "/kiosk/" + village).body();
    }

    @Test
    void aNoticeShowsOnTheBoardsOfEveryVillageUnderItsPlaceWithItsFilesUntilWithdrawn() {
        long forTownship = publish(township, "NOTICE", "冬季防火通知", null);
        long forEast = publish(east, "FINANCE", "十一月财务公开", null);
        Http.Reply photo = attach(forEast, "账目.png", Fixtures.PNG, "image/png");
        assertEquals(201, photo.status(), photo.body());
        Http.Reply pdf = attach(forEast, "明细.pdf", PDF, "application/pdf");
        assertEquals(201, pdf.status(), pdf.body());
        long photoId = photo.json().getJsonNumber("id").longValue();
        long pdfId = pdf.json().getJsonNumber("id").longValue();

        String eastPage = publicNotices(east);
        assertTrue(eastPage.contains("冬季防火通知") && eastPage.contains("十一月财务公开"), eastPage);
        assertTrue(eastPage.contains("财务公开") && eastPage.contains("/public/notice-files/" + photoId), "the photo is shown: " + eastPage);
        assertTrue(eastPage.contains("明细.pdf"), "the PDF is linked");
        String westPage = publicNotices(west);
        assertTrue(westPage.contains("冬季防火通知"), "the township's notice is on every village's board");
        assertFalse(westPage.contains("十一月财务公开"), "east's disclosure is east's only");

        String board = kiosk(east);
        String notices = board.substring(board.indexOf("id=\"kiosk-notices\""));
        assertTrue(notices.contains("冬季防火通知") && notices.contains("十一月财务公开"), notices);
        assertFalse(board.contains("暂无公告"), "the fixed 'no notices' is gone when there are notices");

        Http.Download served = api.download("/t/" + code + "/public/notice-files/" + photoId, "nobody", "none");
        assertEquals(200, served.status());
        assertEquals("image/png", served.header("Content-Type"));
        assertArrayEquals(Fixtures.PNG, served.body());
        Http.Download servedPdf = api.download("/t/" + code + "/public/notice-files/" + pdfId, "nobody", "none");
        assertEquals("application/pdf", servedPdf.header("Content-Type"));
        assertArrayEquals(PDF, servedPdf.body());

        Http.Reply withdrawn = call("POST", "/notices/" + forEast + "/withdraw", "{\"reason\":\"数字有误，重新公开\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertFalse(publicNotices(east).contains("十一月财务公开"), "a withdrawn notice leaves the board");
        assertFalse(kiosk(east).contains("十一月财务公开"), "and the kiosk");
        assertEquals(404, api.download("/t/" + code + "/public/notice-files/" + photoId, "nobody", "none").status(),
                "its files are no longer public");
        JsonObject kept = call("GET", "/notices/" + forEast, null).json();
        assertEquals("数字有误，重新公开", kept.getString("withdrawReason"), "the notice stays on record with its reason");
        assertEquals(2, kept.getJsonArray("files").size(), "with its files");
        List<Long> listed = call("GET", "/notices", null).array().getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(forTownship), listed, "the list shows what is on the boards");
        List<Long> all = call("GET", "/notices?withdrawn=true", null).array().getValuesAs(JsonObject.class).stream()
                .map(n -> n.getJsonNumber("id").longValue()).toList();
        assertEquals(List.of(forEast, forTownship), all, "and with ?withdrawn=true the withdrawn ones, newest first");
    }

    @Test
    void aNoticeLeavesTheBoardsAfterItsLastDayInTheTenantsZone() {
        publish(east, "VILLAGE_AFFAIRS", "村务公开：道路硬化", today.toString());
        assertTrue(publicNotices(east).contains("道路硬化"), "shown on its last day");
        ServerClock.travel(api, ServerClock.now(api).plus(Duration.ofDays(1)));
        assertFalse(publicNotices(east).contains("道路硬化"), "gone the day after");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsHalfStored() {
        Http.Reply past = call("POST", "/notices", "{\"placeId\":" + east + ",\"title\":\"过期\",\"lastDay\":\"" + today.minusDays(1) + "\"}");
        assertEquals(400, past.status(), past.body());
        assertEquals("error.notice.lastDay", past.json().getString("error"));
        assertEquals("error.notice.title", call("POST", "/notices", "{\"placeId\":" + east + "}").json().getString("error"));
        assertEquals("error.notice.title", call("POST", "/notices", "{\"placeId\":" + east + ",\"title\":\"" + "长".repeat(121) + "\"}")
                .json().getString("error"));
        assertEquals("error.notice.kind", call("POST", "/notices", "{\"placeId\":" + east + ",\"title\":\"x\",\"kind\":\"GOSSIP\"}")
                .json().getString("error"));
        assertEquals("error.notice.place", call("POST", "/notices", "{\"title\":\"x\"}").json().getString("error"));
        assertEquals("error.notice.lastDay", call("POST", "/notices", "{\"placeId\":" + east + ",\"title\":\"x\",\"lastDay\":\"12月\"}")
                .json().getString("error"));
        assertEquals(0, call("GET", "/notices?withdrawn=true", null).array().size(), "nothing was stored by the refusals");

        long notice = publish(east, "NOTICE", "停水通知", null);
        Http.Reply text = attach(notice, "a.txt", "not a picture".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(400, text.status(), text.body());
        assertEquals("error.notice.fileType", text.json().getString("error"));
        Http.Reply big = attach(notice, "big.png", Arrays.copyOf(Fixtures.PNG, 5 * 1024 * 1024 + 10), "image/png");
        assertEquals(400, big.status(), "a file over 5 MB");
        assertEquals("error.photo.tooLarge", big.json().getString("error"));
        for (int i = 0; i < 6; i++) {
            assertEquals(201, attach(notice, "p" + i + ".png", Fixtures.PNG, "image/png").status());
        }
        Http.Reply seventh = attach(notice, "p7.png", Fixtures.PNG, "image/png");
        assertEquals(400, seventh.status(), seventh.body());
        assertEquals("error.notice.files", seventh.json().getString("error"));
        assertEquals(6, call("GET", "/notice-files?notice=" + notice, null).array().size(), "six files, none of the refused");

        assertEquals("error.notice.reason", call("POST", "/notices/" + notice + "/withdraw", "{}").json().getString("error"));
        assertEquals(200, call("POST", "/notices/" + notice + "/withdraw", "{\"reason\":\"已恢复供水\"}").status());
        Http.Reply again = call("POST", "/notices/" + notice + "/withdraw", "{\"reason\":\"再撤\"}");
        assertEquals(409, again.status());
        assertEquals("error.notice.withdrawn", again.json().getString("error"));
        assertEquals(409, attach(notice, "late.png", Fixtures.PNG, "image/png").status(), "no file for a withdrawn notice");
        assertEquals("已恢复供水", call("GET", "/notices/" + notice, null).json().getString("withdrawReason"),
                "the second withdrawal changed nothing");
    }

    @Test
    void aVillageAdminPublishesForTheirVillageOnlyAndAnotherTenantsFilesAreNotServed() {
        assertEquals(201, call("POST", "/users", Json.createObjectBuilder().add("username", "clerk").add("displayName", "东庄信息员")
                .add("role", "VILLAGE_ADMIN").add("scopePlaceId", east).add("password", "clerk-pass-1").build().toString()).status());
        Http.Reply own = api.call("POST", "/api/t/" + code + "/notices", "clerk", "clerk-pass-1",
                "{\"placeId\":" + east + ",\"kind\":\"PARTY_AFFAIRS\",\"title\":\"党员大会通知\"}");
        assertEquals(201, own.status(), own.body());
        assertEquals("东庄信息员", own.json().getString("publishedBy"), "the publisher by name");
        Http.Reply other = api.call("POST", "/api/t/" + code + "/notices", "clerk", "clerk-pass-1",
                "{\"placeId\":" + west + ",\"title\":\"越权\"}");
        assertEquals(404, other.status(), "another village is not the clerk's: " + other.body());
        Http.Reply wide = api.call("POST", "/api/t/" + code + "/notices", "clerk", "clerk-pass-1",
                "{\"placeId\":" + township + ",\"title\":\"越权\"}");
        assertEquals(404, wide.status(), "nor the township above it");
        assertFalse(publicNotices(west).contains("越权"));

        long notice = publish(east, "NOTICE", "甲县的通知", null);
        long file = attach(notice, "a.png", Fixtures.PNG, "image/png").json().getJsonNumber("id").longValue();
        String other_tenant = Fixtures.countyWithVillages(api, "ntc2", "北庄村").code();
        assertEquals(404, api.download("/t/" + other_tenant + "/public/notice-files/" + file, "nobody", "none").status(),
                "a file of tenant A is not served on tenant B's address");
        assertEquals(200, api.download("/t/" + code + "/public/notice-files/" + file, "nobody", "none").status());
    }

    @Test
    void everyOutcomeThePowerListMakesPublicIsOnTheKioskAndThePublicPages() {
        Http.Reply contract = call("POST", "/contracts", Json.createObjectBuilder().add("villageId", east).add("title", "东坡果园承包合同")
                .add("partyA", "东庄村股份经济合作社").add("partyB", "李承包").add("amount", 59800)
                .add("startDate", today.toString()).add("endDate", today.plusYears(5).toString()).build().toString());
        assertEquals(201, contract.status(), contract.body());
        long dispute = DecisionFixture.created(call("POST", "/disputes", Json.createObjectBuilder().add("villageId", east)
                .add("title", "张三李四宅基地纠纷").add("kind", "宅基地").add("parties", Json.createArrayBuilder().add("张三").add("李四"))
                .add("mediator", "王调解").build().toString()));
        assertEquals(200, call("POST", "/disputes/" + dispute + "/outcome", "{\"status\":\"RESOLVED\",\"agreement\":\"以界桩为准\",\"on\":\""
                + today + "\"}").status());
        long request = DecisionFixture.created(call("POST", "/service-requests", Json.createObjectBuilder().add("villageId", east)
                .add("applicant", "赵大娘").add("phone", "13812345678").add("matterType", "养老保险认证").add("handler", "代办员小刘")
                .build().toString()));
        Http.Reply started = call("POST", "/service-requests/" + request + "/status", "{\"status\":\"IN_PROGRESS\"}");
        assertEquals(200, started.status(), started.body());
        assertEquals(200, call("POST", "/service-requests/" + request + "/status", "{\"status\":\"DONE\"}").status());

        String decisions = session().get("/t/" + code + "/public/decisions.xhtml?village=" + east).body();
        assertTrue(decisions.contains("东坡果园承包合同") && decisions.contains("李承包") && decisions.contains("59800"), decisions);
        String centres = session().get("/t/" + code + "/public/centres.xhtml?village=" + east).body();
        assertTrue(centres.contains("宅基地") && centres.contains("调解成功"), centres);
        assertFalse(centres.contains("张三"), "the parties of a dispute are not public");
        assertTrue(centres.contains("养老保险认证") && centres.contains("赵*"), "the request's matter, its applicant masked: " + centres);
        assertFalse(centres.contains("赵大娘") || centres.contains("13812345678"), "no name, no phone");
        assertFalse(session().get("/t/" + code + "/public/decisions.xhtml?village=" + west).body().contains("东坡果园承包合同"));

        String board = kiosk(east);
        assertTrue(board.contains("id=\"public-contracts\"") && board.contains("东坡果园承包合同"), board);
        assertTrue(board.contains("id=\"dispute-outcomes\"") && board.contains("调解成功"));
        assertTrue(board.contains("id=\"request-outcomes\"") && board.contains("养老保险认证"));
        assertFalse(board.contains("张三") || board.contains("赵大娘"));
    }

    @Test
    void aKioskShowsAChangeAtItsNextRefreshAndEachRefreshCarriesTheTimeOfItsAnswer() throws InterruptedException {
        Http.Reply issued = call("POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"村委会一体机\"}");
        Http office = session();
        assertEquals(302, office.get("/t/" + code + "/kiosk/" + east + "?token=" + issued.json().getString("secret")).status());
        String kiosk = "/t/" + code + "/kiosk/" + east;
        String first = office.get(kiosk).body();
        String again = office.get(kiosk).body();
        assertFalse(first.contains("停电通知"));
        Thread.sleep(5);
        String third = office.get(kiosk).body();
        assertTrue(epoch(third) > epoch(again) && epoch(again) > epoch(first) - 1,
                "every answer carries the server's time of that answer, kept page or not");
        assertEquals(ServerClock.now(api).atZone(ServerClock.TENANT_ZONE).getHour(),
                Integer.parseInt(between(third, "<time id=\"kiosk-time\">", "</time>").substring(0, 2)), "the tenant's hour");

        long notice = publish(east, "NOTICE", "停电通知", null);
        assertTrue(office.get(kiosk).body().contains("停电通知"), "a new notice shows at the next refresh");
        assertEquals(200, call("POST", "/notices/" + notice + "/withdraw", "{\"reason\":\"已恢复\"}").status());
        assertFalse(office.get(kiosk).body().contains("停电通知"), "a withdrawn one is gone at the next refresh");
        assertEquals(200, call("DELETE", "/kiosk-tokens/" + issued.json().getJsonObject("token").getJsonNumber("id"), null).status());
        assertEquals(401, office.get(kiosk).status(), "a revoked token stops the kiosk at its next refresh");
    }

    @Test
    void theTownshipSeesWhichVillagesPublishedTheirThreeMonthlyDisclosures() {
        for (String kind : new String[]{"PARTY_AFFAIRS", "VILLAGE_AFFAIRS", "FINANCE"}) {
            publish(east, kind, "东庄村" + kind, null);
        }
        long westFinance = publish(west, "FINANCE", "西庄村财务公开", null);
        publish(west, "PARTY_AFFAIRS", "西庄村党务公开", null);
        publish(township, "VILLAGE_AFFAIRS", "全镇村务通知", null); // the township's, not a village's disclosure
        assertEquals(200, call("POST", "/notices/" + westFinance + "/withdraw", "{\"reason\":\"重发\"}").status());
        assertEquals(201, call("POST", "/users", Json.createObjectBuilder().add("username", "reviewer").add("displayName", "镇审核员")
                .add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township).add("password", "reviewer-pass-1").build().toString()).status());

        Http.Reply reply = api.call("GET", "/api/t/" + code + "/notice-disclosures", "reviewer", "reviewer-pass-1", null);
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> lines = reply.array().getValuesAs(JsonObject.class);
        assertEquals(List.of(west, east), lines.stream().map(l -> l.getJsonNumber("villageId").longValue()).toList(),
                "the village missing a disclosure first");
        assertTrue(lines.get(0).getBoolean("partyAffairs"));
        assertFalse(lines.get(0).getBoolean("villageAffairs"), "the township's notice is not the village's disclosure");
        assertFalse(lines.get(0).getBoolean("finance"), "a withdrawn disclosure does not count");
        assertTrue(lines.get(1).getBoolean("partyAffairs") && lines.get(1).getBoolean("villageAffairs")
                && lines.get(1).getBoolean("finance"), "east published all three");

        String lastMonth = today.withDayOfMonth(1).minusMonths(1).toString().substring(0, 7);
        List<JsonObject> before = api.call("GET", "/api/t/" + code + "/notice-disclosures?month=" + lastMonth, "reviewer",
                "reviewer-pass-1", null).array().getValuesAs(JsonObject.class);
        assertTrue(before.stream().noneMatch(l -> l.getBoolean("partyAffairs")), "nothing was published last month");
        Http.Reply bad = api.call("GET", "/api/t/" + code + "/notice-disclosures?month=12月", "reviewer", "reviewer-pass-1", null);
        assertEquals(400, bad.status());
        assertEquals("error.notice.month", bad.json().getString("error"));
    }

    static long epoch(String page) {
        return Long.parseLong(between(page, "data-epoch=\"", "\""));
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from) + from.length();
        return text.substring(start, text.indexOf(to, start));
    }
}
