package cn.xiangzhi.shared.security;

import java.util.EnumSet;
import java.util.Set;

import static cn.xiangzhi.shared.security.Permission.*;

/**
 * The roles of the platform and what each may do ({@link Permission}); every role but the operator
 * is scoped to a place of its tenant.
 */
public enum Role {
    PLATFORM_OPERATOR(Set.of(PLATFORM_ALL), EnumSet.noneOf(ScopeTier.class)),
    TENANT_ADMIN(Set.of(PLACE_VIEW, PLACE_EDIT, USER_VIEW, USER_MANAGE, AUDIT_VIEW, TENANT_SETTINGS, KIOSK_MANAGE, ORG_VIEW, ORG_EDIT,
            POINTS_VIEW, POINTS_CATALOGUE, POINTS_PROPOSE, POINTS_CONFIRM, POINTS_REVERSE, POINTS_OBJECT,
            POINTS_REVIEW, POINTS_SETTINGS, POINTS_RESTRICT, POINTS_CARD, POINTS_VERIFY, SHOP_VIEW, SHOP_MANAGE,
            DECISION_VIEW, DECISION_RECORD, DECISION_PROCEDURES, NOTICE_PUBLISH, DEVICE_VIEW, DEVICE_MANAGE, ORGLIFE_VIEW, ORGLIFE_RECORD, ORGLIFE_REVIEW,
            SEAL_VIEW, SEAL_APPLY, SEAL_APPROVE, SEAL_MANAGE, RATING_VIEW, RATING_MANAGE, RATING_VOTE,
            LIAISON_VIEW, LIAISON_RECORD, LIAISON_MANAGE),
            EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP)),
    TOWNSHIP_REVIEWER(Set.of(PLACE_VIEW, ORG_VIEW, POINTS_VIEW, POINTS_REVIEW, POINTS_RESTRICT, SHOP_VIEW, DECISION_VIEW, DEVICE_VIEW, ORGLIFE_VIEW, ORGLIFE_REVIEW, SEAL_VIEW, SEAL_APPROVE, RATING_VIEW, RATING_VOTE, LIAISON_VIEW), EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP)),
    VILLAGE_ADMIN(Set.of(PLACE_VIEW, ORG_VIEW, ORG_EDIT,
            POINTS_VIEW, POINTS_PROPOSE, POINTS_CONFIRM, POINTS_REVERSE, POINTS_OBJECT,
            POINTS_CARD, POINTS_VERIFY, SHOP_VIEW, DECISION_VIEW, DECISION_RECORD, NOTICE_PUBLISH, DEVICE_VIEW, ORGLIFE_VIEW, ORGLIFE_RECORD, SEAL_VIEW, SEAL_APPLY, RATING_VIEW,
            LIAISON_VIEW, LIAISON_RECORD, LIAISON_MANAGE), EnumSet.of(ScopeTier.VILLAGE)),
    GRID_CHIEF(Set.of(PLACE_VIEW, ORG_VIEW, POINTS_VIEW, POINTS_PROPOSE, POINTS_OBJECT, LIAISON_VIEW, LIAISON_RECORD), EnumSet.of(ScopeTier.VILLAGE)),
    SHOP_CLERK(Set.of(SHOP_COUNTER, SHOP_VIEW, POINTS_VERIFY), EnumSet.allOf(ScopeTier.class)),
    AUDITOR(Set.of(PLACE_VIEW, ORG_VIEW, USER_VIEW, AUDIT_VIEW, POINTS_VIEW, SHOP_VIEW, DECISION_VIEW, DEVICE_VIEW, ORGLIFE_VIEW, SEAL_VIEW, RATING_VIEW, LIAISON_VIEW), EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP));

    /** The tiers of place a role may be scoped to. */
    public enum ScopeTier { COUNTY, TOWNSHIP, VILLAGE }

    private final Set<String> permissions;
    private final Set<ScopeTier> scopeTiers;

    Role(Set<String> permissions, Set<ScopeTier> scopeTiers) {
        this.permissions = permissions;
        this.scopeTiers = scopeTiers;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean mayBeScopedTo(ScopeTier tier) {
        return scopeTiers.contains(tier);
    }

    /** Roles a tenant admin may give to users of the tenant. */
    public static Set<Role> tenantRoles() {
        return EnumSet.complementOf(EnumSet.of(PLATFORM_OPERATOR));
    }
}
