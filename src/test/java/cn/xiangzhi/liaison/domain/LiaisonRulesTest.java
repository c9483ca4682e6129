package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The limits of who looks after whom, the deadlines per kind, and the household's confirmation. */
class LiaisonRulesTest {

    private static final LiaisonRules.Values RULES = LiaisonRules.Values.DEFAULTS;

    @Test
    void aLaneChiefTakesTwentyHouseholdsAndTheTwentyFirstIsRefusedNamingTheLimit() {
        Assignments.checkHousehold(LiaisonKind.LANE_CHIEF, 19, RULES);
        DomainException full = assertThrows(DomainException.class, () -> Assignments.checkHousehold(LiaisonKind.LANE_CHIEF, 20, RULES));
        assertEquals("error.liaison.full", full.key());
        assertEquals(20, full.args()[0]);
        assertTrue(full.isConflict());
    }

    @Test
    void aPartyMemberTakesFifteenAndIsBelowMinimumUnderFiveWhileACommitteeMemberTakesNoHousehold() {
        Assignments.checkHousehold(LiaisonKind.PARTY_MEMBER, 14, RULES);
        assertEquals(15, assertThrows(DomainException.class,
                () -> Assignments.checkHousehold(LiaisonKind.PARTY_MEMBER, 15, RULES)).args()[0]);
        assertEquals(5, LiaisonKind.PARTY_MEMBER.minHouseholds(RULES));
        assertEquals(0, LiaisonKind.LANE_CHIEF.minHouseholds(RULES));
        assertEquals("error.liaison.committeeHouseholds", assertThrows(DomainException.class,
                () -> Assignments.checkHousehold(LiaisonKind.COMMITTEE_MEMBER, 0, RULES)).key());
    }

    @Test
    void aCommitteeMemberOfTheSameVillageLinksFivePartyMembers() {
        Assignments.checkMentee(LiaisonKind.PARTY_MEMBER, LiaisonKind.COMMITTEE_MEMBER, true, 4, RULES);
        assertEquals("error.liaison.mentorFull", assertThrows(DomainException.class,
                () -> Assignments.checkMentee(LiaisonKind.PARTY_MEMBER, LiaisonKind.COMMITTEE_MEMBER, true, 5, RULES)).key());
        assertEquals("error.liaison.mentor", assertThrows(DomainException.class,
                () -> Assignments.checkMentee(LiaisonKind.PARTY_MEMBER, LiaisonKind.COMMITTEE_MEMBER, false, 0, RULES)).key());
        assertEquals("error.liaison.mentor", assertThrows(DomainException.class,
                () -> Assignments.checkMentee(LiaisonKind.LANE_CHIEF, LiaisonKind.COMMITTEE_MEMBER, true, 0, RULES)).key());
        assertEquals("error.liaison.mentor", assertThrows(DomainException.class,
                () -> Assignments.checkMentee(LiaisonKind.PARTY_MEMBER, LiaisonKind.LANE_CHIEF, true, 0, RULES)).key());
    }

    @Test
    void aTenantsOwnLimitReplacesTwenty() {
        LiaisonRules.Values ten = new LiaisonRules.Values(10, 5, 15, 5, 7, 5, 10, 15).validated();
        assertEquals(10, assertThrows(DomainException.class, () -> Assignments.checkHousehold(LiaisonKind.HOUSEHOLD_LIAISON, 10, ten))
                .args()[0]);
    }

    @Test
    void eachKindOfRequestHasItsDays() {
        assertEquals(7, RULES.days(RequestKind.NEED));
        assertEquals(5, RULES.days(RequestKind.COMPLAINT));
        assertEquals(10, RULES.days(RequestKind.DISPUTE));
        assertEquals(15, RULES.days(RequestKind.SUGGESTION));
    }

    @Test
    void invalidRulesAreRefusedNamingTheRule() {
        DomainException zero = assertThrows(DomainException.class, () -> new LiaisonRules.Values(0, 5, 15, 5, 7, 5, 10, 15).validated());
        assertEquals("error.liaisonRules.range", zero.key());
        assertEquals("maxHouseholds", zero.args()[0]);
        assertEquals("slaDispute", assertThrows(DomainException.class,
                () -> new LiaisonRules.Values(20, 5, 15, 5, 7, 5, 400, 15).validated()).args()[0]);
        assertEquals("slaNeed", assertThrows(DomainException.class,
                () -> new LiaisonRules.Values(20, 5, 15, 5, null, 5, 10, 15).validated()).args()[0]);
        assertEquals("error.liaisonRules.memberRange", assertThrows(DomainException.class,
                () -> new LiaisonRules.Values(20, 16, 15, 5, 7, 5, 10, 15).validated()).key());
    }

    @Test
    void theConfirmationIsExactlyTheLastFourDigitsOfThePhoneOnRecord() {
        assertTrue(LiaisonVisit.confirms("13812345678", "5678"));
        assertTrue(LiaisonVisit.confirms("13812345678", " 5678 "));
        assertFalse(LiaisonVisit.confirms("13812345678", "678"));
        assertFalse(LiaisonVisit.confirms("13812345678", "45678"));
        assertFalse(LiaisonVisit.confirms("13812345678", "1234"));
        assertFalse(LiaisonVisit.confirms("13812345678", "56a8"));
        assertFalse(LiaisonVisit.confirms(null, "5678"), "no phone on record confirms nothing");
        assertFalse(LiaisonVisit.confirms("13812345678", null));
    }

    @Test
    void aVisitIsNotInTheFutureNorBeyondTwoMonthsBack() {
        LocalDate today = LocalDate.of(2026, 12, 15);
        assertEquals("error.visit.visitedOn", assertThrows(DomainException.class,
                () -> new LiaisonVisit(null, null, today.plusDays(1), "谈了", null, today, "u", null)).key());
        assertEquals("error.visit.visitedOn", assertThrows(DomainException.class,
                () -> new LiaisonVisit(null, null, today.minusDays(LiaisonVisit.MAX_DAYS_BACK + 1), "谈了", null, today, "u", null)).key());
    }
}
