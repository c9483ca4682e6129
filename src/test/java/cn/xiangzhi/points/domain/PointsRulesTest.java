package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.points.domain.PointsRules.Values;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PointsRulesTest {

    private static final Values D = Values.DEFAULTS;

    @Test
    void theDefaultsAreSeed002() {
        assertEquals(Ranking.Rules.SEED_002, D.ranking());
        assertEquals(new BigDecimal("0.50"), D.ownWeight());
        assertEquals(7, D.objectionDays());
        assertEquals(D, D.validated());
    }

    @Test
    void theOwnWeightIsZeroToOneWithAtMostTwoDecimals() {
        assertEquals(new BigDecimal("0.70"), weight("0.7").validated().ownWeight());
        assertEquals(new BigDecimal("0.00"), weight("0").validated().ownWeight());
        assertEquals(new BigDecimal("1.00"), weight("1").validated().ownWeight());
        assertRefused("error.pointsRules.ownWeight", weight("1.01"));
        assertRefused("error.pointsRules.ownWeight", weight("-0.1"));
        assertRefused("error.pointsRules.ownWeight", weight("0.333"));
    }

    @Test
    void tiersRiseStrictlyFromOneToAHundred() {
        assertEquals(new Ranking.Rules(0.2, 0.4, 1.0, 30, 20, 10), tiers(20, 40, 100).validated().ranking());
        assertRefused("error.pointsRules.tiers", tiers(0, 30, 50));
        assertRefused("error.pointsRules.tiers", tiers(30, 30, 50));
        assertRefused("error.pointsRules.tiers", tiers(10, 60, 50));
        assertRefused("error.pointsRules.tiers", tiers(10, 30, 101));
    }

    @Test
    void bonusesAreZeroOrMoreAndObjectionDaysOneToThirty() {
        assertEquals(0, new Values(D.ownWeight(), 10, 30, 50, 0, 0, 0, 1, 0).validated().bronzeBonus());
        assertRefused("error.pointsRules.bonus", new Values(D.ownWeight(), 10, 30, 50, 30, -1, 10, 7, 0));
        assertRefused("error.pointsRules.bonus", new Values(D.ownWeight(), 10, 30, 50, 10_001, 20, 10, 7, 0));
        assertEquals(30, new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 30, 0).validated().objectionDays());
        assertRefused("error.pointsRules.objectionDays", new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 0, 0));
        assertRefused("error.pointsRules.objectionDays", new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 31, 0));
        assertRefused("error.pointsRules.missing", new Values(D.ownWeight(), 10, 30, 50, 30, 20, null, 7, 0));
        assertEquals(0, new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 7, null).validated().expiryMonths(),
                "without expiry months points never expire");
        assertEquals(12, new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 7, 12).validated().expiryMonths());
        assertEquals(120, new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 7, 120).validated().expiryMonths());
        assertRefused("error.pointsRules.expiryMonths", new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 7, -1));
        assertRefused("error.pointsRules.expiryMonths", new Values(D.ownWeight(), 10, 30, 50, 30, 20, 10, 7, 121));
    }

    @Test
    void invalidRulesChangeNothingOfTheStoredOnes() {
        PointsRules rules = new PointsRules(D, "admin", Instant.EPOCH);
        assertThrows(DomainException.class, () -> rules.change(tiers(50, 30, 10), "admin", Instant.EPOCH));
        assertEquals(D, rules.values());
    }

    @Test
    void aRestrictionIsInForceFromItsFirstToItsLastDayUntilTheDayItIsLifted() {
        LocalDate first = LocalDate.of(2026, 11, 1);
        HouseholdRestriction r = new HouseholdRestriction(household(), RestrictionKind.NO_BONUS, "违规建房", first,
                first.plusDays(9), "reviewer", Instant.EPOCH);
        ZoneId utc = ZoneOffset.UTC;
        assertFalse(r.inForceOn(first.minusDays(1), utc));
        assertTrue(r.inForceOn(first, utc));
        assertTrue(r.inForceOn(first.plusDays(9), utc));
        assertFalse(r.inForceOn(first.plusDays(10), utc));
        r.lift("reviewer", "已整改", first.plusDays(3).atStartOfDay(utc).plusHours(9).toInstant());
        assertTrue(r.inForceOn(first.plusDays(2), utc), "before the day it was lifted it was in force");
        assertFalse(r.inForceOn(first.plusDays(3), utc));
        DomainException again = assertThrows(DomainException.class, () -> r.lift("reviewer", "再次", Instant.EPOCH));
        assertEquals("error.restriction.lifted", again.key());
    }

    @Test
    void aRestrictionNeedsAKindAReasonAndAnOrderedPeriod() {
        LocalDate day = LocalDate.of(2026, 11, 1);
        assertEquals("error.restriction.kind", assertThrows(DomainException.class, () -> new HouseholdRestriction(household(),
                null, "x", day, null, "a", Instant.EPOCH)).key());
        assertEquals("error.restriction.reason", assertThrows(DomainException.class, () -> new HouseholdRestriction(household(),
                RestrictionKind.NO_REDEEM, " ", day, null, "a", Instant.EPOCH)).key());
        assertEquals("error.restriction.period", assertThrows(DomainException.class, () -> new HouseholdRestriction(household(),
                RestrictionKind.NO_REDEEM, "x", day, day.minusDays(1), "a", Instant.EPOCH)).key());
    }

    /** The period rules do not look at the household. */
    private static Household household() {
        return null;
    }

    private static Values weight(String w) {
        return new Values(new BigDecimal(w), 10, 30, 50, 30, 20, 10, 7, 0);
    }

    private static Values tiers(int gold, int silver, int bronze) {
        return new Values(D.ownWeight(), gold, silver, bronze, 30, 20, 10, 7, 0);
    }

    private static void assertRefused(String key, Values values) {
        assertEquals(key, assertThrows(DomainException.class, values::validated).key());
    }
}
