package cn.xiangzhi.centres;

import cn.xiangzhi.decisions.DecisionFixture;
import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ServerClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service centres over REST — mediation order, overdue service requests, public listings — and the township dashboard with its Excel. */
class CentresIT extends ApplicationIT {

    /**
     * The tenant's today on the server's clock, pinned to a quiet noon (ServerClock): deadlines,
     * overdue requests and session dates are the tenant's (Asia/Shanghai), not the test JVM's (UTC),
     * which differed every day from 16:00 to midnight UTC.
     */
    LocalDate today;
    Http api;
    String code;
    long east;
    long west;

    @BeforeEach
    void aCountyWithTwoVillages() {
        api = api();
        today = ServerClock.pinQuietDay(api).toLocalDate();
        Fixtures.County county = Fixtures.countyWithVillages(api, "cen", "东庄村", "西庄村");
        code = county.code();
        east = county.villages()[0];
        west = county.villages()[1];
    }

    @AfterEach
    void backToTheRealTime() {
        ServerClock.backToRealTime(api);
    }

    Http.Reply call(String method, String path, String json) {
        return api.call(method, "/api/t/" + code + path, "admin", Fixtures.ADMIN_PASSWORD, json);
    }

    long dispute(long village, String title) {
        return DecisionFixture.created(call("POST", "/disputes", Json.createObjectBuilder().add("villageId", village)
                .add("title", title).add("kind", "土地纠纷").add("parties", Json.createArrayBuilder().add("张三").add("李四"))
                .add("mediator", "王调解").build().toString()));
    }

    long overdueRequest(long village) {
        return DecisionFixture.created(call("POST", "/service-requests", Json.createObjectBuilder().add("villageId", village)
                .add("applicant", "赵大娘").add("phone", "13812345678").add("matterType", "养老保险认证").add("handler", "代办员小刘")
                .add("receivedOn", today.minusDays(10).toString()).build().toString()));
    }

    @Test
    void aDisputeIsMediatedInSessionsAndClosedByItsOutcomeAfterWhichNothingIsRecorded() {
        long id = dispute(east, "宅基地边界纠纷");
        JsonObject opened = call("GET", "/disputes/" + id, null).json();
        assertEquals("OPEN", opened.getString("status"));
        assertEquals(List.of("张三", "李四"), opened.getJsonArray("parties").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList());

        Http.Reply session = call("POST", "/disputes/" + id + "/sessions", "{\"heldOn\":\"" + today + "\",\"attendees\":\"张三、李四、王调解\","
                + "\"notes\":\"双方陈述\"}");
        assertEquals(201, session.status(), session.body());
        assertEquals("MEDIATING", call("GET", "/disputes/" + id, null).json().getString("status"));
        long sessionId = session.json().getJsonNumber("id").longValue();
        assertEquals(id, call("GET", "/dispute-sessions/" + sessionId, null).json().getJsonNumber("disputeId").longValue());

        Http.Reply noText = call("POST", "/disputes/" + id + "/outcome", "{\"status\":\"RESOLVED\"}");
        assertEquals(400, noText.status(), "an agreement needs its text");
        Http.Reply resolved = call("POST", "/disputes/" + id + "/outcome",
                "{\"status\":\"RESOLVED\",\"agreement\":\"以村测绘界址为准\",\"on\":\"" + today + "\"}");
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", resolved.json().getString("status"));

        Http.Reply late = call("POST", "/disputes/" + id + "/sessions", "{\"heldOn\":\"" + today + "\",\"notes\":\"再谈\"}");
        assertEquals(409, late.status(), late.body());
        assertEquals("error.dispute.closed", late.json().getString("error"));
        Http.Reply again = call("POST", "/disputes/" + id + "/outcome", "{\"status\":\"FAILED\"}");
        assertEquals(409, again.status());
        assertEquals(1, call("GET", "/dispute-sessions?dispute=" + id, null).array().size());
        assertTrue(call("GET", "/audit?type=Dispute", null).body().contains("\"entityId\":\"" + id + "\""), "disputes are audited");
    }

