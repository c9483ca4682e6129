package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * A share such as 2/3 or 1/2, kept as two integers so quorum checks never round: "at least 2/3 of
 * 15 members" is {@code present × 3 ≥ 2 × 15}.
 */
public record Fraction(int numerator, int denominator) {

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    public Fraction {
        if (denominator <= 0 || numerator < 0 || numerator > denominator || denominator > 1000) {
            throw new DomainException("error.decision.fraction", numerator + "/" + denominator);
        }
    }

    /** "2/3" → 2/3; null or blank → null. */
    public static Fraction parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("/");
        try {
            return new Fraction(Integer.parseInt(parts[0].strip()), parts.length == 2 ? Integer.parseInt(parts[1].strip()) : -1);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException("error.decision.fraction", text);
        }
    }

    /** {@code part} is at least this share of {@code whole}. */
    public boolean reachedBy(long part, long whole) {
        return part * denominator >= (long) numerator * whole;
    }

    /** {@code part} is more than this share of {@code whole}. */
    public boolean exceededBy(long part, long whole) {
        return part * denominator > (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
