package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * The limits of who may look after whom, checked before an assignment is stored (the caller holds
 * the liaison's row lock, so two concurrent assignments count each other).
 */
public final class Assignments {

    private Assignments() {
    }

    /**
     * Refuses a household for a liaison who already looks after {@code current}: a committee member
     * looks after none (409 {@code error.liaison.committeeHouseholds}), the others at most their
     * kind's limit (409 {@code error.liaison.full} naming the limit).
     */
    public static void checkHousehold(LiaisonKind kind, int current, LiaisonRules.Values rules) {
        int max = kind.maxHouseholds(rules);
        if (max == 0) {
            throw DomainException.conflict("error.liaison.committeeHouseholds");
        }
        if (current >= max) {
            throw DomainException.conflict("error.liaison.full", max);
        }
    }

    /**
     * Refuses a party member for a mentor who already links {@code current}: the mentor must be a
     * committee member of the same village (400 {@code error.liaison.mentor}), with fewer than the
     * tenant's limit of party members (409 {@code error.liaison.mentorFull} naming it).
     */
    public static void checkMentee(LiaisonKind menteeKind, LiaisonKind mentorKind, boolean sameVillage, int current,
                                   LiaisonRules.Values rules) {
        if (menteeKind != LiaisonKind.PARTY_MEMBER || mentorKind != LiaisonKind.COMMITTEE_MEMBER || !sameVillage) {
            throw new DomainException("error.liaison.mentor");
        }
        if (current >= rules.committeeMax()) {
            throw DomainException.conflict("error.liaison.mentorFull", rules.committeeMax());
        }
    }
}
