package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * When a meeting may decide and when a motion passes. Attendance: at least (or, {@code strict},
 * more than) {@code attendance} of the body's members — or, where {@code households} is set (a
 * villagers' meeting), representatives of at least that share of the village's households.
 * Passing: more than {@code pass} of those present vote in favour.
 */
public record QuorumRule(Fraction attendance, boolean strict, Fraction households, Fraction pass) {

    public QuorumRule {
        if (attendance == null || pass == null) {
            throw new DomainException("error.decision.fraction", "");
        }
    }

    public boolean hasQuorum(Turnout t) {
        boolean members = strict ? attendance.exceededBy(t.present(), t.members()) : attendance.reachedBy(t.present(), t.members());
        return members || (households != null && t.households() > 0 && households.reachedBy(t.householdsPresent(), t.households()));
    }

    public Outcome judge(Turnout t) {
        if (!hasQuorum(t)) {
            return Outcome.NO_QUORUM;
        }
        return pass.exceededBy(t.votesFor(), t.present()) ? Outcome.PASSED : Outcome.VOTED_DOWN;
    }

    /** As people read it: "≥2/3 present, >1/2 of present in favour". */
    public String describe() {
        return (strict ? ">" : "≥") + attendance + (households == null ? "" : " | ≥" + households + " households")
                + " ; >" + pass;
    }
}
