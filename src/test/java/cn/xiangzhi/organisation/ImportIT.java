package cn.xiangzhi.organisation;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ImportFiles;
import cn.xiangzhi.testing.Metrics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organisation import over REST: validation, all-or-nothing, re-import, scope and audit. */
class ImportIT extends ApplicationIT {

    private static final String IMPORT = "/imports/organisation";

    /** Two villages: grids three levels deep in 东关村, a household without a grid in 西关村. */
    static List<List<String>> households(String eastDivision) {
        return List.of(
                List.of(eastDivision, "DG", "东关村网格", "张建国", "DG-1", "第一微网格", "李明", "DG-1-1", "第一联户小组", "王芳",
                        "H0001", "赵大山", "一组12号", "13800000001"),
                List.of("东关村", "DG", "", "", "DG-1", "", "", "DG-1-1", "", "", "H0002", "钱二", "一组14号", ""),
                List.of("东关村", "DG", "", "", "DG-1", "", "", "DG-1-2", "第二联户小组", "孙丽", "H0003", "孙三", "二组1号", "13800000003"),
                List.of("西关村", "", "", "", "", "", "", "", "", "", "H0101", "李四", "", ""));
    }

    static List<List<String>> residents() {
        return List.of(
                List.of("H0001", "赵大山", "户主", "男", "1968", "13800000001"),
                List.of("H0001", "刘桂兰", "配偶", "女", "1970", ""),
                List.of("H0101", "李四", "户主", "M", "", ""));
    }

    @Test
    void aWorkbookImportsOnceAndImportingItAgainChangesNothing() {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "imp", "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        String eastDivision = api.call("GET", "/api/t/" + code + "/places/" + east, "admin", ADMIN_PASSWORD, null)
                .json().getString("divisionCode");
        byte[] file = ImportFiles.xlsx(households(eastDivision), residents());

        String imports = "xiangzhi_imports_total{kind=\"organisation\"}";
        String rows = "xiangzhi_imported_rows_total{kind=\"organisation\"}";
        long importsBefore = Metrics.value(api, imports);
        long rowsBefore = Metrics.value(api, rows);
        JsonObject dry = post(api, code, file, "?dryRun=true").json();
        assertFalse(dry.getBoolean("written"));
        assertEquals(4, dry.getJsonObject("households").getInt("added"));
        assertEquals(0, households(api, code).size(), "a dry run writes nothing");

        JsonObject first = post(api, code, file, "").json();
        assertTrue(first.getBoolean("written"));
        assertEquals(4, first.getJsonObject("grids").getInt("added"), "DG, DG-1, DG-1-1, DG-1-2");
        assertEquals(4, first.getJsonObject("households").getInt("added"));
        assertEquals(3, first.getJsonObject("residents").getInt("added"));
        assertEquals(importsBefore + 1, Metrics.value(api, imports), "the operator's counter: the written import, not the dry run");
        assertEquals(rowsBefore + 11, Metrics.value(api, rows), "4 grids, 4 households, 3 residents");

        List<JsonObject> stored = households(api, code);
        JsonObject zhao = stored.stream().filter(h -> h.getString("code").equals("H0001")).findFirst().orElseThrow();
        assertEquals("第一联户小组", zhao.getString("gridName"));
        assertEquals("13800000001", zhao.getString("phone"), "a phone in a number cell keeps its digits");
        List<JsonObject> grids = api.call("GET", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD, null)
                .array().getValuesAs(JsonObject.class);
        JsonObject group = grids.stream().filter(g -> g.getString("code").equals("DG-1-2")).findFirst().orElseThrow();
        long micro = grids.stream().filter(g -> g.getString("code").equals("DG-1")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(micro, group.getJsonNumber("parentId").longValue(), "the household group sits in its micro-grid");
        List<JsonObject> members = api.call("GET", "/api/t/" + code + "/residents?household=" + zhao.getJsonNumber("id"),
                "admin", ADMIN_PASSWORD, null).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("赵大山", "刘桂兰"), members.stream().map(r -> r.getString("name")).toList());
        assertEquals("F", members.get(1).getString("gender"), "女 is read as F");

        String audit = api.call("GET", "/api/t/" + code + "/audit?type=Household&max=500", "admin", ADMIN_PASSWORD, null).body();
        assertTrue(audit.contains("H0003") && audit.contains("孙三"), "every imported household is in the audit log: " + audit);

        JsonObject again = post(api, code, file, "").json();
        for (String part : List.of("grids", "households", "residents")) {
            assertEquals(0, again.getJsonObject(part).getInt("added"), part);
            assertEquals(0, again.getJsonObject(part).getInt("updated"), part);
        }
        assertEquals(4, again.getJsonObject("households").getInt("unchanged"));
        assertEquals(4, households(api, code).size());

        List<List<String>> moved = new ArrayList<>(households(eastDivision));
        moved.set(3, List.of("西关村", "", "", "", "", "", "", "", "", "", "H0101", "李四", "西街8号", ""));
        JsonObject corrected = post(api, code, ImportFiles.xlsx(moved, null), "").json();
        assertEquals(1, corrected.getJsonObject("households").getInt("updated"), "a changed row updates its household");
        assertEquals(3, corrected.getJsonObject("households").getInt("unchanged"));
    }