    @Test
    void aServiceRequestNotDoneByItsDeadlineIsOverdueAndItsPhoneIsMaskedOnLists() {
        long late = overdueRequest(east);
        long inTime = DecisionFixture.created(call("POST", "/service-requests", Json.createObjectBuilder().add("villageId", east)
                .add("applicant", "钱大爷").add("matterType", "残疾证代办").build().toString()));
        assertEquals(today.plusDays(7).toString(), call("GET", "/service-requests/" + inTime, null).json().getString("deadline"),
                "seven days by default");

        List<JsonObject> overdue = call("GET", "/service-requests?overdue=true", null).array().getValuesAs(JsonObject.class);
        assertEquals(List.of(late), overdue.stream().map(r -> r.getJsonNumber("id").longValue()).toList());
        assertEquals("138****5678", overdue.get(0).getString("phone"));
        assertEquals("13812345678", call("GET", "/service-requests/" + late, null).json().getString("phone"));

        Http.Reply noReason = call("POST", "/service-requests/" + late + "/status", "{\"status\":\"REJECTED\"}");
        assertEquals(400, noReason.status());
        assertEquals(200, call("POST", "/service-requests/" + late + "/status", "{\"status\":\"IN_PROGRESS\"}").status());
        Http.Reply done = call("POST", "/service-requests/" + late + "/status", "{\"status\":\"DONE\"}");
        assertEquals(200, done.status(), done.body());
        assertFalse(done.json().getBoolean("overdue"));
        assertTrue(call("GET", "/service-requests?overdue=true", null).array().isEmpty());
        assertEquals(409, call("POST", "/service-requests/" + late + "/status", "{\"status\":\"REJECTED\",\"reason\":\"x\"}").status());
    }

    @Test
    void listedAssetsArePublicWithoutLoginOnThePageAndTheKiosk() {
        Http.Reply asset = call("POST", "/assets", "{\"villageId\":" + east + ",\"name\":\"黄河滩地\",\"kind\":\"LAND\","
                + "\"quantity\":600,\"unit\":\"亩\",\"value\":360000}");
        assertEquals(201, asset.status(), asset.body());
        long assetId = asset.json().getJsonNumber("id").longValue();
        Http.Reply listing = call("POST", "/asset-listings", "{\"assetId\":" + assetId + ",\"terms\":\"公开竞标发包，期限5年\","
                + "\"asking\":60000,\"listedOn\":\"" + today + "\"}");
        assertEquals(201, listing.status(), listing.body());
        long withdrawn = DecisionFixture.created(call("POST", "/asset-listings", "{\"assetId\":" + assetId
                + ",\"terms\":\"撤回的挂牌\",\"asking\":1}"));
        assertEquals("WITHDRAWN", call("POST", "/asset-listings/" + withdrawn + "/status", "{\"status\":\"WITHDRAWN\"}").json()
                .getString("status"));

        String page = session().get("/t/" + code + "/public/centres.xhtml?village=" + east).body();
        assertTrue(page.contains("黄河滩地") && page.contains("公开竞标发包，期限5年"), page);
        assertFalse(page.contains("撤回的挂牌"), "a withdrawn listing is not public");
        assertFalse(session().get("/t/" + code + "/public/centres.xhtml?village=" + west).body().contains("黄河滩地"));

        Http.Reply issued = call("POST", "/kiosk-tokens", "{\"villageId\":" + east + ",\"label\":\"东庄村村委会\"}");
        Http kiosk = session();
        assertEquals(302, kiosk.get("/t/" + code + "/kiosk/" + east + "?token=" + issued.json().getString("secret")).status());
        String board = kiosk.get("/t/" + code + "/kiosk/" + east).body();
        assertTrue(board.contains("id=\"asset-listings\"") && board.contains("公开竞标发包，期限5年"), board);
    }

