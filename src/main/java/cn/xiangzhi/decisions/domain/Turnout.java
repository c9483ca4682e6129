package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * Who came to a meeting and how they voted. {@code members} is the body's size on the day (for a
 * villagers' meeting: its adult villagers), {@code present} those who attended; for a villagers'
 * meeting also the village's households and those represented.
 */
public record Turnout(int members, int present, int households, int householdsPresent, int votesFor, int votesAgainst,
                      int abstaining) {

    public Turnout {
        if (members <= 0) {
            throw new DomainException("error.decision.noMembers");
        }
        if (present < 0 || present > members || households < 0 || householdsPresent < 0 || householdsPresent > households) {
            throw new DomainException("error.decision.attendance", present, members);
        }
        if (votesFor < 0 || votesAgainst < 0 || abstaining < 0 || (long) votesFor + votesAgainst + abstaining > present) {
            throw new DomainException("error.decision.votes", present);
        }
    }

    public static Turnout of(int members, int present, int votesFor, int votesAgainst, int abstaining) {
        return new Turnout(members, present, 0, 0, votesFor, votesAgainst, abstaining);
    }
}
