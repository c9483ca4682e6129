package cn.xiangzhi.rating.domain;

/**
 * Where a subject stands: its weighted score, its stars and, when it broke a bottom line, the rule
 * that kept it from five stars. {@code stars} is 0 while nobody voted.
 */
public record Standing(Double score, int stars, boolean capped, String bottomLine) {

    /** The highest level a subject that broke a bottom line can get (seed 003: 9 rules forbid five stars). */
    public static final int CAP = 4;

    /**
     * The standing of a {@code score} (null: no votes) on {@code scale}; a subject that broke
     * {@code bottomLine} (null: none) gets at most {@link #CAP} stars whatever its score, and the
     * rule is named as the reason.
     */
    public static Standing of(Double score, StarScale scale, String bottomLine) {
        if (score == null) {
            return new Standing(null, 0, false, bottomLine);
        }
        int stars = scale.stars(score);
        boolean capped = bottomLine != null && stars > CAP;
        return new Standing(score, capped ? CAP : stars, capped, bottomLine);
    }
}
