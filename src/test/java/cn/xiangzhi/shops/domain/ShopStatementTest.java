package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The money rule of a statement, and paying it once. */
class ShopStatementTest {

    private final Shop shop = new Shop("GF01", "北关村共富超市", ShopKind.VILLAGE_SUPERMARKET, null, null, null, "t/admin",
            Instant.now());

    @Test
    void moneyDueIsNetPointsTimesTheRateRoundedHalfUpToTheFen() {
        assertEquals(new BigDecimal("0.63"), ShopStatement.moneyDue(50, new BigDecimal("0.0125")), "0.625 → 0.63");
        assertEquals(new BigDecimal("0.62"), ShopStatement.moneyDue(49, new BigDecimal("0.0127")), "0.6223 → 0.62");
        assertEquals(new BigDecimal("-0.13"), ShopStatement.moneyDue(-10, new BigDecimal("0.0125")), "more returned: the shop owes");
        assertEquals(new BigDecimal("0.00"), ShopStatement.moneyDue(0, new BigDecimal("0.5000")));
    }

    @Test
    void anEmptyMonthIsAZeroStatementThatIsPaidOnceWithAReference() {
        ShopStatement s = ShopStatement.issue(shop, YearMonth.of(2026, 10), List.of(), new BigDecimal("0.0100"), "t/admin",
                Instant.now());
        assertEquals("GF01-2026-10", s.getNumber());
        assertEquals(0, s.getNetPoints());
        assertEquals(new BigDecimal("0.00"), s.getMoneyDue());
        assertEquals("error.statement.reference", assertThrows(DomainException.class, () -> s.markPaid(" ", "t/admin",
                Instant.now())).key());
        s.markPaid("转账 20261105-01", "t/admin", Instant.now());
        assertTrue(s.isPaid());
        DomainException twice = assertThrows(DomainException.class, () -> s.markPaid("again", "t/admin", Instant.now()));
        assertEquals("error.statement.paid", twice.key());
        assertTrue(twice.isConflict());
        assertEquals("转账 20261105-01", s.getPaidReference(), "the first payment stays");
    }

    @Test
    void aMonthIsIssuableAnHourAfterItEndsInTheGivenZone() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2026-10-31T17:00:00Z"), ShopStatement.issuableFrom(YearMonth.of(2026, 10), shanghai),
                "1 November 01:00 in Shanghai");
        assertEquals(Instant.parse("2027-01-01T01:00:00Z"), ShopStatement.issuableFrom(YearMonth.of(2026, 12), ZoneOffset.UTC));
    }

    @Test
    void noStatementWithoutARate() {
        DomainException e = assertThrows(DomainException.class, () -> ShopStatement.issue(shop, YearMonth.of(2026, 10), List.of(),
                null, "t/admin", Instant.now()));
        assertEquals("error.statement.noRate", e.key());
    }
}
