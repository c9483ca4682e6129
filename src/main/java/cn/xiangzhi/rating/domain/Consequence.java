package cn.xiangzhi.rating.domain;

/**
 * What a star level brings (seed 003, Pandian): five stars a bonus for the two committees, three a
 * talk with a superior, two or one a place on the rectification list of weak branches; four none.
 * The key names the consequence in the message bundles.
 */
public enum Consequence {
    BONUS, NONE, TALK, RECTIFICATION;

    public static Consequence of(int stars) {
        return switch (stars) {
            case 5 -> BONUS;
            case 3 -> TALK;
            case 1, 2 -> RECTIFICATION;
            default -> NONE;
        };
    }
}
