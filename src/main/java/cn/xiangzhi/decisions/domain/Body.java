package cn.xiangzhi.decisions.domain;

/**
 * Who meets at a step: the branch committee (支部委员会), the two committees (村“两委”: branch and
 * villagers' committee together), the party members' meeting (党员大会), the villagers'
 * representatives' meeting (村民代表会议) or the villagers' meeting (村民会议).
 */
public enum Body {
    BRANCH_COMMITTEE, TWO_COMMITTEES, PARTY_MEMBERS, REPRESENTATIVES, VILLAGERS;

    /** The default quorum rule of a meeting of this body (村民委员会组织法 §22, §26 for the last two). */
    public QuorumRule defaultRule() {
        return switch (this) {
            case REPRESENTATIVES -> new QuorumRule(Fraction.TWO_THIRDS, false, null, Fraction.HALF);
            case VILLAGERS -> new QuorumRule(Fraction.HALF, true, Fraction.TWO_THIRDS, Fraction.HALF);
            default -> new QuorumRule(Fraction.HALF, true, null, Fraction.HALF);
        };
    }
}
