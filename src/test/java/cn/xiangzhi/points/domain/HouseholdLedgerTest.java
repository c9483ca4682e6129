package cn.xiangzhi.points.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The redeemable-balance rule (HouseholdLedger): publication, objections, reversals, spending, restrictions and expiry. */
class HouseholdLedgerTest {

    private static final long EAST = 7;
    private static final int NOV = 202611;
    private static final int DEC = 202612;

    private static LedgerRow award(long id, int points, int month) {
        return new LedgerRow(id, LineType.AWARD, points, EAST, month, null);
    }

    private static LedgerRow reversal(long id, LedgerRow of, int month) {
        return new LedgerRow(id, LineType.REVERSAL, -of.points(), EAST, month, of.id());
    }

    private static LedgerRow spending(long id, int points, int month) {
        return new LedgerRow(id, LineType.REDEMPTION, -points, EAST, month, null);
    }

    private static Set<ReleasedMonth> released(int... months) {
        return java.util.Arrays.stream(months).mapToObj(m -> new ReleasedMonth(EAST, m)).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void anAdditionCountsOnceItsMonthIsReleasedAndNotBefore() {
        List<LedgerRow> rows = List.of(award(1, 10, NOV), award(2, 5, DEC));
        HouseholdLedger unpublished = HouseholdLedger.of(rows, Set.of(), Set.of());
        assertEquals(15, unpublished.confirmed());
        assertEquals(0, unpublished.redeemable(), "nothing published yet");
        assertEquals(10, HouseholdLedger.of(rows, Set.of(), released(NOV)).redeemable(), "November released, December not");
        assertEquals(0, HouseholdLedger.of(rows, Set.of(), Set.of(new ReleasedMonth(99, NOV))).redeemable(),
                "another village's November says nothing about this one's");
    }

    @Test
    void aDeductionCountsAtOnce() {
        HouseholdLedger ledger = HouseholdLedger.of(List.of(award(1, 10, NOV), award(2, -3, DEC)), Set.of(), released(NOV));
        assertEquals(7, ledger.redeemable());
    }

    @Test
    void aLineUnderAnOpenObjectionIsFrozenNotSpendable() {
        HouseholdLedger ledger = HouseholdLedger.of(List.of(award(1, 10, NOV), award(2, 4, NOV)), Set.of(2L), released(NOV));
        assertEquals(14, ledger.confirmed());
        assertEquals(4, ledger.frozen());
        assertEquals(10, ledger.redeemable());
    }

    @Test
    void aReversalCountsExactlyWhenTheLineItReversesCounts() {
        LedgerRow decAward = award(2, 5, DEC);
        List<LedgerRow> rows = List.of(award(1, 10, NOV), decAward, reversal(3, decAward, DEC));
        assertEquals(0, HouseholdLedger.of(rows, Set.of(), Set.of()).redeemable(), "neither counts before release");
        assertEquals(10, HouseholdLedger.of(rows, Set.of(), released(NOV)).redeemable(), "the reversed December award and its reversal both wait");
        assertEquals(10, HouseholdLedger.of(rows, Set.of(), released(NOV, DEC)).redeemable(), "and cancel out once released");
        LedgerRow deduction = award(4, -3, DEC);
        assertEquals(10, HouseholdLedger.of(List.of(award(1, 10, NOV), deduction, reversal(5, deduction, DEC)), Set.of(), released(NOV))
                .redeemable(), "a deduction and its reversal count at once and cancel out");
    }

    @Test
    void spendingAndReturnsCountAtOnce() {
        List<LedgerRow> rows = List.of(award(1, 10, NOV), spending(2, 4, DEC), new LedgerRow(3, LineType.RETURN, 4, EAST, DEC, 2L),
                spending(4, 3, DEC));
        assertEquals(7, HouseholdLedger.of(rows, Set.of(), released(NOV)).redeemable());
    }

    @Test
    void aNoRedeemRestrictionLeavesNothingToSpend() {
        HouseholdLedger ledger = HouseholdLedger.of(List.of(award(1, 10, NOV)), Set.of(), released(NOV));
        assertEquals(10, ledger.spendable(Set.of()));
        assertEquals(0, ledger.spendable(Set.of(RestrictionKind.NO_REDEEM)));
        assertEquals(0, HouseholdLedger.of(List.of(award(1, -4, NOV)), Set.of(), Set.of()).spendable(Set.of()), "never below zero");
    }

    @Test
    void expiryTakesTheOldestCreditsFirst() {
        LedgerRow oct = award(1, 6, 202610);
        List<LedgerRow> rows = List.of(oct, award(2, 5, NOV), spending(3, 4, DEC));
        HouseholdLedger ledger = HouseholdLedger.of(rows, Set.of(), released(202610, NOV));
        assertEquals(List.of(202610, NOV), ledger.counted().stream().map(Expiry.Counted::creditMonth).filter(java.util.Objects::nonNull).toList());
        assertEquals(2, Expiry.due(ledger.counted(), 202610), "of October's 6, the 4 spent came first: 2 are left to expire");
        LedgerRow octReversal = reversal(4, oct, DEC);
        assertEquals(0, Expiry.due(HouseholdLedger.of(List.of(oct, award(2, 5, NOV), octReversal), Set.of(), released(202610, NOV)).counted(),
                202610), "a reversed October credit counts in October and leaves nothing to expire");
    }
}
