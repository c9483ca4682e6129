package cn.xiangzhi.points.domain;

import java.util.Collection;

/**
 * Optional expiry of points, oldest first. With an expiry of N months, points earned in a month can
 * be spent in that month and the N months after it; the run of month R takes back what is left of
 * the points of every month up to {@link #cutoff R − N − 1}. What is "left" follows first in, first
 * out: every spending, deduction and earlier expiry uses the oldest points first, so
 * <pre>due = max(0, min(old credits + everything that is not a credit, redeemable balance))</pre>
 * where a credit is a positive award or bonus (or the reversal of one, counted in the month of the
 * line it reverses). A run writes what is due as one EXPIRY line, which is itself "not a credit":
 * the next run finds nothing more due for the same cutoff — a run can be repeated safely.
 */
public final class Expiry {

    /**
     * A line that counts in the household's redeemable balance: its points, and for a credit (or the
     * reversal of one) the month the credit was earned, otherwise null.
     */
    public record Counted(int points, Integer creditMonth) {
    }

    private Expiry() {
    }

    /** The last month whose points have expired by the run of {@code runMonth} (both yyyymm). */
    public static int cutoff(int runMonth, int expiryMonths) {
        if (expiryMonths < 1) {
            throw new IllegalArgumentException("expiry needs at least one month, not " + expiryMonths);
        }
        return Months.of(Months.toYearMonth(runMonth).minusMonths(expiryMonths + 1L));
    }

    /** The points that expire now: what is left, first in first out, of the credits up to {@code cutoff}. */
    public static int due(Collection<Counted> lines, int cutoff) {
        long old = 0;
        long other = 0;
        long balance = 0;
        for (Counted line : lines) {
            balance += line.points();
            if (line.creditMonth() == null) {
                other += line.points();
            } else if (line.creditMonth() <= cutoff) {
                old += line.points();
            }
        }
        return (int) Math.max(0, Math.min(old + other, balance));
    }
}
