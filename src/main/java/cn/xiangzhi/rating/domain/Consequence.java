package cn.xiangzhi.rating.domain;

/**
 * What a star level brings (seed 003, Pandian): five stars a bonus for the two committees, three a
 * talk with a superior, two or one a place on the rectification list of weak branches; four none.
 * The key names the consequence in the message bundles.
 */
public enum Consequence {
    BONUS, NONE, TALK, RECTIFICATION;

    /** The highest level that counts as low for {@link #replaceSecretary}. */
    public static final int LOW = 2;

    /**
     * Whether the branch's secretary is to be replaced (seed 003: two years in a row at two stars or
     * below): {@code stars} of this year's campaign and {@code lastYear} of the previous year's (null:
     * not rated then; 0: rated without votes, which says nothing).
     */
    public static boolean replaceSecretary(int stars, Integer lastYear) {
        return stars >= 1 && stars <= LOW && lastYear != null && lastYear >= 1 && lastYear <= LOW;
    }

    public static Consequence of(int stars) {
        return switch (stars) {
            case 5 -> BONUS;
            case 3 -> TALK;
            case 1, 2 -> RECTIFICATION;
            default -> NONE;
        };
    }
}
