package cn.xiangzhi.points;

import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.shared.web.Messages;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A household's objection on the public points page, end to end as a phone posts it: the page's
 * plain forms ({@code step=identify}, then {@code step=object} with a {@code line}) to
 * {@code /t/{code}/public/points.xhtml}, without a login. Guesses are braked (five failed
 * identifications of a household code block it, even with the right name then), a household has at
 * most three open objections (each freezes points), and a household cannot object to another's line.
 * Every refusal is checked on the page, in the page's words for its key, and in the database:
 * nothing was raised. The server's clock is pinned to a quiet noon (ServerClock): the month is
 * the tenant's and its objection window open.
 */
class PublicObjectionsIT extends ApplicationIT {

    /** Five, as the issue and docs/operations/security.md promise the households (PointsBoard's setting). */
    private static final int FAILURES_THAT_BLOCK = 5;

    Http api;
    /** A visitor's phone: English pages (so the expected texts are the bundle's English ones), no session. */
    Http phone;
    String code;
    long east;
    long west;
    String month;
    Map<String, Long> households = new LinkedHashMap<>();

    @BeforeEach
    void aPublishedMonthInItsObjectionWindow() {
        api = api();
        month = YearMonth.from(ServerClock.pinQuietDay(api)).toString();
        phone = api.with("Cookie", "xz_lang=en");
        Fixtures.County county = Fixtures.countyWithVillages(api, "obj", "东关村", "西关村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
        households.put("E1", household("E1", east, "王大明"));
        households.put("E2", household("E2", east, "李二"));
        households.put("W1", household("W1", west, "赵西"));
        long item = Fixtures.created(admin("POST", "/points-items", Json.createObjectBuilder().add("code", "GOOD").add("name", "好人好事")
                .add("kind", "MORALITY").add("points", 2).add("proposers", Json.createArrayBuilder().add("VILLAGE_ADMIN")).build().toString()));
        // E1: four lines, E2 and W1: one each
        for (String household : List.of("E1", "E1", "E1", "E1", "E2", "W1")) {
            Http.Reply proposed = admin("POST", "/points-proposals", Json.createObjectBuilder().add("itemId", item).add("month", month)
                    .add("householdIds", Json.createArrayBuilder().add(households.get(household))).build().toString());
            assertEquals(201, proposed.status(), proposed.body());
            assertEquals(200, admin("POST", "/points-proposals/confirm",
                    "{\"ids\":[" + proposed.array().getJsonObject(0).getJsonNumber("id") + "]}").status());
        }
        for (long village : new long[]{east, west}) {
            Http.Reply closed = admin("POST", "/points-months", "{\"villageId\":" + village + ",\"month\":\"" + month + "\",\"objectionDays\":7}");
            assertEquals(200, closed.status(), closed.body());
        }
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    @Test
    void fiveFailedIdentificationsOfAHouseholdCodeBlockItEvenWithTheRightNameAndOnlyIt() throws Exception {
        assertEquals(FAILURES_THAT_BLOCK, PointsBoard.MAX_FAILED_IDENTIFICATIONS);
        for (int failure = 1; failure <= FAILURES_THAT_BLOCK; failure++) {
            Page refused = identify(east, "E2", "李四");
            assertEquals(List.of(text("error.points.householdUnknown")), refused.errors(), "failure " + failure + " is told why");
            assertTrue(refused.lines().isEmpty());
        }
        String blocked = text("error.points.tooManyAttempts", PointsBoard.ATTEMPT_WINDOW.toMinutes());
        Page rightName = identify(east, "E2", "李二");
        assertEquals(List.of(blocked), rightName.errors(), "after five failures the right name is refused too");
        assertTrue(rightName.lines().isEmpty(), "and no line is shown");
        Page objection = object(east, "E2", "李二", lineIdsOf("E2").get(0));
        assertTrue(objection.errors().contains(blocked), objection.errors().toString());
        assertEquals(0, openObjections("E2"), "nothing raised while blocked");

        Page other = identify(east, "E1", "王大明");
        assertEquals(List.of(), other.errors(), "another household of the village is not blocked");
        assertEquals(4, other.lines().size());
    }

    @Test
    void aHouseholdHasAtMostThreeOpenObjectionsTheFourthIsRefusedAndFreezesNothing() throws Exception {
        List<Long> lines = identify(east, "E1", "王大明").lines();
        assertEquals(lineIdsOf("E1"), lines, "the household's four lines, to choose from");
        for (int i = 0; i < PointsBoard.MAX_OPEN_OBJECTIONS; i++) {
            Page raised = object(east, "E1", "王大明", lines.get(i));
            assertEquals(List.of(), raised.errors(), "objection " + (i + 1));
            assertEquals(List.of(text("points.objectionRaised")), raised.infos());
        }
        assertEquals(3, PointsBoard.MAX_OPEN_OBJECTIONS, "three, as the issue and the docs promise");
        assertEquals(3, openObjections("E1"));
        int frozen = balance("E1").getInt("frozen");
        assertEquals(6, frozen, "three lines of 2 points frozen");

        Page fourth = object(east, "E1", "王大明", lines.get(3));
        assertEquals(List.of(text("error.points.tooManyObjections", 3)), fourth.errors());
        assertEquals(3, openObjections("E1"), "no fourth objection in the database");
        assertEquals(0, Fixtures.count("select count(*) from points_objection where line_id = " + lines.get(3)));
        assertEquals(frozen, balance("E1").getInt("frozen"), "the fourth line is not frozen");
    }

    @Test
    void aHouseholdCannotObjectToAnotherHouseholdsLineOfItsVillageOrOfAnother() throws Exception {
        String before = balance("E1").toString() + balance("W1");
        for (long foreign : List.of(lineIdsOf("E1").get(0), lineIdsOf("W1").get(0))) {
            Page refused = object(east, "E2", "李二", foreign);
            assertEquals(List.of(text("error.notFound")), refused.errors(), "line " + foreign);
            assertEquals(0, Fixtures.count("select count(*) from points_objection where line_id = " + foreign), "nothing raised");
        }
        assertEquals(before, balance("E1").toString() + balance("W1"), "their points are not frozen");
        assertEquals(0, openObjections("E2"));
        assertEquals(List.of(), object(east, "E2", "李二", lineIdsOf("E2").get(0)).errors(), "its own line it may object to");
        assertEquals(1, openObjections("E2"));
    }

    // ---- the page as a phone posts it

    /** What the page answered: its messages and the radio buttons of the household's objectable lines. */
    record Page(List<String> errors, List<String> infos, List<Long> lines) {
    }

    private Page identify(long village, String household, String head) {
        return post(village, household, head, "identify", null);
    }

    private Page object(long village, String household, String head, long line) {
        return post(village, household, head, "object", line);
    }

    private Page post(long village, String household, String head, String step, Long line) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("village", Long.toString(village));
        form.put("month", month);
        form.put("code", household);
        form.put("head", head);
        form.put("step", step);
        if (line != null) {
            form.put("line", Long.toString(line));
            form.put("reason", "我家那天在外地");
        }
        Http.Reply reply = phone.postForm("/t/" + code + "/public/points.xhtml", form);
        assertEquals(200, reply.status(), reply.body());
        String body = reply.body();
        int start = body.indexOf("id=\"messages\"");
        int end = body.indexOf("id=\"page\"");
        String messages = start < 0 || end < start ? "" : body.substring(start, end);
        List<Long> lines = new ArrayList<>();
        Matcher radio = Pattern.compile("<input type=\"radio\" name=\"line\" value=\"(\\d+)\"(?! disabled)").matcher(body);
        while (radio.find()) {
            lines.add(Long.parseLong(radio.group(1)));
        }
        return new Page(items(messages, "xz-error"), items(messages, "xz-info"), lines);
    }

    /** The texts of the message items of a style class, as a person reads them. */
    private static List<String> items(String messages, String styleClass) {
        List<String> texts = new ArrayList<>();
        Matcher item = Pattern.compile("<li[^>]*class=\"" + styleClass + "\"[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(messages);
        while (item.find()) {
            texts.add(item.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip());
        }
        return texts;
    }

    /** The page's English text for a message key (the bundle the application ships). */
    private static String text(String key, Object... args) {
        return Messages.text(Locale.ENGLISH, key, args);
    }

    // ---- the same facts through the API and the database

    private List<Long> lineIdsOf(String household) {
        return admin("GET", "/points-lines?household=" + households.get(household), null).array().getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("id").longValue()).sorted().toList();
    }

    private long openObjections(String household) throws Exception {
        return Fixtures.count("select count(*) from points_objection o join points_line l on l.id = o.line_id"
                + " where o.status = 'OPEN' and l.household_id = " + households.get(household));
    }

    private JsonObject balance(String household) {
        return admin("GET", "/points-lines/balance?household=" + households.get(household), null).json();
    }

    private long household(String householdCode, long village, String head) {
        return Fixtures.created(admin("POST", "/households", "{\"code\":\"" + householdCode + "\",\"villageId\":" + village
                + ",\"headName\":\"" + head + "\"}"));
    }

    private Http.Reply admin(String method, String path, String body) {
        return api.call(method, "/api/t/" + code + path, "admin", ADMIN_PASSWORD, body);
    }
}
