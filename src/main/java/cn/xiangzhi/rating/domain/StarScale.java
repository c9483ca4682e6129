package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * The lowest weighted score (0–100) for five, four, three and two stars, tenant data; below the
 * two-star line a subject has one star.
 */
public record StarScale(int five, int four, int three, int two) {

    public static final StarScale DEFAULT = new StarScale(90, 80, 70, 60);

    public StarScale {
        if (five > 100 || !(five > four && four > three && three > two) || two < 0) {
            throw new DomainException("error.rating.thresholds", five, four, three, two);
        }
    }

    /** The stars of {@code score}, 1–5. */
    public int stars(double score) {
        return score >= five ? 5 : score >= four ? 4 : score >= three ? 3 : score >= two ? 2 : 1;
    }
}
