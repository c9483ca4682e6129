package cn.xiangzhi.points.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a ledger line exists: a confirmed catalogue item, the reversal of an earlier line, a ranking
 * bonus — the lines that make a household's score — or points spent at a shop (REDEMPTION,
 * negative) and given back when goods are returned (RETURN, naming the redemption it reverses), and
 * points that expired unspent (EXPIRY, negative; see {@link Expiry}). Spending and expiry change the
 * balance, never the scores, publications, rankings or honours.
 */
public enum LineType {
    AWARD, REVERSAL, BONUS, REDEMPTION, RETURN, EXPIRY;

    /** The lines that count in scores, publications, rankings and honours. */
    public static final Set<LineType> SCORED = EnumSet.of(AWARD, REVERSAL, BONUS);
}