    @Test
    void everyErrorIsReportedWithRowColumnAndReasonAndNothingIsImported() {
        Http api = api();
        String code = Fixtures.countyWithVillages(api, "bad", "东关村").code();
        List<List<String>> rows = new ArrayList<>(households("东关村"));
        rows.add(List.of("北山村", "", "", "", "", "", "", "", "", "", "H0201", "周五", "", ""));
        rows.add(List.of("东关村", "", "", "", "", "", "", "", "", "", "H0202", "吴六", "", "1380000"));
        rows.add(List.of("东关村", "", "", "", "", "", "", "", "", "", "H0001", "重号", "", ""));
        rows.add(List.of("东关村", "", "", "", "DG-9", "第九微网格", "", "", "", "", "H0203", "郑七", "", ""));
        rows.add(List.of("东关村", "", "", "", "", "", "", "", "", "", "H0204", "", "", ""));

        Http.Reply refused = post(api, code, ImportFiles.gbkCsv(rows), "");
        assertEquals(422, refused.status(), refused.body());
        assertFalse(refused.json().getBoolean("written"));
        String errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getInt("row") + "|" + e.getString("column") + "|" + e.getString("key"))
                .collect(Collectors.joining("\n"));
        assertEquals(String.join("\n",
                "5|村|error.import.village",
                "6|村|error.import.village",
                "7|联系电话|error.user.phone",
                "8|户编号|error.import.duplicate",
                "9|微网格编号|error.import.gridGap",
                "10|户主姓名|error.household.head"), errors, "row 5 names 西关村, which this tenant does not have");
        JsonObject duplicate = refused.json().getJsonArray("errors").getJsonObject(3);
        assertEquals("\"H0001\" already appears in row 2", duplicate.getString("reason"), "the reason is written out");
        assertEquals(0, households(api, code).size(), "a file with any error imports nothing");
        assertEquals(0, api.call("GET", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD, null).array().size());

