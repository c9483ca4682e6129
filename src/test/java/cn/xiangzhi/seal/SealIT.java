package cn.xiangzhi.seal;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.Race;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import static cn.xiangzhi.seal.SealFixture.REVIEWER_PASSWORD;
import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The smart seal end to end over REST and the seal-terminal protocol: apply, approve by the class's
 * chain, the terminal pulls the authorisation and stamps, every stamp is reconciled and traceable;
 * and the refusals of bad input, each with its reason, nothing lost.
 */
class SealIT extends ApplicationIT {

    SealFixture f;
    SealTerminalSimulator terminal;

    @BeforeEach
    void aVillageWithASealInATerminal() {
        f = new SealFixture(api(), URI.create(base.toString()), "seal");
        terminal = f.terminal();
    }

    private Instant now() {
        return ServerClock.now(f.api);
    }

    @Test
    void aMajorDecisionIsApprovedTwicePulledByTheTerminalStampedAndTracedFromTheStampToItsMatterAndPhoto() {
        long matter = SealFixture.matter(f.api, f.tenant, f.village, "东村集体厂房公开出租", true);
        Http.Reply applied = f.apply("MAJOR_DECISION", matter, "厂房租赁合同盖章", 2, 3);
        assertEquals(201, applied.status(), applied.body());
        long application = applied.json().getJsonNumber("id").longValue();
        assertEquals("PENDING", applied.json().getString("status"));
        assertEquals("东村集体厂房公开出租", applied.json().getString("matterTitle"));
        assertEquals("东村管理员", applied.json().getString("applicantName"));
        assertEquals(List.of("TOWNSHIP_REVIEWER", "TENANT_ADMIN"), applied.json().getJsonArray("chain").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        assertEquals(0, terminal.authorisations().json().getJsonArray("authorisations").size(), "nothing approved yet");
        Http.Reply first = f.decide(f.reviewer, REVIEWER_PASSWORD, application, true, null);
        assertEquals(200, first.status(), first.body());
        assertEquals("PENDING", first.json().getString("status"), "a major decision needs a second approval");
        assertEquals("TENANT_ADMIN", first.json().getString("nextRole"));
        Http.Reply second = f.decide("admin", ADMIN_PASSWORD, application, true, null);
        assertEquals("APPROVED", second.json().getString("status"), second.body());

        SealTerminalSimulator.Reply beat = terminal.heartbeat(87, "CLOSED");
        assertEquals(200, beat.status(), beat.body());
        assertEquals(f.seal, beat.json().getJsonNumber("sealId").longValue());
        SealTerminalSimulator.Reply pulled = terminal.authorisations();
        assertEquals(200, pulled.status(), pulled.body());
        JsonObject authorisation = pulled.json().getJsonArray("authorisations").getJsonObject(0);
        assertEquals(application, authorisation.getJsonNumber("applicationId").longValue());
        assertEquals(2, authorisation.getInt("remaining"));

        SealTerminalSimulator.Reply one = terminal.stamp(1, now(), "张会计", application, Fixtures.PNG);
        assertEquals(200, one.status(), one.body());
        assertEquals("AUTHORISED", one.json().getString("verdict"));
        assertEquals(1, one.json().getInt("remaining"));
        assertEquals("AUTHORISED", terminal.stamp(2, now(), "张会计", null, Fixtures.PNG).json().getString("verdict"),
                "a stamp naming no application is matched to the seal's approved one");
        SealTerminalSimulator.Reply over = terminal.stamp(3, now(), "张会计", application, null);
        assertEquals("OVER_COUNT", over.json().getString("verdict"), "beyond the approved count");
        assertEquals(0, terminal.authorisations().json().getJsonArray("authorisations").size(), "used up");

        JsonObject detail = f.admin("GET", "/seal-applications/" + application + "/detail", null).json();
        assertEquals(2, detail.getJsonObject("application").getInt("stampsUsed"));
        assertEquals(3, detail.getJsonArray("stamps").size(), "every stamp matched to it is shown, the one over the count too");
        assertEquals(1, detail.getJsonArray("documents").size());
        List<JsonObject> approvals = detail.getJsonArray("approvals").getValuesAs(JsonObject.class);
        assertEquals(List.of("镇审核员", "管理员" ), approvals.stream().map(a -> a.getString("deciderName").replaceAll("\\d+$", "")).toList());

        JsonArray alarms = f.as(f.reviewer, REVIEWER_PASSWORD, "GET", "/seal-alarms", null).array();
        assertEquals(1, alarms.size(), alarms.toString());
        assertEquals("OVER_COUNT", alarms.getJsonObject(0).getString("kind"));
        assertEquals(f.village, alarms.getJsonObject(0).getJsonNumber("villageId").longValue(), "the township sees the alarm");

        long stamp = detail.getJsonArray("stamps").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject trace = f.as(f.reviewer, REVIEWER_PASSWORD, "GET", "/seal-stamps/" + stamp + "/trace", null).json();
        assertEquals("东村村民委员会", trace.getJsonObject("seal").getString("name"));
        assertEquals("东村集体厂房公开出租", trace.getJsonObject("application").getJsonObject("application").getString("matterTitle"));
        assertEquals(2, trace.getJsonObject("application").getJsonArray("approvals").size());
        assertTrue(trace.getJsonObject("stamp").getBoolean("photo"));
        Http.Download photo = f.api.download("/api/t/" + f.tenant + "/seal-stamps/" + stamp + "/photo", f.reviewer, REVIEWER_PASSWORD);
        assertEquals(200, photo.status());
        assertEquals("image/png", photo.header("Content-Type"));
        assertArrayEquals(Fixtures.PNG, photo.body());

        JsonObject state = f.admin("GET", "/seals/" + f.seal, null).json();
        assertEquals(87, state.getInt("battery"));
        assertFalse(state.getBoolean("lidOpen"));
        assertEquals(3, state.getJsonNumber("lastSequence").longValue());
    }

    @Test
    void aDecisionClassRefusesNoMatterAnUnfinishedMatterAndAMatterOfAnotherVillage() {
        Http.Reply none = f.apply("GENERAL_DECISION", null, "决策事项用印", 1, 1);
        assertEquals(400, none.status());
        assertEquals("error.sealApplication.matter", none.json().getString("error"));

        long open = SealFixture.matter(f.api, f.tenant, f.village, "东村道路硬化", false);
        Http.Reply unfinished = f.apply("GENERAL_DECISION", open, "决策事项用印", 1, 1);
        assertEquals(400, unfinished.status());
        assertEquals("error.sealApplication.matterNotDone", unfinished.json().getString("error"));
        assertEquals("OPEN", unfinished.json().getJsonArray("args").getString(1));

        long west = SealFixture.matter(f.api, f.tenant, f.otherVillage, "西村池塘承包", true);
        Http.Reply other = f.apply("GENERAL_DECISION", west, "决策事项用印", 1, 1);
        assertEquals(400, other.status(), "the village admin of 东村 does not even see 西村's matter");
        assertEquals("error.sealApplication.matter", other.json().getString("error"));
        assertEquals(0, f.admin("GET", "/seal-applications", null).array().size(), "nothing was stored");

        Http.Reply noDocument = f.applyAt("DAILY", null, "证明", 1, LocalDateTime.now().plusHours(1), LocalDateTime.now().plusHours(3),
                List.of());
        assertEquals("error.sealDocument.required", noDocument.json().getString("error"));
        Http.Reply notAPdf = f.applyAt("DAILY", null, "证明", 1, LocalDateTime.now().plusHours(1), LocalDateTime.now().plusHours(3),
                List.of("just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals("error.sealDocument.type", notAPdf.json().getString("error"));
    }

    @Test
    void eachStepIsDecidedByItsRoleByAnotherPersonAndARejectionNeedsAReason() {
        long matter = SealFixture.matter(f.api, f.tenant, f.village, "东村光伏项目", true);
        long application = Fixtures.created(f.apply("MAJOR_DECISION", matter, "光伏合同", 1, 2));
        Http.Reply adminFirst = f.decide("admin", ADMIN_PASSWORD, application, true, null);
        assertEquals(400, adminFirst.status(), "step 1 is the township reviewer's");
        assertEquals("error.sealApplication.notYourStep", adminFirst.json().getString("error"));
        assertEquals(403, f.decide(f.villager, SealFixture.VILLAGER_PASSWORD, application, true, null).status(),
                "a village admin approves nothing");
        Http.Reply noReason = f.decide(f.reviewer, REVIEWER_PASSWORD, application, false, " ");
        assertEquals("error.sealApplication.reason", noReason.json().getString("error"));
        assertEquals(200, f.decide(f.reviewer, REVIEWER_PASSWORD, application, true, null).status());
        f.user("reviewer2", "镇审核员二", "TOWNSHIP_REVIEWER", f.township, "reviewer-pass-2");
        assertEquals("error.sealApplication.notYourStep",
                f.decide("reviewer2", "reviewer-pass-2", application, true, null).json().getString("error"));
        Http.Reply rejected = f.decide("admin", ADMIN_PASSWORD, application, false, "合同金额与决议不符");
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals(409, f.decide("admin", ADMIN_PASSWORD, application, true, null).status(), "decided once");
        JsonObject step2 = f.admin("GET", "/seal-applications/" + application + "/detail", null).json().getJsonArray("approvals")
                .getJsonObject(1);
        assertEquals("合同金额与决议不符", step2.getString("reason"));
        assertFalse(step2.getBoolean("approved"));
        assertEquals(0, terminal.authorisations().json().getJsonArray("authorisations").size(), "a rejected application is never pulled");

        SealTerminalSimulator.Reply stamped = terminal.stamp(1, now(), "李主任", application, null);
        assertEquals("NO_APPLICATION", stamped.json().getString("verdict"), "stamping a rejected application is an alarm");
    }

    @Test
    void wrongSignatureStaleTimestampReplayUnknownAndRetiredTerminalsAreRefusedWithTheirReason() {
        byte[] beat = "{\"battery\":50,\"lid\":\"CLOSED\"}".getBytes(StandardCharsets.UTF_8);
        long t = now().getEpochSecond();
        SealTerminalSimulator.Reply wrong = terminal.send("POST", "heartbeat", beat, t, SealTerminalSimulator.nonce(), "not-the-secret");
        assertEquals(401, wrong.status());
        assertEquals("error.seal.signature", wrong.error());

        SealTerminalSimulator.Reply stale = terminal.send("POST", "heartbeat", beat, t - 600, SealTerminalSimulator.nonce(), f.secret);
        assertEquals(401, stale.status());
        assertEquals("error.seal.timestamp", stale.error());
        assertEquals(401, terminal.send("POST", "heartbeat", beat, t + 600, SealTerminalSimulator.nonce(), f.secret).status(),
                "ten minutes ahead is as stale");

        String nonce = SealTerminalSimulator.nonce();
        assertEquals(200, terminal.send("POST", "heartbeat", beat, t, nonce, f.secret).status());
        SealTerminalSimulator.Reply replay = terminal.send("POST", "heartbeat", beat, t, nonce, f.secret);
        assertEquals(409, replay.status());
        assertEquals("error.seal.replay", replay.error());

        SealTerminalSimulator.Reply noNonce = terminal.send("POST", "heartbeat", beat, t, "short", f.secret);
        assertEquals(400, noNonce.status());
        assertEquals("X-Seal-Nonce", noNonce.json().getJsonArray("args").getString(0), "the refusal names the header");

        SealTerminalSimulator unknown = new SealTerminalSimulator(f.root, "NO-SUCH-SEAL-1", f.secret, this::now);
        assertEquals("error.seal.device", unknown.heartbeat(50, "CLOSED").error());

        Http.Reply rotated = f.admin("POST", "/seals/" + f.seal + "/secret", null);
        String fresh = rotated.json().getString("terminalSecret");
        assertEquals(401, terminal.heartbeat(50, "CLOSED").status(), "the old secret stops working");
        SealTerminalSimulator renewed = new SealTerminalSimulator(f.root, f.serial, fresh, this::now);
        assertEquals(200, renewed.heartbeat(50, "CLOSED").status());

        Http.Reply retired = f.admin("POST", "/seals/" + f.seal + "/retire", "{\"reason\":\"印章损坏，已重新刻制\"}");
        assertEquals("RETIRED", retired.json().getString("status"), retired.body());
        SealTerminalSimulator.Reply afterRetire = renewed.stamp(1, now(), "王", null, null);
        assertEquals(403, afterRetire.status());
        assertEquals("error.seal.retired", afterRetire.error());
        assertEquals(0, f.admin("GET", "/seal-stamps", null).array().size(), "nothing of a refused request is stored");
    }

    @Test
    void aStampSentTwiceIsStoredOnceAndGapsOutsideTheWindowAndNoApplicationRaiseAlarms() {
        long application = f.approvedDaily(5, 1);
        SealTerminalSimulator.Reply first = terminal.stamp(1, now(), "王会计", application, null);
        SealTerminalSimulator.Reply again = terminal.stamp(1, now(), "王会计", application, null);
        assertTrue(first.json().getBoolean("stored"));
        assertFalse(again.json().getBoolean("stored"), "the resend is answered, not stored");
        assertEquals("AUTHORISED", again.json().getString("verdict"));

        SealTerminalSimulator.Reply skipped = terminal.stamp(5, now(), "王会计", application, null);
        assertEquals(2, skipped.json().getJsonNumber("gapFrom").longValue());
        assertEquals(4, skipped.json().getJsonNumber("gapTo").longValue());
        SealTerminalSimulator.Reply late = terminal.stamp(3, now(), "王会计", application, null);
        assertTrue(late.json().getBoolean("stored"), "an event out of order is stored");
        assertFalse(late.json().containsKey("gapFrom") && !late.json().isNull("gapFrom"), "a late one reveals no new gap");

        SealTerminalSimulator.Reply outside = terminal.stamp(6, now().plusSeconds(3 * 86400), "王会计", application, null);
        assertEquals("OUTSIDE_WINDOW", outside.json().getString("verdict"));
        SealTerminalSimulator.Reply noApplication = terminal.stamp(7, now(), "王会计", 999_999_999L, null);
        assertEquals("NO_APPLICATION", noApplication.json().getString("verdict"));

        JsonObject used = f.admin("GET", "/seal-applications/" + application, null).json();
        assertEquals(3, used.getInt("stampsUsed"), "1, 5 and 3; the resend counted once");
        List<String> kinds = f.admin("GET", "/seal-alarms", null).array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("kind")).sorted().toList();
        assertEquals(List.of("NO_APPLICATION", "OUTSIDE_WINDOW", "SEQUENCE_GAP"), kinds);
        assertEquals(5, f.admin("GET", "/seal-stamps", null).array().size(), "1, 5, 3, 6, 7: nothing lost, nothing twice");

        SealTerminalSimulator.Reply tamper = terminal.alarm("A-1", "TAMPER", now(), "外壳被撬");
        assertTrue(tamper.json().getBoolean("stored"));
        assertFalse(terminal.alarm("A-1", "TAMPER", now(), "外壳被撬").json().getBoolean("stored"), "an alarm sent twice is one");
        assertEquals(4, f.admin("GET", "/seal-alarms", null).array().size());
    }

    @Test
    void stampsRacingForTheLastApprovedOnesNeverExceedTheCount() throws Exception {
        long application = f.approvedDaily(3, 1);
        Instant at = now();
        List<SealTerminalSimulator.Reply> replies = Race.times(8, new java.util.concurrent.Callable<>() {
            final java.util.concurrent.atomic.AtomicLong sequence = new java.util.concurrent.atomic.AtomicLong();

            @Override
            public SealTerminalSimulator.Reply call() {
                return terminal.post("stamps", SealTerminalSimulator.stampBody(sequence.incrementAndGet(), at, "并发", application, null));
            }
        });
        assertTrue(replies.stream().allMatch(r -> r.status() == 200), replies.toString());
        assertEquals(3, replies.stream().filter(r -> r.json().getString("verdict").equals("AUTHORISED")).count());
        assertEquals(5, replies.stream().filter(r -> r.json().getString("verdict").equals("OVER_COUNT")).count());
        assertEquals(3, f.admin("GET", "/seal-applications/" + application, null).json().getInt("stampsUsed"));
        assertEquals(8, f.admin("GET", "/seal-stamps", null).array().size());
    }

    @Test
    void aPhotoThatIsNoImageAndMalformedFieldsAreRefusedNamingTheField() {
        long application = f.approvedDaily(2, 1);
        SealTerminalSimulator.Reply text = terminal.stamp(1, now(), "王", application, "not an image".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.status());
        assertEquals("error.seal.field", text.error());
        assertEquals("photo", text.json().getJsonArray("args").getString(0));
        SealTerminalSimulator.Reply noTime = terminal.post("stamps", "{\"sequence\":1}");
        assertEquals("stampedAt", noTime.json().getJsonArray("args").getString(0));
        SealTerminalSimulator.Reply zero = terminal.post("stamps", "{\"sequence\":0,\"stampedAt\":\"" + now() + "\"}");
        assertEquals("sequence", zero.json().getJsonArray("args").getString(0));
        SealTerminalSimulator.Reply battery = terminal.heartbeat(140, "CLOSED");
        assertEquals("battery", battery.json().getJsonArray("args").getString(0));
        SealTerminalSimulator.Reply garbage = terminal.post("alarms", "[1,2]");
        assertEquals("body", garbage.json().getJsonArray("args").getString(0));
        assertEquals("kind", terminal.alarm("A-2", "FIRE", now(), "").json().getJsonArray("args").getString(0));
        assertEquals(0, f.admin("GET", "/seal-applications/" + application, null).json().getInt("stampsUsed"));
        assertEquals(0, f.admin("GET", "/seal-stamps", null).array().size());
        assertEquals(1, terminal.stamp(1, now(), "王", application, Fixtures.PNG).json().getInt("remaining"),
                "sequence 1 is still free after the refusals");
    }

    @Test
    void statisticsCountApplicationsStampsAndAlarmsPerVillageAndMonthAndExportToExcel() throws Exception {
        long application = f.approvedDaily(1, 1);
        terminal.stamp(1, now(), "王", application, null);
        terminal.stamp(2, now(), "王", application, null);
        String month = YearMonth.from(now().atZone(ServerClock.TENANT_ZONE)).toString();
        Http.Reply report = f.as(f.reviewer, REVIEWER_PASSWORD, "GET", "/seal-statistics?from=" + month + "&to=" + month, null);
        assertEquals(200, report.status(), report.body());
        JsonObject east = report.json().getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("villageId").longValue() == f.village).findFirst().orElseThrow();
        assertEquals(1, east.getInt("applications"));
        assertEquals(1, east.getInt("approved"));
        assertEquals(2, east.getInt("stamps"));
        assertEquals(1, east.getInt("alarmingStamps"));
        assertEquals(1, east.getInt("alarms"));
        assertNotNull(east.get("hoursToApprove"));
        assertEquals(2, report.json().getJsonArray("months").getJsonObject(0).getInt("stamps"));
        assertEquals(400, f.admin("GET", "/seal-statistics?from=2026-13", null).status());

        Http.Download xlsx = f.api.download("/api/t/" + f.tenant + "/seal-statistics/xlsx?from=" + month + "&to=" + month, "admin",
                ADMIN_PASSWORD);
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertEquals("村", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("东村", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, (int) sheet.getRow(1).getCell(4).getNumericCellValue(), "stamps of 东村");
        }
    }

    @Test
    void theProtocolIsDocumentedInTheServedOpenApiDocument() {
        Http.Reply document = api().with("Accept", "application/json").root().get("/openapi");
        JsonObject paths = document.json().getJsonObject("paths");
        for (String endpoint : List.of("heartbeat", "authorisations", "stamps", "alarms")) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith("/api/seal/v1/" + endpoint)), endpoint + " in " + paths.keySet());
        }
        assertTrue(document.json().getJsonObject("components").getJsonObject("securitySchemes").containsKey("sealHmac"));
        assertTrue(document.body().contains("HMAC-SHA256"), "the signature is described");
        JsonObject schemas = document.json().getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("SealStamp") && schemas.getJsonObject("SealStamp").getJsonObject("properties").containsKey("sequence"),
                "the stamp event's body is described: " + schemas.keySet());
    }

    @Test
    void aSealIsBoundOnlyToAnActiveSealTerminalOfItsVillageAndMovingItIsRecorded() {
        long attendance = Fixtures.created(f.admin("POST", "/devices", Json.createObjectBuilder().add("serialNumber",
                cn.xiangzhi.devices.DeviceFixture.serial("ATT")).add("villageId", f.village).build().toString()));
        Http.Reply wrongKind = f.admin("POST", "/seals", Json.createObjectBuilder().add("villageId", f.village).add("kind", "FINANCE")
                .add("name", "东村财务专用章").add("deviceId", attendance).build().toString());
        assertEquals("error.seal.device", wrongKind.json().getString("error"));
        Http.Reply holds = f.admin("POST", "/seals", Json.createObjectBuilder().add("villageId", f.village).add("kind", "FINANCE")
                .add("name", "东村财务专用章").add("deviceId", f.deviceId).build().toString());
        assertEquals(409, holds.status(), "the terminal holds the committee seal");
        long westTerminal = f.sealTerminal(cn.xiangzhi.devices.DeviceFixture.serial("SEAL"), f.otherVillage);
        assertEquals("error.seal.device", f.admin("POST", "/seals/" + f.seal + "/move", "{\"deviceId\":" + westTerminal + "}")
                .json().getString("error"), "a seal moves only within its village");

        long second = f.sealTerminal(cn.xiangzhi.devices.DeviceFixture.serial("SEAL"), f.village);
        Http.Reply moved = f.admin("POST", "/seals/" + f.seal + "/move", "{\"deviceId\":" + second + "}");
        assertEquals(200, moved.status(), moved.body());
        assertNotNull(moved.json().getString("terminalSecret"), "the new terminal gets its own secret");
        assertEquals(403, terminal.heartbeat(50, "CLOSED").status(), "the old terminal holds no seal any more");
        JsonArray audit = f.admin("GET", "/audit?type=Seal", null).array();
        assertTrue(audit.toString().contains("deviceId"), "the move is in the audit log: " + audit);
    }

    @Test
    void aVillageAdminSeesOnlyItsVillagesApplicationsStampsAndAlarmsAndTheTownshipSeesBoth() {
        SealFixture west = new SealFixture(f.api, f.root, f.tenant, f.otherVillage, f.village);
        long westApplication = west.approvedDaily(1, 1);
        assertEquals("AUTHORISED", west.terminal().stamp(1, now(), "西村会计", westApplication, null).json().getString("verdict"));
        west.terminal().stamp(2, now(), "西村会计", westApplication, null);
        long eastApplication = f.approvedDaily(1, 1);

        Http.Reply mine = f.as(f.villager, SealFixture.VILLAGER_PASSWORD, "GET", "/seal-applications", null);
        assertEquals(List.of(eastApplication), mine.array().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).toList(), "only 东村's");
        assertEquals(404, f.as(f.villager, SealFixture.VILLAGER_PASSWORD, "GET", "/seal-applications/" + westApplication, null).status());
        assertEquals(0, f.as(f.villager, SealFixture.VILLAGER_PASSWORD, "GET", "/seal-stamps", null).array().size());
        assertEquals(0, f.as(f.villager, SealFixture.VILLAGER_PASSWORD, "GET", "/seal-alarms", null).array().size(),
                "西村's over-count is not 东村's to see");
        assertEquals(2, f.as(f.reviewer, REVIEWER_PASSWORD, "GET", "/seal-applications", null).array().size(), "the township sees both");
        assertEquals(1, f.as(f.reviewer, REVIEWER_PASSWORD, "GET", "/seal-alarms", null).array().size());
    }
}
