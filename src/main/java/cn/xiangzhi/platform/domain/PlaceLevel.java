package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.security.Role;

/** The administrative levels a tenant's tree holds: county → township/street → village/community. */
public enum PlaceLevel {
    COUNTY(Tier.COUNTY), TOWNSHIP(Tier.TOWNSHIP), STREET(Tier.TOWNSHIP), VILLAGE(Tier.VILLAGE), COMMUNITY(Tier.VILLAGE);

    /** Depth in the tree; a child is exactly one tier below its parent. */
    public enum Tier {
        COUNTY, TOWNSHIP, VILLAGE;

        public Role.ScopeTier scopeTier() {
            return Role.ScopeTier.valueOf(name());
        }
    }

    private final Tier tier;

    PlaceLevel(Tier tier) {
        this.tier = tier;
    }

    public Tier tier() {
        return tier;
    }

    public boolean mayHaveChild(PlaceLevel child) {
        return child.tier.ordinal() == tier.ordinal() + 1;
    }
}
