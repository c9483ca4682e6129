package cn.xiangzhi.liaison.domain;

/**
 * What a liaison is: one of the 两长 (a lane chief 巷长 or a household liaison 联户长, each looking
 * after at most {@link LiaisonRules.Values#maxHouseholds()} households), or one of 初心三人行 — a
 * branch committee member, who links party members rather than households, and a party member, who
 * looks after {@link LiaisonRules.Values#memberMin()}–{@link LiaisonRules.Values#memberMax()} households.
 */
public enum LiaisonKind {
    LANE_CHIEF, HOUSEHOLD_LIAISON, COMMITTEE_MEMBER, PARTY_MEMBER;

    /** The most households a liaison of this kind may look after under {@code rules} (0: none, a committee member). */
    public int maxHouseholds(LiaisonRules.Values rules) {
        return switch (this) {
            case LANE_CHIEF, HOUSEHOLD_LIAISON -> rules.maxHouseholds();
            case PARTY_MEMBER -> rules.memberMax();
            case COMMITTEE_MEMBER -> 0;
        };
    }

    /** The fewest households a liaison of this kind should look after (below it the list flags them). */
    public int minHouseholds(LiaisonRules.Values rules) {
        return this == PARTY_MEMBER ? rules.memberMin() : 0;
    }
}
