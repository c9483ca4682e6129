package cn.xiangzhi.shared.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the platform and what each may do. Permissions are Shiro wildcard strings
 * ({@code domain:action}); every role but the operator is scoped to a place of its tenant.
 */
public enum Role {
    PLATFORM_OPERATOR(Set.of("platform:*"), EnumSet.noneOf(ScopeTier.class)),
    TENANT_ADMIN(Set.of("place:view", "place:edit", "user:view", "user:manage", "audit:view", "tenant:settings", "kiosk:manage", "org:view", "org:edit",
            "points:view", "points:catalogue", "points:propose", "points:confirm", "points:reverse", "points:object",
            "points:review", "points:settings", "points:restrict", "points:card", "points:verify", "shop:view", "shop:manage",
            "decision:view", "decision:record", "decision:procedures"),
            EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP)),
    TOWNSHIP_REVIEWER(Set.of("place:view", "org:view", "points:view", "points:review", "points:restrict", "review:*", "shop:view", "decision:view"), EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP)),
    VILLAGE_ADMIN(Set.of("place:view", "org:view", "org:edit", "village:edit",
            "points:view", "points:propose", "points:confirm", "points:reverse", "points:object",
            "points:card", "points:verify", "shop:view", "decision:view", "decision:record"), EnumSet.of(ScopeTier.VILLAGE)),
    GRID_CHIEF(Set.of("place:view", "org:view", "points:view", "points:propose", "points:object"), EnumSet.of(ScopeTier.VILLAGE)),
    SHOP_CLERK(Set.of("shop:counter", "shop:view", "points:verify"), EnumSet.allOf(ScopeTier.class)),
    AUDITOR(Set.of("place:view", "org:view", "user:view", "audit:view", "points:view", "shop:view", "decision:view"), EnumSet.of(ScopeTier.COUNTY, ScopeTier.TOWNSHIP));

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
