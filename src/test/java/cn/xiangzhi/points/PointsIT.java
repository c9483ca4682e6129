package cn.xiangzhi.points;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The points catalogue, proposals, their confirmation and the append-only ledger. */
class PointsIT extends ApplicationIT {

    /**
     * This month on the server's clock, pinned to a quiet noon (ServerClock): the tenant's month
     * (Asia/Shanghai), not the test JVM's (UTC), which on a month's last day from 16:00 UTC was the
     * month before: "next month" was then no future month and the honours' "last year" could be wrong on 31 December.
     */
    YearMonth now;
    String month;
    Http api;
    String code;
    long east;
    long west;
    List<Long> eastHouseholds = new ArrayList<>();
    long westHousehold;

    @BeforeEach
    void aCountyWithTwoVillagesAndAGridChief() {
        api = api();
        now = YearMonth.from(ServerClock.pinQuietDay(api));
        month = now.toString();
        Fixtures.County county = Fixtures.countyWithVillages(api, "pts", "东关村", "西关村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        for (int i = 1; i <= 3; i++) {
            eastHouseholds.add(created(admin("POST", "/households",
                    "{\"code\":\"E" + i + "\",\"villageId\":" + east + ",\"headName\":\"东户" + i + "\"}")));
        }
        westHousehold = created(admin("POST", "/households", "{\"code\":\"W1\",\"villageId\":" + west + ",\"headName\":\"西户\"}"));
        for (String[] user : new String[][]{{"chief", "GRID_CHIEF", String.valueOf(east)}, {"info", "VILLAGE_ADMIN", String.valueOf(east)},
                {"westchief", "GRID_CHIEF", String.valueOf(west)}}) {
            assertEquals(201, admin("POST", "/users", Json.createObjectBuilder().add("username", user[0]).add("displayName", user[0])
                    .add("role", user[1]).add("scopePlaceId", Long.parseLong(user[2])).add("password", "points-pass-1").build()
                    .toString()).status());
        }
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void aProposalForManyHouseholdsIsConfirmedOnceIntoOneLineEach() {
        long item = item("CLEAN", 2, false, "GRID_CHIEF", 4);
        Http.Reply proposed = as("chief", "POST", "/points-proposals", recording(item, eastHouseholds, null));
        assertEquals(201, proposed.status(), proposed.body());
        List<JsonObject> proposals = proposed.array().getValuesAs(JsonObject.class);
        assertEquals(3, proposals.size(), "one proposal per household of the clean-up");
        assertEquals(1, proposals.stream().map(p -> p.getString("batch")).distinct().count(), "sharing one batch");
        String ids = proposals.stream().map(p -> p.getJsonNumber("id").toString()).reduce((a, b) -> a + "," + b).orElseThrow();

        assertEquals(403, as("chief", "POST", "/points-proposals/confirm", "{\"ids\":[" + ids + "]}").status(),
                "a grid chief proposes but does not confirm");
        Http.Reply confirmed = as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + ids + "]}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals(3, confirmed.json().getInt("confirmed"));
        assertEquals(0, as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + ids + "]}").json().getInt("confirmed"),
                "confirming again changes nothing");

        List<JsonObject> ledger = ledger(eastHouseholds.get(0));
        assertEquals(1, ledger.size());
        JsonObject line = ledger.get(0);
        assertEquals(2, line.getInt("points"));
        assertEquals("AWARD", line.getString("type"));
        assertTrue(line.getString("proposer").contains("chief") && line.getString("approver").contains("info"),
                "the line names who proposed and who approved: " + line);
        assertEquals(month, line.getString("month"));
    }

