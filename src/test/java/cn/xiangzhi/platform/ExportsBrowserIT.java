package cn.xiangzhi.platform;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.BrowserIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists people work with download as Excel from their page (issue 19 point 8): households, users, the audit log — in the page's language, Chinese data kept. */
class ExportsBrowserIT extends BrowserIT {

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter text = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theHouseholdsTheUsersAndTheAuditLogDownloadAsExcelFromTheirPages() throws IOException {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "exp", "东关村");
        String code = county.code();
        long village = county.villages()[0];
        for (String[] h : List.of(new String[]{"DG-001", "张大山"}, new String[]{"DG-002", "李小梅"})) {
            Fixtures.created(api.call("POST", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD,
                    "{\"code\":\"" + h[0] + "\",\"villageId\":" + village + ",\"headName\":\"" + h[1] + "\",\"address\":\"东关路1号\"}"));
        }
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        Path downloads = Browser.downloadsInto(browser);

        browser.get(tenantBase + "households.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("households:export"))).click();
        List<List<String>> households = rows(Browser.downloaded(browser, downloads, "住户.xlsx"));
        assertEquals(List.of("户编码", "户主", "村（社区）", "所属网格", "住址"), households.get(0), "the page's headers: " + households.get(0));
        assertTrue(households.stream().anyMatch(r -> r.contains("DG-001") && r.contains("张大山") && r.contains("东关村")), households.toString());
        assertEquals(3, households.size(), "a header and the two households, no action columns: " + households);
        assertEquals(5, households.get(0).size(), "no ledger or action column");

        browser.get(tenantBase + "users.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("users:export"))).click();
        List<List<String>> users = rows(Browser.downloaded(browser, downloads, "用户管理.xlsx"));
        assertTrue(users.stream().anyMatch(r -> r.contains("admin") && r.contains("租户管理员")), "roles in words: " + users);

        browser.get(tenantBase + "audit.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("audit:export"))).click();
        List<List<String>> audit = rows(Browser.downloaded(browser, downloads, "审计日志.xlsx"));
        assertTrue(audit.stream().anyMatch(r -> r.contains("新增") && r.stream().anyMatch(c -> c.startsWith("住户 "))
                && r.stream().anyMatch(c -> c.contains("headName: 张大山") || c.contains("headName: 李小梅"))),
                "the action and entity in words, the change on one line: " + audit.subList(0, Math.min(4, audit.size())));
    }

    @Test
    void theCentresListsAndAPartyBranchsMembersDownloadAsExcelInChinese() throws IOException {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "expc", "西关村");
        String code = county.code();
        long village = county.villages()[0];
        String tenant = "/api/t/" + code;
        Fixtures.created(api.call("POST", tenant + "/disputes", "admin", ADMIN_PASSWORD, "{\"villageId\":" + village
                + ",\"title\":\"宅基地界址纠纷\",\"kind\":\"土地\",\"parties\":[\"张三\",\"李四\"],\"mediator\":\"王调解\"}"));
        Fixtures.created(api.call("POST", tenant + "/service-requests", "admin", ADMIN_PASSWORD, "{\"villageId\":" + village
                + ",\"applicant\":\"赵大娘\",\"matterType\":\"社保认证\"}"));
        long branch = Fixtures.created(api.call("POST", tenant + "/party-branches", "admin", ADMIN_PASSWORD,
                "{\"villageId\":" + village + ",\"code\":\"XG\",\"name\":\"西关村党支部\"}"));
        Fixtures.created(api.call("POST", tenant + "/party-members", "admin", ADMIN_PASSWORD,
                "{\"branchId\":" + branch + ",\"code\":\"XG01\",\"name\":\"周红梅\",\"joinedYear\":2008}"));
        String tenantBase = base.toString() + "t/" + code + "/";
        Browser.login(browser, tenantBase, "admin", ADMIN_PASSWORD);
        Path downloads = Browser.downloadsInto(browser);
        JavascriptExecutor js = (JavascriptExecutor) browser;

        browser.get(tenantBase + "centres.xhtml");
        js.executeScript("arguments[0].click()", wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='disputes-export']"))));
        List<List<String>> disputes = rows(Browser.downloaded(browser, downloads, "矛盾纠纷调解.xlsx"));
        assertTrue(disputes.stream().anyMatch(r -> r.contains("宅基地界址纠纷") && r.contains("西关村") && r.contains("王调解")), disputes.toString());
        assertTrue(disputes.get(1).stream().noneMatch(c -> c.contains("打开") || c.contains("Open")), "no action column: " + disputes.get(1));

        js.executeScript("arguments[0].click()", browser.findElement(By.cssSelector("[id$='requests-export']")));
        List<List<String>> requests = rows(Browser.downloaded(browser, downloads, "便民服务.xlsx"));
        assertTrue(requests.stream().anyMatch(r -> r.contains("赵大娘") && r.contains("社保认证")), requests.toString());

        browser.get(tenantBase + "party.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".xz-open-branch"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='memberTable-export']"))).click();
        List<List<String>> members = rows(Browser.downloaded(browser, downloads, "西关村党支部-党员.xlsx"));
        assertTrue(members.stream().anyMatch(r -> r.contains("XG01") && r.contains("周红梅") && r.contains("2008")), members.toString());
    }
}
