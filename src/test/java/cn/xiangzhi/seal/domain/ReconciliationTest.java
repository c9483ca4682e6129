package cn.xiangzhi.seal.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReconciliationTest {

    private static final Instant FROM = Instant.parse("2026-12-06T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-12-07T00:00:00Z");

    private static Reconciliation.Authorisation approved(int used) {
        return new Reconciliation.Authorisation(7, ApplicationStatus.APPROVED, FROM, UNTIL, 2, used);
    }

    @Test
    void aStampInTheWindowWithStampsLeftIsAuthorised() {
        assertEquals(StampVerdict.AUTHORISED, Reconciliation.judge(7, FROM, approved(1)));
    }

    @Test
    void beyondTheCountOutsideTheWindowOrWithoutAnApprovedApplicationOfTheSealIsAnAlarm() {
        assertEquals(StampVerdict.OVER_COUNT, Reconciliation.judge(7, FROM.plusSeconds(60), approved(2)));
        assertEquals(StampVerdict.OUTSIDE_WINDOW, Reconciliation.judge(7, UNTIL, approved(0)), "the window's end is outside");
        assertEquals(StampVerdict.OUTSIDE_WINDOW, Reconciliation.judge(7, FROM.minusSeconds(1), approved(0)));
        assertEquals(StampVerdict.NO_APPLICATION, Reconciliation.judge(8, FROM, approved(0)), "another seal's application");
        assertEquals(StampVerdict.NO_APPLICATION, Reconciliation.judge(7, FROM, null));
        assertEquals(StampVerdict.NO_APPLICATION, Reconciliation.judge(7, FROM,
                new Reconciliation.Authorisation(7, ApplicationStatus.PENDING, FROM, UNTIL, 2, 0)));
        assertEquals(StampVerdict.NO_APPLICATION, Reconciliation.judge(7, FROM,
                new Reconciliation.Authorisation(7, ApplicationStatus.REJECTED, FROM, UNTIL, 2, 0)));
    }

    @Test
    void aSequenceNumberBeyondTheNextLeavesAGapAndAResendOrALateOneLeavesNone() {
        assertNull(Reconciliation.gapBefore(0, 1));
        assertNull(Reconciliation.gapBefore(4, 5));
        assertArrayEquals(new long[]{5, 8}, Reconciliation.gapBefore(4, 9));
        assertNull(Reconciliation.gapBefore(9, 6), "a late event fills a gap");
        assertNull(Reconciliation.gapBefore(9, 9));
    }

    @Test
    void theTerminalKeepsItsHighestSequenceNumber() {
        SealTerminal terminal = new SealTerminal(1, "t/admin", FROM);
        assertNull(terminal.sequence(1));
        assertArrayEquals(new long[]{2, 3}, terminal.sequence(4));
        assertNull(terminal.sequence(2));
        assertEquals(4, terminal.getLastSequence());
    }
}
