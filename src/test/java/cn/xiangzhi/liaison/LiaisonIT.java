package cn.xiangzhi.liaison;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Metrics;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.JsonObject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Liaison duties over REST (issue 18): the tenant's limit per liaison, also under concurrent
 * assignment; visits confirmed by the last four digits of the head's phone; requests found on a visit
 * with the tenant's deadline per kind, overdue and escalated, done and confirmed by the household;
 * coverage and appraisal figures from known visits. The server's clock is pinned to a quiet noon
 * (ServerClock), so days and months are the tenant's whatever the hour the test runs.
 */
class LiaisonIT extends ApplicationIT {

    Http api;
    ZonedDateTime quiet;
    LocalDate today;
    String code;
    long village;
    LiaisonFixture f;

    @BeforeEach
    void aVillage() {
        api = api();
        quiet = ServerClock.pinQuietDay(api);
        today = quiet.toLocalDate();
        Fixtures.County county = Fixtures.countyWithVillages(api, "lia", "联户村");
        code = county.code();
        village = county.villages()[0];
        f = new LiaisonFixture(api, code);
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void aLiaisonTakesHouseholdsUpToTheTenantsLimitAndTheNextIsRefusedNamingIt() {
        assertEquals(20, f.call("GET", "/liaison-rules", null).json().getInt("maxHouseholds"), "twenty by default (seed 003)");
        assertEquals(200, f.rules(3, 5).status());
        long chief = f.liaison(village, "LANE_CHIEF", "R1", "王巷长");
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            households.add(f.household(village, "H" + i, "户主" + i, null));
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(201, f.assign(chief, households.get(i)).status());
        }
        Http.Reply full = f.assign(chief, households.get(3));
        assertEquals(409, full.status(), full.body());
        assertEquals("error.liaison.full", full.json().getString("error"));
        assertEquals("3", full.json().getJsonArray("args").getString(0), "the refusal names the limit");

        long other = f.liaison(village, "HOUSEHOLD_LIAISON", "R2", "李联户");
        Http.Reply taken = f.assign(other, households.get(0));
        assertEquals(409, taken.status());
        assertEquals("error.assignment.taken", taken.json().getString("error"));
        assertEquals("王巷长", taken.json().getJsonArray("args").getString(1));

        List<String> without = f.call("GET", "/liaison-assignments/unassigned?village=" + village, null).array()
                .getValuesAs(JsonObject.class).stream().map(h -> h.getString("code")).toList();
        assertTrue(without.contains("H3") && !without.contains("H0"), "H3 is without a liaison, H0 has one: " + without);
        JsonObject listed = f.call("GET", "/liaisons?village=" + village, null).array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("id").longValue() == chief).findFirst().orElseThrow();
        assertEquals(3, listed.getInt("households"));
        assertEquals(3, listed.getInt("maxHouseholds"));

