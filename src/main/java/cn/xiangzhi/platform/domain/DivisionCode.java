package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * A 12-digit statistical administrative division code (GB/T 2260 six digits for province, city
 * and county; three for township; three for village). A county's code ends in 000000, a
 * township's in 000, a village's does not; a place's code starts with its parent's prefix.
 */
public record DivisionCode(String value) {

    public DivisionCode {
        if (value == null || !value.matches("\\d{12}")) {
            throw new DomainException("error.division.format", value);
        }
        if (value.startsWith("000000")) {
            throw new DomainException("error.division.format", value);
        }
    }

    /** Accepts a six-digit county code as shorthand for its 12-digit form. */
    public static DivisionCode parse(String raw) {
        String trimmed = raw == null ? null : raw.strip();
        if (trimmed != null && trimmed.matches("\\d{6}")) {
            trimmed = trimmed + "000000";
        }
        return new DivisionCode(trimmed);
    }

    public PlaceLevel.Tier tier() {
        if (value.endsWith("000000")) {
            return PlaceLevel.Tier.COUNTY;
        }
        return value.endsWith("000") ? PlaceLevel.Tier.TOWNSHIP : PlaceLevel.Tier.VILLAGE;
    }

    public boolean fitsLevel(PlaceLevel level) {
        return tier() == level.tier();
    }

    /** Whether this code lies inside {@code parent}'s area. */
    public boolean isWithin(DivisionCode parent) {
        return switch (parent.tier()) {
            case COUNTY -> value.startsWith(parent.value.substring(0, 6)) && !value.equals(parent.value);
            case TOWNSHIP -> value.startsWith(parent.value.substring(0, 9)) && !value.equals(parent.value);
            case VILLAGE -> false;
        };
    }
}
