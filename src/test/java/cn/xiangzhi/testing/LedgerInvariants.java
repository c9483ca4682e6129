package cn.xiangzhi.testing;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What must hold in the database of a tenant whatever requests raced (the checks the counter
 * benchmark makes, for tests): no household's ledger below zero; every redemption with its ledger
 * line (same household, the points taken or given back); every spending line with its redemption;
 * no redemption returned twice; no stock below zero; one statement per shop and month.
 */
public final class LedgerInvariants {

    private LedgerInvariants() {
    }

    public static void assertHold(String tenantCode) throws SQLException {
        long tenant = Fixtures.count("select id from tenant where code = '" + tenantCode.replace("'", "") + "'");
        assertEquals(0, Fixtures.count("select count(*) from (select household_id from points_line where tenant_id = " + tenant
                + " group by household_id having sum(points) < 0) x"), "households whose ledger is below zero");
        assertEquals(0, Fixtures.count("select count(*) from shop_redemption r left join points_line l on l.id = r.line_id"
                + " where r.tenant_id = " + tenant + " and (l.id is null or l.household_id <> r.household_id"
                + " or (r.kind = 'REDEMPTION' and l.points <> -r.points) or (r.kind = 'RETURN' and l.points <> r.points))"),
                "redemptions and returns without their ledger line");
        assertEquals(0, Fixtures.count("select count(*) from points_line l where l.tenant_id = " + tenant + " and l.type = 'REDEMPTION'"
                + " and not exists (select 1 from shop_redemption r where r.line_id = l.id)"), "spending lines without a redemption");
        assertEquals(0, Fixtures.count("select count(*) from (select reverses_id from shop_redemption where tenant_id = " + tenant
                + " and reverses_id is not null group by reverses_id having count(*) > 1) x"), "redemptions returned more than once");
        assertEquals(0, Fixtures.count("select count(*) from shop_goods where tenant_id = " + tenant + " and stock < 0"),
                "goods with stock below zero");
        assertEquals(0, Fixtures.count("select count(*) from (select shop_id, period from shop_statement where tenant_id = " + tenant
                + " group by shop_id, period having count(*) > 1) x"), "two statements of one shop and month");
    }
}
