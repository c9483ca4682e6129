package cn.xiangzhi.organisation;

import cn.xiangzhi.testing.ApplicationIT;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.ImportFiles;
import cn.xiangzhi.testing.Race;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The import writes with plain JDBC (bulk inserts, ADR 0005), where EclipseLink's tenant filter
 * does not apply: two tenants importing files with the same codes at the same moment each get their
 * own rows, in their own villages; two imports of one file at once in one tenant write each row once.
 */
class ImportConcurrencyIT extends ApplicationIT {

    /** 300 households H0001… in grids of 东关村, with a resident each. */
    private static byte[] file() {
        List<List<String>> households = new ArrayList<>();
        List<List<String>> residents = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            String code = String.format("H%04d", i);
            households.add(List.of("东关村", "DG", "东关网格", "刘书记", "DG-" + (i % 3), "第" + (i % 3) + "微网格", "", "", "", "",
                    code, "户主" + i, "东街" + i + "号", ""));
            residents.add(List.of(code, "户主" + i, "户主", "男", "1970", ""));
        }
        return ImportFiles.xlsx(households, residents);
    }

    @Test
    void tenantsImportingTheSameCodesAtOnceOrOneAfterAnotherEachGetTheirOwnRows() throws Exception {
        Http api = api();
        Fixtures.County first = Fixtures.countyWithVillages(api, "imp-a", "东关村");
        Fixtures.County second = Fixtures.countyWithVillages(api, "imp-b", "东关村");
        byte[] file = file();
        List<Http.Reply> replies = Race.atOnce(List.of(
                () -> api.upload("/api/t/" + first.code() + "/imports/organisation", "admin", ADMIN_PASSWORD, file, ImportFiles.XLSX),
                () -> api.upload("/api/t/" + second.code() + "/imports/organisation", "admin", ADMIN_PASSWORD, file, ImportFiles.XLSX)));
        for (Http.Reply reply : replies) {
            assertEquals(200, reply.status(), reply.body());
        }
        Fixtures.County third = Fixtures.countyWithVillages(api, "imp-c", "东关村");
        assertEquals(200, api.upload("/api/t/" + third.code() + "/imports/organisation", "admin", ADMIN_PASSWORD, file, ImportFiles.XLSX)
                .status(), "and a third one after both committed");
        for (Fixtures.County county : List.of(first, second, third)) {
            long tenant = tenantId(county.code());
            assertEquals(300, Fixtures.count("select count(*) from household where tenant_id = " + tenant));
            assertEquals(300, Fixtures.count("select count(distinct code) from household where tenant_id = " + tenant));
            assertEquals(0, Fixtures.count("select count(*) from household h join place p on p.id = h.village_id"
                    + " where h.tenant_id = " + tenant + " and p.tenant_id <> " + tenant), "households in the other tenant's village");
            assertEquals(0, Fixtures.count("select count(*) from resident r join household h on h.id = r.household_id"
                    + " where r.tenant_id = " + tenant + " and h.tenant_id <> " + tenant), "residents of the other tenant's households");
            assertEquals(0, Fixtures.count("select count(*) from household h join grid g on g.id = h.grid_id"
                    + " where h.tenant_id = " + tenant + " and g.tenant_id <> " + tenant), "households in the other tenant's grids");
            assertEquals(300, Fixtures.count("select count(*) from resident where tenant_id = " + tenant));
        }
    }

    @Test
    void twoImportsOfOneFileAtOnceInOneTenantWriteEachRowOnce() throws Exception {
        Http api = api();
        Fixtures.County county = Fixtures.countyWithVillages(api, "imp-twice", "东关村");
        byte[] file = file();
        List<Http.Reply> replies = Race.times(2,
                () -> api.upload("/api/t/" + county.code() + "/imports/organisation", "admin", ADMIN_PASSWORD, file, ImportFiles.XLSX));
        assertTrue(replies.stream().anyMatch(r -> r.status() == 200), replies.stream().map(Http.Reply::body).toList().toString());
        assertTrue(replies.stream().allMatch(r -> r.status() == 200 || r.status() == 409),
                "the other one writes nothing new or loses the race cleanly: " + replies.stream().map(Http.Reply::status).toList());
        long tenant = tenantId(county.code());
        assertEquals(300, Fixtures.count("select count(*) from household where tenant_id = " + tenant));
        assertEquals(300, Fixtures.count("select count(*) from resident where tenant_id = " + tenant));
        assertEquals(4, Fixtures.count("select count(*) from grid where tenant_id = " + tenant), "one village grid and its three micro-grids");
    }

    private static long tenantId(String code) throws SQLException {
        return Fixtures.count("select id from tenant where code = '" + code + "'");
    }
}