        Http.Reply committee = f.assign(f.liaison(village, "COMMITTEE_MEMBER", "R3", "赵委员"), households.get(3));
        assertEquals("error.liaison.committeeHouseholds", committee.json().getString("error"));
        Http.Reply noKind = f.call("POST", "/liaisons", "{\"villageId\":" + village + ",\"kind\":\"MAYOR\",\"residentId\":1}");
        assertEquals(400, noKind.status());
        assertEquals("error.liaison.kind", noKind.json().getString("error"));
        Http.Reply badRule = f.rules(0, 5);
        assertEquals(400, badRule.status());
        assertEquals("maxHouseholds", badRule.json().getJsonArray("args").getString(0));
    }

    /**
     * Ten assignments to one liaison with three places arrive at once. To make them overlap for sure (a
     * request is milliseconds in the database), the test holds the liaison's row locked from its own
     * connection until all ten transactions wait on a lock, then lets them go: with the service's row
     * lock they wait before counting and count each other; without it they would count first and
     * wait only at the insert (the foreign key's lock on the liaison), and all ten would pass.
     */
    @Test
    void theLimitHoldsWhenTenAssignmentsToOneLiaisonArriveAtOnce() throws Exception {
        assertEquals(200, f.rules(3, 5).status());
        long chief = f.liaison(village, "LANE_CHIEF", "RC", "并发巷长");
        List<Long> households = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            households.add(f.household(village, "C" + i, "并发户" + i, null));
        }
        f.call("GET", "/liaisons/" + chief, null); // the admin's password verified and cached before the race
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try (Connection hold = Fixtures.connection()) {
            hold.setAutoCommit(false);
            try (PreparedStatement lock = hold.prepareStatement("select id from liaison where id = ? for update")) {
                lock.setLong(1, chief);
                lock.executeQuery().close();
            }
            List<Future<Http.Reply>> replies = new ArrayList<>();
            for (long h : households) {
                replies.add(pool.submit(() -> f.assign(chief, h)));
            }
            long waiting = 0;
            for (int tries = 0; tries < 600 && waiting < 10; tries++) {
                Thread.sleep(100);
                waiting = Fixtures.count("select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'");
            }
            assertEquals(10, waiting, "all ten assignments wait on the liaison's row");
            hold.commit();
            for (Future<Http.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), "exactly the limit is assigned: " + statuses);
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), "the rest are refused: " + statuses);
        assertEquals(3, f.call("GET", "/liaison-assignments?liaison=" + chief, null).array().size());
    }

    @Test
    void aVisitIsConfirmedOnlyByTheLastFourDigitsOfTheHeadsPhone() {
        long chief = f.liaison(village, "LANE_CHIEF", "RV", "孙巷长");
        long withPhone = f.household(village, "P1", "周户主", "13812345678");
        long noPhone = f.household(village, "P2", "吴户主", null);
        long alone = f.household(village, "P3", "郑户主", "13812340000");
        f.assign(chief, withPhone);
        f.assign(chief, noPhone);

        Http.Reply wrong = f.visit(withPhone, null, "了解家中老人身体情况", "1234");
        assertEquals(400, wrong.status());
        assertEquals("error.visit.confirmation", wrong.json().getString("error"));
        Http.Reply confirmed = f.visit(withPhone, null, "了解家中老人身体情况", "5678");
        assertEquals(201, confirmed.status(), confirmed.body());
        assertTrue(confirmed.json().getBoolean("confirmed"));
        assertEquals(today.toString(), confirmed.json().getString("visitedOn"), "today on the tenant's calendar");
        Http.Reply unconfirmed = f.visit(withPhone, today.minusDays(3).toString(), "再次走访", null);
        assertEquals(201, unconfirmed.status());
        assertFalse(unconfirmed.json().getBoolean("confirmed"));

        assertEquals("error.visit.noPhone", f.visit(noPhone, null, "走访", "0000").json().getString("error"));
        Http.Reply noLiaison = f.visit(alone, null, "走访", null);
        assertEquals(409, noLiaison.status());
        assertEquals("error.visit.noLiaison", noLiaison.json().getString("error"));
        assertEquals("error.visit.notes", f.visit(withPhone, null, null, null).json().getString("error"));
        assertEquals("error.visit.notes", f.visit(withPhone, null, "长".repeat(2001), null).json().getString("error"));
        assertEquals("error.visit.visitedOn", f.visit(withPhone, today.plusDays(1).toString(), "明天", null).json().getString("error"));
        assertEquals("error.visit.visitedOn", f.visit(withPhone, "yesterday", "昨天", null).json().getString("error"));

        long visit = confirmed.json().getJsonNumber("id").longValue();
        Http.Reply photo = api.upload("/api/t/" + code + "/liaison-visits/" + visit + "/photos?name=home.png", "admin", ADMIN_PASSWORD,
                Fixtures.PNG, "image/png");
        assertEquals(201, photo.status(), photo.body());
        Http.Reply text = api.upload("/api/t/" + code + "/liaison-visits/" + visit + "/photos", "admin", ADMIN_PASSWORD,
                "not an image".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(400, text.status());
        assertEquals("error.visitPhoto.type", text.json().getString("error"));
        for (int i = 0; i < 3; i++) {
            api.upload("/api/t/" + code + "/liaison-visits/" + visit + "/photos", "admin", ADMIN_PASSWORD, Fixtures.PNG, "image/png");
        }
        Http.Reply fifth = api.upload("/api/t/" + code + "/liaison-visits/" + visit + "/photos", "admin", ADMIN_PASSWORD, Fixtures.PNG,
                "image/png");
        assertEquals("error.visitPhoto.tooMany", fifth.json().getString("error"));
        assertEquals(4, f.call("GET", "/liaison-visit-photos?visit=" + visit, null).array().size());
    }

    @Test
    void aRequestFoundOnAVisitIsDueByTheTenantsDaysForItsKindIsEscalatedWhenOverdueAndConfirmedSolvedByTheHousehold() {
        assertEquals(200, f.rules(20, 2).status());
        long chief = f.liaison(village, "LANE_CHIEF", "RS", "钱巷长");
        long household = f.household(village, "S1", "冯户主", "13912348765");
        f.assign(chief, household);
        long visit = Fixtures.created(f.visit(household, null, "反映屋后排水沟堵塞", "8765"));

        assertEquals("error.serviceRequest.kind", f.raise(visit, null, "排水沟堵塞", "村委会").json().getString("error"));
        assertEquals("error.serviceRequest.kind", f.raise(visit, "WISH", "排水沟堵塞", "村委会").json().getString("error"));
        assertEquals("error.serviceRequest.handler", f.raise(visit, "COMPLAINT", "排水沟堵塞", null).json().getString("error"));
        Http.Reply raised = f.raise(visit, "COMPLAINT", "排水沟堵塞", "村委会");
        assertEquals(201, raised.status(), raised.body());
        long request = raised.json().getJsonNumber("id").longValue();
        assertEquals(today.plusDays(2).toString(), raised.json().getString("deadline"), "two days for a complaint in this tenant");
        assertEquals("冯户主", raised.json().getString("applicant"));
        assertEquals(visit, raised.json().getJsonNumber("originVisitId").longValue());
        Http.Reply suggestion = f.raise(visit, "SUGGESTION", "修路建议", "镇交通站");
        assertEquals(today.plusDays(15).toString(), suggestion.json().getString("deadline"), "fifteen days for a suggestion");
        assertEquals(2, f.call("GET", "/service-requests?village=" + village, null).array().size(),
                "the centres' own list holds them: one copy");

        Http.Reply early = f.call("POST", "/household-archives/" + household + "/requests/" + request + "/confirmation", "{\"digits\":\"8765\"}");
        assertEquals(409, early.status());
        assertEquals("error.serviceRequest.notDone", early.json().getString("error"));

        assertEquals(List.of(), ids(f.call("GET", "/liaison-reports/requests?overdue=true", null)));
        ServerClock.travel(api, quiet.plusDays(3).toInstant());
        assertEquals(List.of(request), ids(f.call("GET", "/liaison-reports/requests?overdue=true", null)), "past its deadline");
        long township = Fixtures.townshipReviewer(api, code);
        assertTrue(township > 0);
        Http.Reply asTownship = api.call("GET", "/api/t/" + code + "/liaison-reports/requests?overdue=true", "reviewer", "reviewer-pass-1", null);
        assertEquals(List.of(request), ids(asTownship), "the township sees the village's overdue request");

        assertEquals(200, f.call("POST", "/service-requests/" + request + "/status", "{\"status\":\"DONE\"}").status());
        Http.Reply wrong = f.call("POST", "/household-archives/" + household + "/requests/" + request + "/confirmation", "{\"digits\":\"1111\"}");
        assertEquals(400, wrong.status());
        assertEquals("error.visit.confirmation", wrong.json().getString("error"));
        Http.Reply ok = f.call("POST", "/household-archives/" + household + "/requests/" + request + "/confirmation", "{\"digits\":\"8765\"}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals(quiet.plusDays(3).toLocalDate().toString(), ok.json().getString("confirmedOn"));
        assertFalse(ok.json().getBoolean("solvedInTime"), "done a day after its deadline");
        Http.Reply again = f.call("POST", "/household-archives/" + household + "/requests/" + request + "/confirmation", "{\"digits\":\"8765\"}");
        assertEquals(409, again.status());
        assertEquals(List.of(), ids(f.call("GET", "/liaison-reports/requests?overdue=true", null)));

        JsonObject archive = f.call("GET", "/household-archives/" + household, null).json();
        assertEquals("钱巷长", archive.getJsonObject("liaison").getString("name"));
        assertEquals(1, archive.getJsonArray("visits").size());
        assertEquals(2, archive.getJsonArray("requests").size());
        assertEquals("139****8765", archive.getString("phone"), "masked on the archive");
    }

    @Test
    void coverageAndAppraisalAreComputedFromTheVisitsOfTheMonthAndQuarter() {
        long a = f.liaison(village, "LANE_CHIEF", "RA", "甲巷长");
        long b = f.liaison(village, "HOUSEHOLD_LIAISON", "RB", "乙联户长");
        long[] ofA = {f.household(village, "A1", "甲一", "13800000001"), f.household(village, "A2", "甲二", null),
                f.household(village, "A3", "甲三", null)};
        long[] ofB = {f.household(village, "B1", "乙一", null), f.household(village, "B2", "乙二", null)};
        for (long h : ofA) {
            f.assign(a, h);
        }
        for (long h : ofB) {
            f.assign(b, h);
        }
        f.household(village, "N1", "无人联系", null);
        long v1 = Fixtures.created(f.visit(ofA[0], null, "走访", "0001"));
        Fixtures.created(f.visit(ofA[0], today.minusDays(1).toString(), "又走访", null));
        Fixtures.created(f.visit(ofA[1], null, "走访", null));
        // last month (the 15th minus twenty days): not this month's coverage
        Fixtures.created(f.visit(ofB[0], today.minusDays(20).toString(), "上月走访", null));
        long request = Fixtures.created(f.raise(v1, "NEED", "申请临时救助", "民政办"));
        assertEquals(200, f.call("POST", "/service-requests/" + request + "/status", "{\"status\":\"DONE\"}").status());

        JsonObject coverage = f.call("GET", "/liaison-reports/coverage", null).json();
        assertEquals(today.toString().substring(0, 7), coverage.getString("month"));
        JsonObject ofVillage = coverage.getJsonArray("villages").getJsonObject(0);
        assertEquals(8, ofVillage.getInt("households"), "five assigned, one without, and the two liaisons' own households");
        assertEquals(5, ofVillage.getJsonObject("figures").getInt("assigned"));
        assertEquals(2, ofVillage.getJsonObject("figures").getInt("visited"), "A1 (twice) and A2");
        JsonObject lineA = line(coverage, a);
        assertEquals(3, lineA.getJsonObject("figures").getInt("assigned"));
        assertEquals(2, lineA.getJsonObject("figures").getInt("visited"));
        assertEquals(0, line(coverage, b).getJsonObject("figures").getInt("visited"));
        String lastMonth = today.minusDays(20).toString().substring(0, 7);
        assertEquals(1, line(f.call("GET", "/liaison-reports/coverage?month=" + lastMonth, null).json(), b)
                .getJsonObject("figures").getInt("visited"));
        assertEquals("error.liaison.month", f.call("GET", "/liaison-reports/coverage?month=12-2026", null).json().getString("error"));

        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        boolean lastMonthInQuarter = (today.minusDays(20).getMonthValue() - 1) / 3 == (today.getMonthValue() - 1) / 3
                && today.minusDays(20).getYear() == today.getYear();
        List<JsonObject> ranking = f.call("GET", "/liaison-reports/appraisal?quarter=" + quarter, null).json().getJsonArray("lines")
                .getValuesAs(JsonObject.class);
        JsonObject first = ranking.get(0);
        assertEquals(a, first.getJsonNumber("liaisonId").longValue());
        assertEquals(1, first.getInt("rank"));
        JsonObject figures = first.getJsonObject("figures");
        assertEquals(3, figures.getInt("visits"));
        assertEquals(1, figures.getInt("confirmations"));
        assertEquals(1, figures.getInt("raised"));
        assertEquals(1, figures.getInt("solvedInTime"));
        assertEquals(3 + 1 + 2 + 3, first.getInt("score"));
        JsonObject second = ranking.stream().filter(l -> l.getJsonNumber("liaisonId").longValue() == b).findFirst().orElseThrow();
        assertEquals(lastMonthInQuarter ? 1 : 0, second.getJsonObject("figures").getInt("visits"));
        assertEquals("error.liaison.quarter", f.call("GET", "/liaison-reports/appraisal?quarter=2026-Q5", null).json().getString("error"));

        Http.Download sheet = api.download("/api/t/" + code + "/liaison-reports/appraisal/export?quarter=" + quarter, "admin", ADMIN_PASSWORD);
        assertEquals(200, sheet.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(sheet.body()))) {
            Sheet rows = book.getSheetAt(0);
            assertEquals("排名", rows.getRow(0).getCell(0).getStringCellValue());
            assertEquals("甲巷长", rows.getRow(1).getCell(2).getStringCellValue());
            assertEquals(9, (int) rows.getRow(1).getCell(9).getNumericCellValue());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aGridChiefRecordsVisitsButAssignsNothingAndAnAuditorOnlyReads() {
        long chief = f.liaison(village, "LANE_CHIEF", "RG", "吕巷长");
        long household = f.household(village, "G1", "何户主", null);
        long other = f.household(village, "G2", "许户主", null);
        f.assign(chief, household);
        long root = Fixtures.rootPlace(api, code).getJsonNumber("id").longValue();
        for (String[] user : new String[][]{{"grid", "GRID_CHIEF", Long.toString(village)}, {"auditor", "AUDITOR", Long.toString(root)}}) {
            assertEquals(201, f.call("POST", "/users", "{\"username\":\"" + user[0] + "\",\"displayName\":\"" + user[0]
                    + "\",\"role\":\"" + user[1] + "\",\"scopePlaceId\":" + user[2] + ",\"password\":\"pass-of-" + user[0] + "-1\"}").status());
        }
        Http.Reply visit = api.call("POST", "/api/t/" + code + "/liaison-visits", "grid", "pass-of-grid-1",
                "{\"householdId\":" + household + ",\"notes\":\"网格长代录\"}");
        assertEquals(201, visit.status(), visit.body());
        assertEquals(403, api.call("POST", "/api/t/" + code + "/liaison-assignments", "grid", "pass-of-grid-1",
                "{\"liaisonId\":" + chief + ",\"householdId\":" + other + "}").status(), "a grid chief assigns nothing");
        assertEquals(403, api.call("POST", "/api/t/" + code + "/liaison-visits", "auditor", "pass-of-auditor-1",
                "{\"householdId\":" + household + ",\"notes\":\"审计\"}").status());
        assertEquals(1, api.call("GET", "/api/t/" + code + "/liaison-visits?household=" + household, "auditor", "pass-of-auditor-1", null)
                .array().size(), "the auditor reads");

        Http grid = session();
        assertEquals(302, grid.login("/t/" + code + "/login.xhtml", "grid", "pass-of-grid-1").status());
        Http.Reply liaisons = grid.get("/t/" + code + "/liaisons.xhtml");
        assertEquals(200, liaisons.status());
        assertTrue(liaisons.body().contains("吕巷长"), "the grid chief sees the village's liaisons");
        assertFalse(liaisons.body().contains("id=\"liaisons:addLiaison\""), "nor the manager's form");

        Http auditor = session();
        assertEquals(302, auditor.login("/t/" + code + "/login.xhtml", "auditor", "pass-of-auditor-1").status());
        assertEquals(403, auditor.get("/t/" + code + "/visit.xhtml").status(), "the visit page needs liaison:record");
        Http.Reply coverage = auditor.get("/t/" + code + "/liaison-coverage.xhtml");
        assertEquals(200, coverage.status());
        assertTrue(coverage.body().contains("吕巷长"), "the auditor sees the county's coverage");
    }

    @Test
    void assignmentsImportedFromASpreadsheetAreCheckedRowByRowAndAFileWithAProblemWritesNothing() {
        assertEquals(200, f.rules(2, 5).status());
        f.resident(village, "L1", "韩巷长");
        f.resident(village, "L2", "曹联户长");
        for (int i = 1; i <= 4; i++) {
            f.household(village, "I" + i, "导入户" + i, null);
        }
        String header = "户编号,联户人户编号,联户人,身份\n";
        String imports = "xiangzhi_imports_total{kind=\"liaison\"}";
        String rows = "xiangzhi_imported_rows_total{kind=\"liaison\"}";
        long importsBefore = Metrics.value(api, imports);
        long rowsBefore = Metrics.value(api, rows);
        Http.Reply bad = upload(header + "I1,L1,韩巷长,巷长\nI2,L1,韩巷长,巷长\nI3,L1,韩巷长,巷长\nNOPE,L1,韩巷长,巷长\n"
                + "I4,L2,无此人,联户长\nI1,L2,曹联户长,村长\n", false);
        assertEquals(422, bad.status(), bad.body());
        List<String> problems = bad.json().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getInt("row") + " " + p.getString("key")).toList();
        assertEquals(List.of("4 error.liaison.full", "5 error.liaisonImport.household", "6 error.liaisonImport.liaison",
                "7 error.liaisonImport.twice"), problems, "each problem with its row (the header is row 1)");
        assertEquals(0, f.call("GET", "/liaisons?village=" + village, null).array().size(), "nothing written");

        String good = header + "I1,L1,韩巷长,巷长\nI2,L1,韩巷长,巷长\nI3,L2,曹联户长,联户长\n";
        JsonObject dry = upload(good, true).json();
        assertFalse(dry.getBoolean("written"));
        assertEquals(3, dry.getInt("assigned"));
        assertEquals(0, f.call("GET", "/liaisons?village=" + village, null).array().size(), "a dry run writes nothing");
        JsonObject done = upload(good, false).json();
        assertTrue(done.getBoolean("written"));
        assertEquals(3, done.getInt("assigned"));
        assertEquals(2, done.getInt("liaisonsAdded"));
        assertEquals(importsBefore + 1, Metrics.value(api, imports), "the operator's counter: the written import only");
        assertEquals(rowsBefore + 5, Metrics.value(api, rows), "two liaisons added, three assignments");
        JsonObject again = upload(good, false).json();
        assertEquals(3, again.getInt("unchanged"), "the same file again changes nothing");
        assertEquals(0, again.getInt("assigned"));
        Http.Reply noColumn = upload("户编号,联户人\nI4,韩巷长\n", false);
        assertEquals(422, noColumn.status());
        assertEquals("error.liaisonImport.column", noColumn.json().getJsonArray("problems").getJsonObject(0).getString("key"));
    }

    private Http.Reply upload(String csv, boolean dryRun) {
        return api.upload("/api/t/" + code + "/liaison-assignments/import?name=a.csv&dryRun=" + dryRun, "admin", ADMIN_PASSWORD,
                csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private static JsonObject line(JsonObject coverage, long liaison) {
        return coverage.getJsonArray("liaisons").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("liaisonId").longValue() == liaison).findFirst().orElseThrow();
    }

    private static List<Long> ids(Http.Reply reply) {
        return reply.array().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }
}