    @Test
    void theTownshipDashboardCountsEachVillageAndExportsToExcel() throws Exception {
        DecisionFixture f = new DecisionFixture(api, code, east);
        long lease = f.item("T01", "村集体土地发包租赁", f.procedure("4Y2G"));
        long late = f.matter(lease, "逾期未公开的决议");
        f.fourMeetings(late, today.minusDays(10));
        f.matter(lease, "刚登记的事项");
        dispute(east, "邻里纠纷");
        long closed = dispute(east, "已调解的纠纷");
        call("POST", "/disputes/" + closed + "/outcome", "{\"status\":\"REFERRED\"}");
        overdueRequest(west);

        long township = call("GET", "/places/" + east, null).json().getJsonNumber("parentId").longValue();
        assertEquals(201, call("POST", "/users", Json.createObjectBuilder().add("username", "reviewer").add("displayName", "镇审核员")
                .add("role", "TOWNSHIP_REVIEWER").add("scopePlaceId", township).add("password", "reviewer-pass-1").build().toString()).status());
        Http.Reply reply = api.call("GET", "/api/t/" + code + "/township-dashboard", "reviewer", "reviewer-pass-1", null);
        assertEquals(200, reply.status(), reply.body());
        List<JsonObject> lines = reply.json().getJsonArray("villages").getValuesAs(JsonObject.class);
        JsonObject e = lines.stream().filter(l -> l.getJsonNumber("villageId").longValue() == east).findFirst().orElseThrow();
        JsonObject w = lines.stream().filter(l -> l.getJsonNumber("villageId").longValue() == west).findFirst().orElseThrow();
        assertEquals(2, e.getJsonObject("matters").getInt("OPEN"));
        assertEquals(1, e.getJsonNumber("overduePublications").longValue());
        assertEquals(0, e.getJsonNumber("overdueSteps").longValue(), "the new matter's first step is not due yet");
        assertEquals(1, e.getJsonNumber("openDisputes").longValue(), "the referred one is closed");
        assertEquals(0, e.getJsonNumber("overdueRequests").longValue());
        assertEquals(1, w.getJsonNumber("overdueRequests").longValue());
        assertEquals(0, e.getJsonObject("figures").getJsonNumber("contractsExpiring").longValue());

        Http.Download xlsx = api.download("/api/t/" + code + "/township-dashboard.xlsx", "reviewer", "reviewer-pass-1");
        assertEquals(200, xlsx.status());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("逾期公开", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals("即将到期合同", sheet.getRow(0).getCell(8).getStringCellValue());
            Row eastRow = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("东庄村")) {
                    eastRow = row;
                }
            }
            assertTrue(eastRow != null, "a line for 东庄村");
            assertEquals(1, (int) eastRow.getCell(5).getNumericCellValue());
            assertEquals(1, (int) eastRow.getCell(6).getNumericCellValue());
        }
    }

    @Test
    void anotherVillagesAdminFindsNothingOfThisVillage() {
        long d = dispute(east, "东村的纠纷");
        long r = overdueRequest(east);
        long a = DecisionFixture.created(call("POST", "/assets", "{\"villageId\":" + east + ",\"name\":\"村办公楼\",\"kind\":\"BUILDING\","
                + "\"quantity\":1,\"unit\":\"栋\"}"));
        assertEquals(201, call("POST", "/users", Json.createObjectBuilder().add("username", "westadmin").add("displayName", "西村管理员")
                .add("role", "VILLAGE_ADMIN").add("scopePlaceId", west).add("password", "west-pass-1").build().toString()).status());
        for (String path : List.of("/disputes/" + d, "/service-requests/" + r, "/assets/" + a)) {
            assertEquals(404, api.call("GET", "/api/t/" + code + path, "westadmin", "west-pass-1", null).status(), path);
        }
        assertEquals(404, api.call("POST", "/api/t/" + code + "/disputes/" + d + "/sessions", "westadmin", "west-pass-1",
                "{\"heldOn\":\"" + today + "\"}").status());
        assertTrue(api.call("GET", "/api/t/" + code + "/disputes", "westadmin", "west-pass-1", null).array().isEmpty());
        assertEquals(404, api.call("POST", "/api/t/" + code + "/disputes", "westadmin", "west-pass-1",
                "{\"villageId\":" + east + ",\"title\":\"越权\",\"kind\":\"x\",\"parties\":[\"a\"],\"mediator\":\"m\"}").status());
    }

    @Test
    void theCentresAndDashboardPagesShowTheVillagesRecords() {
        dispute(east, "页面上的纠纷");
        overdueRequest(west);
        Http browser = session();
        assertEquals(302, browser.login("/t/" + code + "/login.xhtml", "admin", Fixtures.ADMIN_PASSWORD).status());
        Http.Reply centres = browser.get("/t/" + code + "/centres.xhtml");
        assertEquals(200, centres.status());
        assertTrue(centres.body().contains("页面上的纠纷") && centres.body().contains("138****5678"), centres.body());
        assertFalse(centres.body().contains("13812345678"), "the list masks the phone");
        Http.Reply township = browser.get("/t/" + code + "/township.xhtml");
        assertEquals(200, township.status());
        assertTrue(township.body().contains("xz-dashboard-village") && township.body().contains("西庄村"), township.body());
    }
}
