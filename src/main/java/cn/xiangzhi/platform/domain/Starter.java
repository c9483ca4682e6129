package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.util.List;

/**
 * A starter configuration from {@code tenants/}: the places a new tenant begins with (its grids,
 * points catalogue and power list are added by their contexts, {@code StarterApplied}). Place codes
 * are relative to the tenant's root, so one starter fits any county (or township) of its kind.
 */
public record Starter(String code, String name, TenantKind kind, String theme, String source, List<Place> places) {

    /** One place of the starter: its level, name and the digits below the root's code. */
    public record Place(PlaceLevel level, String name, String code) {
    }

    /** The full 12-digit code of {@code place} under the tenant root {@code root}. */
    public DivisionCode divisionCodeOf(Place place, DivisionCode root) {
        String prefix = kind == TenantKind.COUNTY ? root.value().substring(0, 6) : root.value().substring(0, 9);
        String digits = place.code();
        int expected = switch (place.level().tier()) {
            case TOWNSHIP -> kind == TenantKind.COUNTY ? 3 : -1;
            case VILLAGE -> kind == TenantKind.COUNTY ? 6 : 3;
            case COUNTY -> -1;
        };
        if (expected < 0 || digits == null || !digits.matches("\\d{" + expected + "}")) {
            throw new DomainException("error.starter.code", code, place.name(), digits);
        }
        String full = prefix + digits;
        return new DivisionCode(full + "0".repeat(12 - full.length()));
    }
}
