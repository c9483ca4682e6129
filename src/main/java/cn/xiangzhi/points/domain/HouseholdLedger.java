package cn.xiangzhi.points.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The redeemable-balance rule in one place (issue 20): a household's ledger lines, the lines frozen
 * by an open objection and the village months whose objection period is over, read as
 * <ul>
 * <li>{@link #confirmed()} — every line's points;</li>
 * <li>{@link #frozen()} — the points of lines under an open objection (never spendable meanwhile);</li>
 * <li>{@link #redeemable()} — the lines that count: spending, returns and expiry at once; a deduction
 * (a negative award or bonus) at once; an addition once its month is released (published and its
 * objection period over); a reversal exactly when the line it reverses counts, so a reversed line
 * and its reversal cancel out whenever they count;</li>
 * <li>{@link #counted()} — those lines with the month each credit was earned in, for {@link Expiry}.</li>
 * </ul>
 * Restrictions are not in the ledger: {@link #spendable} applies them.
 */
public final class HouseholdLedger {

    private final int confirmed;
    private final int frozen;
    private final List<Expiry.Counted> counted;

    private HouseholdLedger(int confirmed, int frozen, List<Expiry.Counted> counted) {
        this.confirmed = confirmed;
        this.frozen = frozen;
        this.counted = List.copyOf(counted);
    }

    /** The ledger of {@code rows} (a household's lines), {@code frozenLines} their ids under an open objection. */
    public static HouseholdLedger of(Collection<LedgerRow> rows, Set<Long> frozenLines, Set<ReleasedMonth> released) {
        Map<Long, LedgerRow> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.id(), r));
        int confirmed = 0;
        int frozen = 0;
        List<Expiry.Counted> counted = new ArrayList<>();
        for (LedgerRow row : rows) {
            LedgerRow reversed = row.reversesId() == null ? null : byId.get(row.reversesId());
            confirmed += row.points();
            if (frozenLines.contains(row.id())) {
                frozen += row.points();
            } else if (counts(row, reversed, released)) {
                counted.add(new Expiry.Counted(row.points(), creditMonth(row, reversed)));
            }
        }
        return new HouseholdLedger(confirmed, frozen, counted);
    }

    private static boolean counts(LedgerRow row, LedgerRow reversed, Set<ReleasedMonth> released) {
        return switch (row.type()) {
            case REDEMPTION, RETURN, EXPIRY -> true;
            case REVERSAL -> reversed != null && (reversed.points() < 0 || released.contains(monthOf(reversed)));
            case AWARD, BONUS -> row.points() < 0 || released.contains(monthOf(row));
        };
    }

    /** The month a credit was earned in: a positive award or bonus, or the reversal of one (its month); else null. */
    private static Integer creditMonth(LedgerRow row, LedgerRow reversed) {
        return switch (row.type()) {
            case AWARD, BONUS -> row.points() > 0 ? row.month() : null;
            case REVERSAL -> reversed != null && reversed.points() > 0 ? reversed.month() : null;
            case REDEMPTION, RETURN, EXPIRY -> null;
        };
    }

    private static ReleasedMonth monthOf(LedgerRow row) {
        return new ReleasedMonth(row.villageId(), row.month());
    }

    public int confirmed() {
        return confirmed;
    }

    public int frozen() {
        return frozen;
    }

    /** What the household may spend by the ledger alone (may be negative after a deduction). */
    public int redeemable() {
        return counted.stream().mapToInt(Expiry.Counted::points).sum();
    }

    public List<Expiry.Counted> counted() {
        return counted;
    }

    /**
     * What the household may spend today given the restrictions in force: nothing under a NO_REDEEM
     * restriction, otherwise its redeemable balance (never below zero).
     */
    public int spendable(Set<RestrictionKind> inForce) {
        return inForce.contains(RestrictionKind.NO_REDEEM) ? 0 : Math.max(0, redeemable());
    }
}
