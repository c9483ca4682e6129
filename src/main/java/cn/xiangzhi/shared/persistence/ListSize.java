package cn.xiangzhi.shared.persistence;

/** How many rows a list request may ask for: 1 to 500 (0 would mean "no limit" to JPA, a negative a failure). */
public final class ListSize {

    public static final int MAX = 500;

    private ListSize() {
    }

    public static int of(int requested) {
        return Math.max(1, Math.min(requested, MAX));
    }
}