        Http.Reply noColumn = post(api, code, "村,户主姓名\r\n东关村,赵\r\n".getBytes(StandardCharsets.UTF_8), "");
        assertEquals(422, noColumn.status());
        JsonObject missing = noColumn.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(1, missing.getInt("row"));
        assertEquals("error.import.missingColumn", missing.getString("key"));
        Http.Reply xls = post(api, code, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0}, "");
        assertEquals(400, xls.status());
        assertEquals("error.import.xls", xls.json().getString("error"));
    }

    /**
     * A GBK file with English headers: short GBK names can be valid UTF-8 (郑伟, 谢强), which the
     * reader took for UTF-8 and imported as mojibake. Now they are read as written.
     */
    @Test
    void aGbkCsvWithEnglishHeadersImportsItsChineseNamesAsWritten() {
        Http api = api();
        String code = Fixtures.countyWithVillages(api, "gbk", "东关村").code();
        String csv = "village,household code,head of household,address\r\n东关村,GBK01,郑伟,东街1号\r\n东关村,GBK02,谢强,东街2号\r\n";
        Http.Reply imported = post(api, code, csv.getBytes(Charset.forName("GBK")), "");
        assertEquals(200, imported.status(), imported.body());
        List<String> heads = households(api, code).stream().map(h -> h.getString("headName")).sorted().toList();
        assertEquals(List.of("谢强", "郑伟"), heads, "the names as written, not as mojibake");

        byte[] latin1 = "village,household code,head of household\r\nMüller,X1,Ærø\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Http.Reply undecided = post(api, code, latin1, "");
        assertEquals(400, undecided.status(), undecided.body());
        assertEquals("error.import.encoding", undecided.json().getString("error"));
        assertEquals(2, households(api, code).size(), "nothing written");
    }

    /**
     * Codes are unique per tenant, not across tenants: the other tenant has its own 东关村 with the same
     * grid and household codes and other people, imported first. The village admin's import neither
     * sees nor touches them (households, grids, residents, audit entries and the database's rows of
     * that tenant are as they were), and the other tenant sees none of this tenant's people.
     */
    @Test
    void aVillageAdminImportsIntoTheirVillageOnlyAndAnotherTenantWithTheSameCodesIsNeitherSeenNorTouched() throws Exception {
        Http api = api();
        String other = Fixtures.countyWithVillages(api, "vimp-other", "东关村").code();
        List<List<String>> theirs = new ArrayList<>();
        for (List<String> row : households("东关村").subList(0, 3)) {
            List<String> copy = new ArrayList<>(row);
            copy.set(11, "他户" + row.get(10)); // same household code, another head
            copy.set(13, "");
            theirs.add(copy);
        }
        byte[] theirFile = ImportFiles.xlsx(theirs, List.of(List.of("H0001", "他户H0001", "户主", "男", "1960", ""),
                List.of("H0001", "他户之妻", "配偶", "女", "1962", "")));
        Http.Reply theirImport = post(api, other, theirFile, "");
        assertEquals(200, theirImport.status(), theirImport.body());
        assertEquals(3, theirImport.json().getJsonObject("households").getInt("added"));
        List<String> theirsBefore = snapshot(api, other);

        Fixtures.County county = Fixtures.countyWithVillages(api, "vimp", "东关村", "西关村");
        String code = county.code();
        long east = county.villages()[0];
        Http.Reply user = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", "dongguan").add("displayName", "东关村信息员").add("role", "VILLAGE_ADMIN")
                        .add("scopePlaceId", east).add("password", "village-pass-1").build().toString());
        assertEquals(201, user.status(), user.body());

        byte[] both = ImportFiles.xlsx(households("东关村"), null);
        Http.Reply refused = api.upload("/api/t/" + code + IMPORT, "dongguan", "village-pass-1", both, ImportFiles.XLSX);
        assertEquals(422, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(5, error.getInt("row"), "西关村 is outside the village admin's area");
        assertEquals("error.import.village", error.getString("key"));

        byte[] own = ImportFiles.xlsx(households("东关村").subList(0, 3), residents().subList(0, 2));
        Http.Reply imported = api.upload("/api/t/" + code + IMPORT, "dongguan", "village-pass-1", own, ImportFiles.XLSX);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(3, imported.json().getJsonObject("households").getInt("added"), "new here, whatever the other tenant has");
        assertEquals(2, imported.json().getJsonObject("residents").getInt("added"));
        assertEquals(List.of("H0001 赵大山", "H0002 钱二", "H0003 孙三"), households(api, code).stream()
                .map(h -> h.getString("code") + " " + h.getString("headName")).sorted().toList());
        long zhao = households(api, code).stream().filter(h -> h.getString("code").equals("H0001")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(List.of("赵大山", "刘桂兰"), api.call("GET", "/api/t/" + code + "/residents?household=" + zhao, "admin", ADMIN_PASSWORD,
                null).array().getValuesAs(JsonObject.class).stream().map(r -> r.getString("name")).toList(), "residents join their own household");

        assertEquals(theirsBefore, snapshot(api, other), "the other tenant's households, grids, residents, audit and rows are as they were");
        String theirPeople = snapshot(api, other).toString();
        for (String name : List.of("赵大山", "钱二", "孙三", "刘桂兰", "13800000001")) {
            assertFalse(theirPeople.contains(name), "the other tenant sees nothing of " + name);
        }
        List<String> oursBefore = snapshot(api, code);
        Http.Reply again = post(api, other, theirFile, "");
        assertEquals(3, again.json().getJsonObject("households").getInt("unchanged"), "their own file is still theirs: " + again.body());
        assertEquals(0, again.json().getJsonObject("households").getInt("updated"));
        assertEquals(oursBefore, snapshot(api, code), "and their import leaves this tenant as it was");
        assertEquals(401, api.upload("/api/t/" + code + IMPORT, "admin", "wrong-password", own, ImportFiles.XLSX).status(),
                "wrong credentials are refused");
    }

    /** What a tenant holds of the organisation, through its API and in the database: households, grids, residents, audit, row counts. */
    private static List<String> snapshot(Http api, String code) throws Exception {
        List<String> all = new ArrayList<>();
        all.add(api.call("GET", "/api/t/" + code + "/households?max=500", "admin", ADMIN_PASSWORD, null).body());
        all.add(api.call("GET", "/api/t/" + code + "/grids", "admin", ADMIN_PASSWORD, null).body());
        for (JsonObject household : households(api, code)) {
            all.add(api.call("GET", "/api/t/" + code + "/residents?household=" + household.getJsonNumber("id"), "admin", ADMIN_PASSWORD,
                    null).body());
        }
        all.add(api.call("GET", "/api/t/" + code + "/audit?max=500", "admin", ADMIN_PASSWORD, null).body());
        String tenant = "(select id from tenant where code = '" + code + "')";
        for (String table : List.of("household", "resident", "grid", "audit_entry")) {
            all.add(table + " " + Fixtures.count("select count(*) from " + table + " where tenant_id = " + tenant));
        }
        return all;
    }

    @Test
    void theTemplateIsAWorkbookWhoseHeaderTheImportAccepts() throws Exception {
        Http api = api();
        String code = Fixtures.openCounty(api, "tpl").getString("code");
        HttpResponse<byte[]> reply = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "api/t/" + code + IMPORT + "/template.xlsx"))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(reply.body()))) {
            assertEquals("户", template.getSheetName(0));
            assertEquals("户编号*", template.getSheetAt(0).getRow(0).getCell(10).getStringCellValue());
            assertEquals("居民", template.getSheetName(1));
        }
        Http.Reply checked = post(api, code, reply.body(), "?dryRun=true");
        assertEquals(422, checked.status(), "the header is accepted; only the example village is unknown here");
        List<String> keys = checked.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("key")).distinct().toList();
        assertEquals(List.of("error.import.village", "error.import.noHousehold"), keys);
    }

    private static Http.Reply post(Http api, String code, byte[] file, String query) {
        String type = file.length > 1 && file[0] == 0x50 ? ImportFiles.XLSX : "text/csv";
        return api.upload("/api/t/" + code + IMPORT + query, "admin", ADMIN_PASSWORD, file, type);
    }

    private static List<JsonObject> households(Http api, String code) {
        Http.Reply reply = api.call("GET", "/api/t/" + code + "/households?max=500", "admin", ADMIN_PASSWORD, null);
        assertEquals(200, reply.status(), reply.body());
        return reply.array().getValuesAs(JsonObject.class);
    }
}
