package cn.xiangzhi.shared.persistence;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * The paging values a list request may give: {@code max} 1 to {@value #MAX} (more is read as
 * {@value #MAX}; 0 would mean "no limit" to JPA), {@code first} 0 or more. Anything else is a
 * 400 naming the parameter.
 */
public final class ListSize {

    public static final int MAX = 500;

    private ListSize() {
    }

    /** How many rows to read: {@code requested} up to {@value #MAX}; below 1 is refused ({@code error.paging.max}). */
    public static int of(int requested) {
        if (requested < 1) {
            throw new DomainException("error.paging.max", requested, MAX);
        }
        return Math.min(requested, MAX);
    }

    /** The first row to read: 0 or more, else refused ({@code error.paging.first}). */
    public static int first(int requested) {
        if (requested < 0) {
            throw new DomainException("error.paging.first", requested);
        }
        return requested;
    }
}