    @Test
    void simultaneousConfirmationsOfOneProposalWriteOneLine() throws Exception {
        long item = item("MEET", 2, false, "GRID_CHIEF", null);
        long proposal = as("chief", "POST", "/points-proposals", recording(item, List.of(eastHouseholds.get(1)), null))
                .array().getJsonObject(0).getJsonNumber("id").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> confirmations = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                confirmations.add(() -> as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + proposal + "]}").status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(confirmations)) {
                statuses.add(f.get());
            }
            assertTrue(statuses.contains(200), statuses.toString());
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 409), "losers get a conflict, never an error: " + statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, ledger(eastHouseholds.get(1)).size(), "exactly one line, however many clicks");
    }

    @Test
    void catalogueRulesRefuseWithAReason() {
        long evidence = item("YARD", 5, true, "GRID_CHIEF", null);
        long adminOnly = item("FINE", -10, false, "VILLAGE_ADMIN", null);
        long capped = item("VOL", 2, false, "GRID_CHIEF", 4);

        assertRefused(as("chief", "POST", "/points-proposals", recording(evidence, eastHouseholds.subList(0, 1), null)),
                400, "error.points.evidence");
        assertEquals(201, as("chief", "POST", "/points-proposals",
                recording(evidence, eastHouseholds.subList(0, 1), "photo:yard-2026.jpg")).status());
        assertRefused(as("chief", "POST", "/points-proposals", recording(adminOnly, eastHouseholds.subList(0, 1), null)),
                400, "error.points.notProposer");
        assertEquals(201, as("info", "POST", "/points-proposals", recording(adminOnly, eastHouseholds.subList(0, 1), null)).status(),
                "the village info admin records directly");
        assertEquals(201, as("chief", "POST", "/points-proposals", recording(capped, eastHouseholds.subList(0, 1), null)).status());
        assertEquals(201, as("chief", "POST", "/points-proposals", recording(capped, eastHouseholds.subList(0, 1), null)).status());
        assertRefused(as("chief", "POST", "/points-proposals", recording(capped, eastHouseholds.subList(0, 1), null)),
                400, "error.points.cap.reached");
        assertEquals(404, as("westchief", "POST", "/points-proposals", recording(capped, eastHouseholds.subList(1, 2), null)).status(),
                "a grid chief of another village cannot reach this village's households");
        assertRefused(as("chief", "POST", "/points-proposals",
                "{\"itemId\":" + capped + ",\"householdIds\":[" + eastHouseholds.get(2) + "],\"month\":\"2026/11\"}"),
                400, "error.points.month");
        assertRefused(as("chief", "POST", "/points-proposals",
                "{\"itemId\":" + capped + ",\"householdIds\":[" + eastHouseholds.get(2) + "],\"month\":\"" + now.plusMonths(1) + "\"}"),
                400, "error.points.futureMonth");
        assertEquals(0, ledger(eastHouseholds.get(2)).size(), "nothing reached the ledger");
    }

    @Test
    void rejectionsNeedAReasonAndCorrectionsAreReversingLines() {
        long item = item("HELP", 5, false, "GRID_CHIEF", null);
        List<JsonObject> proposals = as("chief", "POST", "/points-proposals", recording(item, eastHouseholds.subList(0, 2), null))
                .array().getValuesAs(JsonObject.class);
        long first = proposals.get(0).getJsonNumber("id").longValue();
        long second = proposals.get(1).getJsonNumber("id").longValue();

        assertRefused(as("info", "POST", "/points-proposals/reject", "{\"rejections\":[{\"id\":" + second + ",\"reason\":\" \"}]}"),
                400, "error.points.reason");
        assertEquals(200, as("info", "POST", "/points-proposals/reject",
                "{\"rejections\":[{\"id\":" + second + ",\"reason\":\"无照片佐证\"}]}").status());
        JsonObject rejected = as("info", "GET", "/points-proposals/" + second, null).json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("无照片佐证", rejected.getString("reason"));
        assertRefused(as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + first + "," + second + "]}"),
                409, "error.points.decided");
        assertEquals(0, ledger(eastHouseholds.get(0)).size(), "a refused batch confirms none of it");

        assertEquals(1, as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + first + "]}").json().getInt("confirmed"));
        long line = ledger(eastHouseholds.get(0)).get(0).getJsonNumber("id").longValue();
        assertRefused(as("info", "POST", "/points-lines/" + line + "/reversal", "{\"reason\":\"\"}"), 400, "error.points.reason");
        Http.Reply reversal = as("info", "POST", "/points-lines/" + line + "/reversal", "{\"reason\":\"记录错误：应为邻户\"}");
        assertEquals(201, reversal.status(), reversal.body());
        assertEquals(-5, reversal.json().getInt("points"));
        assertEquals(line, reversal.json().getJsonNumber("reversesId").longValue());
        assertRefused(as("info", "POST", "/points-lines/" + line + "/reversal", "{\"reason\":\"再次\"}"), 409, "error.points.reversed");
        long reversalId = reversal.json().getJsonNumber("id").longValue();
        assertRefused(as("info", "POST", "/points-lines/" + reversalId + "/reversal", "{\"reason\":\"冲正的冲正\"}"),
                409, "error.points.reverseReversal");

        List<JsonObject> ledger = ledger(eastHouseholds.get(0));
        assertEquals(2, ledger.size(), "the original line stays; the reversal is a new line");
        assertEquals(0, ledger.stream().mapToInt(l -> l.getInt("points")).sum());
        JsonObject balance = admin("GET", "/points-lines/balance?household=" + eastHouseholds.get(0), null).json();
        assertEquals(0, balance.getInt("redeemable"),
                "a reversal counts only when the line it reverses counts: the unpublished +5 and its -5 leave 0, not -5");
        assertTrue(!admin("PUT", "/points-lines/" + line, "{}").ok() && !admin("DELETE", "/points-lines/" + line, null).ok(),
                "ledger lines cannot be changed or deleted");
        assertMonthTotalsAreTheLedgers(eastHouseholds.get(0));
        assertEquals(0, admin("GET", "/points-month-totals?household=" + eastHouseholds.get(0), null).array().getJsonObject(0)
                .getInt("points"), "+5 and its reversal −5");
    }

    @Test
    void theTownshipStarterShipsARealisticCatalogue() {
        // a division code of its own (the fixed 371681102000 was refused as taken when the test database outlived a run)
        Fixtures.signUp(api, code + "-cs", "TOWNSHIP", "changshan", "13800000777");
        List<JsonObject> items = api.call("GET", "/api/t/" + code + "-cs/points-items", "13800000777", "signup-pass-1", null)
                .array().getValuesAs(JsonObject.class);
        assertEquals(14, items.size());
        assertEquals(List.of("CREDIT", "LAW", "MORALITY"), items.stream().map(i -> i.getString("kind")).distinct().sorted().toList());
        assertTrue(items.stream().anyMatch(i -> i.getInt("points") < 0), "deductions too");
        assertEquals(0, api.call("POST", "/api/t/" + code + "-cs/starter", "13800000777", "signup-pass-1", null).json().getInt("added"),
                "applying the starter again adds no items");
    }

    @Test
    void closingAMonthPublishesItObjectionsFreezeLinesAndAfterThePeriodPointsAreRedeemable() throws Exception {
        long plus = item("PLUS", 2, false, "GRID_CHIEF", null);
        long minus = item("MINUS", -5, false, "GRID_CHIEF", null);
        List<Long> proposals = new ArrayList<>();
        for (JsonObject p : as("chief", "POST", "/points-proposals", recording(plus, eastHouseholds.subList(0, 2), null))
                .array().getValuesAs(JsonObject.class)) {
            proposals.add(p.getJsonNumber("id").longValue());
        }
        proposals.add(as("chief", "POST", "/points-proposals", recording(minus, eastHouseholds.subList(2, 3), null))
                .array().getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(3, as("info", "POST", "/points-proposals/confirm", "{\"ids\":" + proposals + "}").json().getInt("confirmed"));
        long late = as("chief", "POST", "/points-proposals", recording(plus, eastHouseholds.subList(2, 3), null))
                .array().getJsonObject(0).getJsonNumber("id").longValue();

        String closing = "{\"villageId\":" + east + ",\"month\":\"" + month + "\",\"objectionDays\":7}";
        assertRefused(as("info", "POST", "/points-months", closing), 409, "error.points.pending");
        as("info", "POST", "/points-proposals/reject", "{\"rejections\":[{\"id\":" + late + ",\"reason\":\"重复提报\"}]}");
        Http.Reply closed = as("info", "POST", "/points-months", closing);
        assertEquals(200, closed.status(), closed.body());
        long published = closed.json().getJsonNumber("id").longValue();
        assertEquals(published, as("info", "POST", "/points-months", closing).json().getJsonNumber("id").longValue(),
                "closing twice changes nothing");
        assertRefused(as("chief", "POST", "/points-proposals", recording(plus, eastHouseholds.subList(0, 1), null)),
                400, "error.points.closed");

        List<JsonObject> board = admin("GET", "/points-months/" + published + "/publication", null).json()
                .getJsonArray("households").getValuesAs(JsonObject.class);
        assertEquals(List.of("E1:2", "E2:2", "E3:-5"), board.stream().map(h -> h.getString("householdCode") + ":" + h.getInt("points")).toList());

        assertEquals(List.of(2, 0, 0), balance(eastHouseholds.get(0)), "published, not yet redeemable");
        assertEquals(List.of(-5, -5, 0), balance(eastHouseholds.get(2)), "a deduction counts at once");
        long e1 = ledger(eastHouseholds.get(0)).get(0).getJsonNumber("id").longValue();
        long e2 = ledger(eastHouseholds.get(1)).get(0).getJsonNumber("id").longValue();
        long e1Objection = created(as("chief", "POST", "/points-objections", "{\"lineId\":" + e1 + ",\"reason\":\"当天不在村\"}"));
        long e2Objection = created(as("chief", "POST", "/points-objections", "{\"lineId\":" + e2 + ",\"reason\":\"分值有误\"}"));
        assertRefused(as("chief", "POST", "/points-objections", "{\"lineId\":" + e1 + ",\"reason\":\"再次\"}"),
                409, "error.points.objectionOpen");
        assertEquals(List.of(2, 0, 2), balance(eastHouseholds.get(0)), "the disputed line is frozen");

        Fixtures.endObjectionPeriod(published);
        long e3 = ledger(eastHouseholds.get(2)).get(0).getJsonNumber("id").longValue();
        assertRefused(as("chief", "POST", "/points-objections", "{\"lineId\":" + e3 + ",\"reason\":\"过期\"}"),
                409, "error.points.notObjectable");
        assertEquals(List.of(2, 0, 2), balance(eastHouseholds.get(0)), "still frozen after the period while the objection is open");
        assertEquals(403, as("chief", "POST", "/points-objections/" + e1Objection + "/resolution",
                "{\"uphold\":true,\"resolution\":\"核实\"}").status(), "a grid chief does not resolve objections");
        assertEquals("UPHELD", admin("POST", "/points-objections/" + e1Objection + "/resolution",
                "{\"uphold\":true,\"resolution\":\"经核实当天不在村\"}").json().getString("status"));
        assertEquals("DISMISSED", admin("POST", "/points-objections/" + e2Objection + "/resolution",
                "{\"uphold\":false,\"resolution\":\"分值无误\"}").json().getString("status"));

        assertEquals(List.of(0, 0, 0), balance(eastHouseholds.get(0)), "an upheld objection reverses the line");
        assertEquals("REVERSAL", ledger(eastHouseholds.get(0)).get(1).getString("type"));
        assertEquals(List.of(2, 2, 0), balance(eastHouseholds.get(1)), "a dismissed one releases it");
    }

    /** confirmed, redeemable, frozen. */
    private List<Integer> balance(long household) {
        JsonObject b = admin("GET", "/points-lines/balance?household=" + household, null).json();
        return List.of(b.getInt("confirmed"), b.getInt("redeemable"), b.getInt("frozen"));
    }

    @Test
    void scoresOfHouseholdsGridsAndLeadersFollowTheTree() {
        long village = grid("VG", null, "VILLAGE_GRID", eastHouseholds.get(0));
        long micro = grid("MG", village, "MICRO_GRID", eastHouseholds.get(1));
        long g1 = grid("G1", micro, "HOUSEHOLD_GROUP", eastHouseholds.get(0));
        long g2 = grid("G2", micro, "HOUSEHOLD_GROUP", null);
        assertRefused(admin("PUT", "/grids/" + g2, "{\"name\":\"G2\",\"leaderHouseholdId\":" + westHousehold + "}"),
                400, "error.grid.otherVillage");
        for (int i = 0; i < 3; i++) {
            long grid = i < 2 ? g1 : g2;
            assertEquals(200, admin("PUT", "/households/" + eastHouseholds.get(i), "{\"villageId\":" + east + ",\"gridId\":" + grid
                    + ",\"headName\":\"东户" + (i + 1) + "\"}").status());
        }
        long four = item("FOUR", 4, false, "GRID_CHIEF", null);
        long two = item("TWO", 2, false, "GRID_CHIEF", null);
        long minus = item("MINUS5", -5, false, "GRID_CHIEF", null);
        List<Long> ids = new ArrayList<>();
        for (long[] p : new long[][]{{four, eastHouseholds.get(0)}, {two, eastHouseholds.get(1)}, {minus, eastHouseholds.get(2)}}) {
            ids.add(as("info", "POST", "/points-proposals", recording(p[0], List.of(p[1]), null)).array().getJsonObject(0)
                    .getJsonNumber("id").longValue());
        }
        as("info", "POST", "/points-proposals/confirm", "{\"ids\":" + ids + "}");

        JsonObject scores = admin("GET", "/points-scores?village=" + east + "&month=" + month, null).json();
        assertEquals(List.of(4, 2, -5), scores.getJsonArray("households").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getInt("points")).toList());
        var grids = new HashMap<String, JsonObject>();
        scores.getJsonArray("grids").getValuesAs(JsonObject.class).forEach(g -> grids.put(g.getString("code"), g));
        assertEquals(1, grids.get("VG").getInt("points"), "4 + 2 − 5");
        assertEquals(3, grids.get("VG").getInt("households"));
        assertEquals("0.33", grids.get("VG").getJsonNumber("average").toString());
        assertEquals("2.17", grids.get("VG").getJsonNumber("leaderScore").toString(), "0.5 × 4 + 0.5 × 0.33");
        assertEquals("3.50", grids.get("G1").getJsonNumber("leaderScore").toString(), "0.5 × 4 + 0.5 × (4 + 2) / 2");
        assertEquals(-5, grids.get("G2").getInt("points"));
        assertTrue(!grids.get("G2").containsKey("leaderScore") || grids.get("G2").isNull("leaderScore"), "no linked leader household, no leader score");

        String quarter = now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
        List<JsonObject> ranking = admin("GET", "/points-scores/ranking?village=" + east + "&quarter=" + quarter
                + "&level=HOUSEHOLD_GROUP", null).json().getJsonArray("placements").getValuesAs(JsonObject.class);
        assertEquals(List.of("G1:6:GOLD", "G2:-5:NONE"), ranking.stream()
                .map(p -> p.getString("code") + ":" + p.getInt("score") + ":" + p.getString("tier")).toList());
        assertEquals("{\"E1\":15,\"E2\":15}", ranking.get(0).getJsonObject("shares").toString(), "30 bonus points shared");
        assertRefused(admin("GET", "/points-scores/ranking?village=" + east + "&quarter=2026-5&level=HOUSEHOLD_GROUP", null),
                400, "error.points.quarter");

        String award = "{\"villageId\":" + east + ",\"quarter\":\"" + quarter + "\",\"level\":\"HOUSEHOLD_GROUP\"}";
        Http.Reply awarded = as("info", "POST", "/points-scores/ranking/award", award);
        assertEquals(200, awarded.status(), awarded.body());
        assertEquals(2, awarded.json().getInt("lines"));
        assertEquals(30, awarded.json().getInt("points"));
        assertEquals(awarded.json().getJsonNumber("id"), as("info", "POST", "/points-scores/ranking/award", award).json()
                .getJsonNumber("id"), "awarding again writes nothing");
        List<JsonObject> e1 = ledger(eastHouseholds.get(0));
        assertEquals(1, e1.stream().filter(l -> l.getString("type").equals("BONUS")).count());
        assertEquals(15, e1.stream().filter(l -> l.getString("type").equals("BONUS")).findFirst().orElseThrow().getInt("points"));
        assertEquals(0, ledger(eastHouseholds.get(2)).stream().filter(l -> l.getString("type").equals("BONUS")).count());

        eastHouseholds.forEach(this::assertMonthTotalsAreTheLedgers);
        assertEquals(19, admin("GET", "/points-month-totals?household=" + eastHouseholds.get(0), null).array().getJsonObject(0)
                .getInt("points"), "4 awarded + 15 bonus, both this month");
        assertEquals(200, admin("PUT", "/households/" + eastHouseholds.get(2), "{\"villageId\":" + west
                + ",\"headName\":\"东户3\"}").status());
        JsonObject west = admin("GET", "/points-scores?village=" + this.west + "&month=" + month, null).json();
        assertEquals(List.of("E3:-5", "W1:0"), west.getJsonArray("households").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("code") + ":" + h.getInt("points")).toList(), "a household that moves takes its month with it");
    }

    /** The month totals the database keeps (points_household_month) are the sums of the household's scored lines. */
    private void assertMonthTotalsAreTheLedgers(long household) {
        var fromLines = new TreeMap<String, List<Integer>>();
        ledger(household).stream().filter(l -> List.of("AWARD", "REVERSAL", "BONUS").contains(l.getString("type")))
                .forEach(l -> fromLines.computeIfAbsent(l.getString("month"), m -> new ArrayList<>()).add(l.getInt("points")));
        var kept = new TreeMap<String, List<Integer>>();
        admin("GET", "/points-month-totals?household=" + household, null).array().getValuesAs(JsonObject.class)
                .forEach(t -> kept.put(t.getString("month"), List.of(t.getInt("points"), t.getInt("lines"))));
        var expected = new TreeMap<String, List<Integer>>();
        fromLines.forEach((m, points) -> expected.put(m, List.of(points.stream().mapToInt(Integer::intValue).sum(), points.size())));
        assertEquals(expected, kept, "month totals of household " + household);
    }

    private long grid(String gridCode, Long parent, String level, Long leaderHousehold) {
        long id = created(admin("POST", "/grids", "{\"villageId\":" + east + (parent == null ? "" : ",\"parentId\":" + parent)
                + ",\"level\":\"" + level + "\",\"code\":\"" + gridCode + "\",\"name\":\"" + gridCode + "\"}"));
        if (leaderHousehold != null) {
            assertEquals(200, admin("PUT", "/grids/" + id, "{\"name\":\"" + gridCode + "\",\"leaderHouseholdId\":"
                    + leaderHousehold + "}").status());
        }
        return id;
    }

    private long item(String itemCode, int points, boolean evidence, String proposer, Integer cap) {
        return created(admin("POST", "/points-items", Json.createObjectBuilder().add("code", itemCode).add("name", "指标" + itemCode)
                .add("kind", "MORALITY").add("points", points).add("evidenceRequired", evidence)
                .add("proposers", Json.createArrayBuilder().add(proposer))
                .add("monthlyCap", cap == null ? JsonValue.NULL : Json.createValue(cap)).build().toString()));
    }

    @Test
    void theYearsTopHouseholdsAreHonouredOnceAndTheNegativeListIsPassedBy() {
        int lastYear = now.getYear() - 1;
        long item = item("YEAR", 5, false, "VILLAGE_ADMIN", null);
        // E1: 15 points, E2: 10, E3: 10 in December of last year; W1 is in another village
        int[] times = {3, 2, 2};
        for (int i = 0; i < 3; i++) {
            for (int t = 0; t < times[i]; t++) {
                confirmAll(as("info", "POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item)
                        .add("month", lastYear + "-12").add("householdIds", Json.createArrayBuilder().add(eastHouseholds.get(i)))
                        .build().toString()));
            }
        }
        Http.Reply preview = as("info", "GET", "/points-honours/preview?villageId=" + east + "&year=" + lastYear + "&places=2", null);
        assertEquals(200, preview.status(), preview.body());
        assertEquals(List.of("E1:1:15", "E2:2:10", "E3:2:10"), preview.array().getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("householdCode") + ":" + h.getInt("rank") + ":" + h.getInt("score")).toList(),
                "two places, and E3 tied with the last one goes up");

        // Not while the year's figures may still change: December is not closed, then still open to objections.
        String award = "{\"villageId\":" + east + ",\"year\":" + lastYear + ",\"places\":2,\"title\":\"十佳文明户\"}";
        assertRefused(as("info", "POST", "/points-honours", award), 409, "error.honour.notFinal");
        assertEquals(List.of(lastYear + "-12"), as("info", "GET", "/points-honours/status?villageId=" + east + "&year=" + lastYear,
                null).json().getJsonArray("unclosed").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(200, as("info", "POST", "/points-months", "{\"villageId\":" + east + ",\"month\":\"" + lastYear
                + "-12\",\"objectionDays\":1}").status());
        assertRefused(as("info", "POST", "/points-honours", award), 409, "error.honour.notFinal");
        assertEquals(0, admin("GET", "/points-honours?year=" + lastYear, null).array().size(), "a refused award writes nothing");
        ServerClock.travel(api, ServerClock.now(api).plus(Duration.ofDays(2)));
        assertTrue(as("info", "GET", "/points-honours/status?villageId=" + east + "&year=" + lastYear, null).json()
                .getBoolean("settled"), "closed and past its objection period, December is final");

        assertEquals(201, admin("POST", "/household-restrictions", "{\"householdId\":" + eastHouseholds.get(0)
                + ",\"kind\":\"NO_HONOUR\",\"reason\":\"违反村规民约\"}").status());
        Http.Reply awarded = as("info", "POST", "/points-honours", "{\"villageId\":" + east + ",\"year\":" + lastYear
                + ",\"places\":2,\"title\":\"十佳文明户\"}");
        assertEquals(200, awarded.status(), awarded.body());
        List<JsonObject> roll = awarded.array().getValuesAs(JsonObject.class);
        assertEquals(List.of("E2", "E3"), roll.stream().map(h -> h.getString("householdCode")).toList(),
                "E1 is on the negative list (not to be honoured)");
        assertTrue(roll.stream().allMatch(h -> h.getString("title").equals("十佳文明户") && h.getInt("rank") == 1));

        Http.Reply again = as("info", "POST", "/points-honours", "{\"villageId\":" + east + ",\"year\":" + lastYear + ",\"places\":5}");
        assertEquals(roll.stream().map(h -> h.getJsonNumber("id")).toList(),
                again.array().getValuesAs(JsonObject.class).stream().map(h -> h.getJsonNumber("id")).toList(),
                "awarding again returns the honours already awarded");
        assertEquals(2, admin("GET", "/points-honours?year=" + lastYear, null).array().size());
        Http.Download certificates = api.download("/api/t/" + code + "/points-honours/certificates.pdf?villageId=" + east + "&year="
                + lastYear, "info", "points-pass-1");
        assertEquals(200, certificates.status());
        try (var pdf = Loader.loadPDF(certificates.body())) {
            assertEquals(2, pdf.getNumberOfPages(), "one certificate per honoured household");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
            assertTrue(text.contains("东户2户（户编号E2）") && text.contains("十佳文明户"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(0, as("westchief", "GET", "/points-honours", null).array().size(), "another village sees none");
        assertRefused(as("info", "POST", "/points-honours", "{\"villageId\":" + east + ",\"year\":" + (lastYear + 2) + "}"),
                400, "error.honour.year");
        assertRefused(as("info", "POST", "/points-honours", "{\"villageId\":" + east + ",\"year\":2001}"), 400,
                "error.honour.nobody");
        assertEquals(403, as("chief", "POST", "/points-honours", "{\"villageId\":" + east + ",\"year\":" + lastYear + "}").status(),
                "a grid chief does not award honours");
    }

    private void confirmAll(Http.Reply proposed) {
        assertEquals(201, proposed.status(), proposed.body());
        String ids = proposed.array().getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").toString())
                .reduce((a, b) -> a + "," + b).orElseThrow();
        assertEquals(200, as("info", "POST", "/points-proposals/confirm", "{\"ids\":[" + ids + "]}").status());
    }

    @Test
    void evidencePhotosAreImagesOfTheVillageThatProposalsNameAsEvidence() {
        long item = item("PHOTO", 3, true, "GRID_CHIEF", null);
        byte[] png = Fixtures.PNG;
        Http.Reply uploaded = api.upload("/api/t/" + code + "/points-photos?villageId=" + east, "chief", "points-pass-1", png, "image/png");
        assertEquals(201, uploaded.status(), uploaded.body());
        long photo = uploaded.json().getJsonNumber("id").longValue();
        String reference = uploaded.json().getString("reference");
        assertEquals("photo:" + photo, reference);
        assertEquals("image/png", uploaded.json().getString("contentType"));

        assertRefused(api.upload("/api/t/" + code + "/points-photos?villageId=" + east, "chief", "points-pass-1",
                "not a picture".getBytes(StandardCharsets.UTF_8), "image/png"), 400, "error.photo.type");
        assertEquals(404, api.upload("/api/t/" + code + "/points-photos?villageId=" + east, "westchief", "points-pass-1", png,
                "image/png").status(), "a grid chief uploads only for their own village");

        Http.Reply proposed = as("chief", "POST", "/points-proposals", recording(item, List.of(eastHouseholds.get(0)), "清理前后 " + reference));
        assertEquals(201, proposed.status(), proposed.body());
        assertEquals("清理前后 " + reference, proposed.array().getJsonObject(0).getString("evidence"));

        byte[] westPng = twoPixelPng();
        long westPhoto = created(api.upload("/api/t/" + code + "/points-photos?villageId=" + west, "westchief", "points-pass-1", westPng,
                "image/png"));
        assertRefused(as("chief", "POST", "/points-proposals", recording(item, List.of(eastHouseholds.get(1)), "photo:" + westPhoto)),
                400, "error.photo.reference");
        assertRefused(as("chief", "POST", "/points-proposals", recording(item, List.of(eastHouseholds.get(1)), "photo:99999999")),
                400, "error.photo.reference");

        Http.Download content = api.download("/api/t/" + code + "/points-photos/" + photo + "/content", "chief", "points-pass-1");
        assertEquals(200, content.status());
        assertEquals("image/png", content.header("content-type"));
        Assertions.assertArrayEquals(png, content.body(), "the photo comes back byte for byte");
        Http.Download west = api.download("/api/t/" + code + "/points-photos/" + westPhoto + "/content", "westchief", "points-pass-1");
        assertEquals(200, west.status());
        Assertions.assertArrayEquals(westPng, west.body(), "each photo its own bytes");
        assertEquals(404, api.download("/api/t/" + code + "/points-photos/" + photo + "/content", "westchief", "points-pass-1").status(),
                "another village's grid chief does not see it");
    }

    /** Another PNG than Fixtures.PNG: 2 × 1 pixels. */
    private static byte[] twoPixelPng() {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String recording(long item, List<Long> households, String evidence) {
        var body = Json.createObjectBuilder().add("itemId", item).add("month", month).add("note", "村庄清理")
                .add("householdIds", Json.createArrayBuilder(households));
        if (evidence != null) {
            body.add("evidence", evidence);
        }
        return body.build().toString();
    }

    private List<JsonObject> ledger(long household) {
        Http.Reply reply = admin("GET", "/points-lines?household=" + household, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }

    private Http.Reply as(String user, String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, user, "points-pass-1", body);
    }

    private static void assertRefused(Http.Reply reply, int status, String key) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(key, reply.json().getString("error"));
    }

    private static long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }
}
