package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuorumRuleTest {

    private final QuorumRule representatives = Body.REPRESENTATIVES.defaultRule();
    private final QuorumRule villagers = Body.VILLAGERS.defaultRule();

    @Test
    void aRepresentativesMeetingOfFifteenNeedsTenPresentNotNine() {
        assertTrue(representatives.hasQuorum(Turnout.of(15, 10, 10, 0, 0)));
        assertFalse(representatives.hasQuorum(Turnout.of(15, 9, 9, 0, 0)));
        assertEquals(Outcome.NO_QUORUM, representatives.judge(Turnout.of(15, 9, 9, 0, 0)));
    }

    @Test
    void twoThirdsOfAMemberCountNotDivisibleByThreeRoundsUp() {
        // 2/3 of 16 is 10.67: 11 present are enough, 10 are not
        assertTrue(representatives.hasQuorum(Turnout.of(16, 11, 0, 0, 0)));
        assertFalse(representatives.hasQuorum(Turnout.of(16, 10, 0, 0, 0)));
    }

    @Test
    void moreThanHalfOfThosePresentMustBeInFavourSixOfTenPassesFiveDoesNot() {
        assertEquals(Outcome.PASSED, representatives.judge(Turnout.of(15, 10, 6, 4, 0)));
        assertEquals(Outcome.VOTED_DOWN, representatives.judge(Turnout.of(15, 10, 5, 5, 0)));
        assertEquals(Outcome.VOTED_DOWN, representatives.judge(Turnout.of(15, 10, 5, 0, 5)), "abstentions count as present, not in favour");
        assertEquals(Outcome.PASSED, representatives.judge(Turnout.of(15, 11, 6, 0, 0)), "6 of 11 is more than half");
    }

    @Test
    void aVillagersMeetingNeedsMoreThanHalfOfAdultsOrRepresentativesOfTwoThirdsOfHouseholds() {
        // 400 adults: 201 present is more than half, 200 is not
        assertTrue(villagers.hasQuorum(new Turnout(400, 201, 150, 0, 150, 0, 0)));
        assertFalse(villagers.hasQuorum(new Turnout(400, 200, 150, 99, 150, 0, 0)));
        // …unless 100 of 150 households (two thirds) are represented
        assertTrue(villagers.hasQuorum(new Turnout(400, 200, 150, 100, 150, 0, 0)));
        assertEquals(Outcome.PASSED, villagers.judge(new Turnout(400, 200, 150, 100, 101, 99, 0)));
        assertEquals(Outcome.VOTED_DOWN, villagers.judge(new Turnout(400, 200, 150, 100, 100, 100, 0)));
    }

    @Test
    void committeesAndPartyMeetingsNeedMoreThanHalfPresentByDefault() {
        QuorumRule party = Body.PARTY_MEMBERS.defaultRule();
        assertTrue(party.hasQuorum(Turnout.of(30, 16, 0, 0, 0)));
        assertFalse(party.hasQuorum(Turnout.of(30, 15, 0, 0, 0)));
    }

    @Test
    void impossibleTurnoutsAreRefused() {
        assertThrows(DomainException.class, () -> Turnout.of(0, 0, 0, 0, 0));
        assertThrows(DomainException.class, () -> Turnout.of(10, 11, 0, 0, 0));
        assertThrows(DomainException.class, () -> Turnout.of(10, 8, 5, 3, 1));
        assertThrows(DomainException.class, () -> new Turnout(10, 5, 4, 5, 0, 0, 0));
    }

    @Test
    void fractionsAreParsedAndCheckedWithoutRounding() {
        Fraction threeFifths = Fraction.parse("3/5");
        assertEquals(new Fraction(3, 5), threeFifths);
        assertTrue(threeFifths.reachedBy(6, 10));
        assertFalse(threeFifths.exceededBy(6, 10));
        assertThrows(DomainException.class, () -> Fraction.parse("4/3"));
        assertThrows(DomainException.class, () -> Fraction.parse("2/0"));
        assertThrows(DomainException.class, () -> Fraction.parse("two thirds"));
    }
}
