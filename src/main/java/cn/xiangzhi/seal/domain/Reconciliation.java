package cn.xiangzhi.seal.domain;

import java.time.Instant;

/**
 * Matching a stamp to its application: authorised when the application is approved for the stamp's
 * seal, the stamp falls in its validity window and stamps remain of its approved count. The rule
 * alone, on plain values: the ledger locks the application row before it asks, so the count it reads
 * is the count it changes.
 */
public final class Reconciliation {

    private Reconciliation() {
    }

    /** What an application looks like to reconciliation. */
    public record Authorisation(long sealId, ApplicationStatus status, Instant validFrom, Instant validUntil, int approved, int used) {
        public boolean covers(Instant at) {
            return !at.isBefore(validFrom) && at.isBefore(validUntil);
        }

        public int remaining() {
            return Math.max(0, approved - used);
        }
    }

    /** The verdict on a stamp of {@code sealId} at {@code at} for {@code application} (null: none named or found). */
    public static StampVerdict judge(long sealId, Instant at, Authorisation application) {
        if (application == null || application.sealId() != sealId || application.status() != ApplicationStatus.APPROVED) {
            return StampVerdict.NO_APPLICATION;
        }
        if (!application.covers(at)) {
            return StampVerdict.OUTSIDE_WINDOW;
        }
        if (application.remaining() == 0) {
            return StampVerdict.OVER_COUNT;
        }
        return StampVerdict.AUTHORISED;
    }

    /**
     * The sequence numbers missing before {@code sequence} on a device whose highest number so far is
     * {@code last}: null when there is no gap (the next number, a resend, or a late one filling an
     * earlier gap); otherwise {@code [from, to]}.
     */
    public static long[] gapBefore(long last, long sequence) {
        return sequence > last + 1 ? new long[]{last + 1, sequence - 1} : null;
    }
}
