package cn.xiangzhi.rating;

import cn.xiangzhi.rating.domain.Answers;
import cn.xiangzhi.rating.domain.ConsequenceRule;
import cn.xiangzhi.rating.domain.RaterGroup;
import cn.xiangzhi.rating.domain.RaterKeys;
import cn.xiangzhi.rating.domain.Standing;
import cn.xiangzhi.rating.domain.StarScale;
import cn.xiangzhi.rating.domain.Weights;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of star rating: weights, stars, bottom lines, answers, rater keys. */
class RatingRulesTest {

    private static Map<RaterGroup, Double> averages(Double self, Double peer, Double pub, Double superior) {
        Map<RaterGroup, Double> map = new EnumMap<>(RaterGroup.class);
        map.put(RaterGroup.SELF, self);
        map.put(RaterGroup.PEER, peer);
        map.put(RaterGroup.PUBLIC, pub);
        map.put(RaterGroup.SUPERIOR, superior);
        return map;
    }

    @Test
    void pandiansWeightsCountThePublicTwiceAsMuchAsEachOtherGroup() {
        // 0.2*100 + 0.2*100 + 0.4*50 + 0.2*100 = 80
        assertEquals(80.0, Weights.PANDIAN.score(averages(100.0, 100.0, 50.0, 100.0)));
        // 0.2*60 + 0.2*70 + 0.4*90 + 0.2*80 = 12 + 14 + 36 + 16 = 78
        assertEquals(78.0, Weights.PANDIAN.score(averages(60.0, 70.0, 90.0, 80.0)));
    }

    @Test
    void aGroupNobodyOfWhichVotedGivesItsShareToTheOthersInProportion() {
        // only self (20) and the public (40) voted: (20*90 + 40*60) / 60 = 70
        assertEquals(70.0, Weights.PANDIAN.score(averages(90.0, null, 60.0, null)));
        assertNull(Weights.PANDIAN.score(averages(null, null, null, null)), "no votes, no score");
    }

    @Test
    void aTenantsOwnWeightsAreUsedAndAGroupWeightedZeroDoesNotCount() {
        Weights publicOnly = new Weights(0, 0, 100, 0);
        assertEquals(55.0, publicOnly.score(averages(100.0, 100.0, 55.0, 100.0)));
        assertNull(publicOnly.score(averages(100.0, null, null, null)), "only a zero-weighted group voted");
    }

    @Test
    void weightsMustBeWholePercentsAddingUpToAHundred() {
        assertEquals("error.rating.weights", assertThrows(DomainException.class, () -> new Weights(20, 20, 40, 10)).key());
        assertThrows(DomainException.class, () -> new Weights(-10, 30, 60, 20));
    }

    @Test
    void starsFollowTheTenantsThresholds() {
        StarScale scale = StarScale.DEFAULT;
        assertEquals(5, scale.stars(90));
        assertEquals(4, scale.stars(89.99));
        assertEquals(3, scale.stars(70));
        assertEquals(2, scale.stars(60));
        assertEquals(1, scale.stars(59.99));
        assertEquals(5, new StarScale(85, 75, 65, 55).stars(86));
        assertThrows(DomainException.class, () -> new StarScale(80, 90, 70, 60), "thresholds must fall");
    }

    @Test
    void aSubjectThatBrokeABottomLineGetsAtMostFourStarsAndTheReasonIsKept() {
        Standing capped = Standing.of(96.0, StarScale.DEFAULT, "未按规定开展组织生活");
        assertEquals(4, capped.stars());
        assertTrue(capped.capped());
        assertEquals("未按规定开展组织生活", capped.bottomLine());

        Standing lower = Standing.of(72.0, StarScale.DEFAULT, "未按规定开展组织生活");
        assertEquals(3, lower.stars(), "a bottom line caps, it does not lower");
        assertFalse(lower.capped());

        Standing clean = Standing.of(96.0, StarScale.DEFAULT, null);
        assertEquals(5, clean.stars());
        assertEquals(0, Standing.of(null, StarScale.DEFAULT, null).stars(), "no votes, no stars");
    }

    private static List<String> seed(int stars, Integer lastYear) {
        return ConsequenceRule.applying(ConsequenceRule.DEFAULTS, stars, lastYear);
    }

    @Test
    void theSeedsConsequencesFollowTheStars() {
        assertEquals(List.of("星级奖（两委成员绩效奖励）"), seed(5, null));
        assertEquals(List.of(), seed(4, null), "four stars bring nothing");
        assertEquals(List.of("上级约谈提醒"), seed(3, null));
        assertEquals(List.of("纳入软弱涣散整顿"), seed(2, null));
        assertEquals(List.of("纳入软弱涣散整顿"), seed(1, null));
        assertEquals(List.of(), seed(0, 1), "no votes this year bring nothing");
    }

    @Test
    void twoYearsInARowAtTwoStarsOrBelowReplaceTheSecretary() {
        assertEquals(List.of("纳入软弱涣散整顿", "调整村党组织书记"), seed(2, 2));
        assertEquals(List.of("纳入软弱涣散整顿", "调整村党组织书记"), seed(1, 2));
        assertEquals(List.of("上级约谈提醒"), seed(3, 1), "not low this year");
        assertEquals(List.of("纳入软弱涣散整顿"), seed(2, 3), "not low last year");
        assertEquals(List.of("纳入软弱涣散整顿"), seed(2, null), "not rated last year");
        assertEquals(List.of("纳入软弱涣散整顿"), seed(2, 0), "rated without votes last year says nothing");
    }

    @Test
    void aRiseSinceLastYearBringsItsRule() {
        assertEquals(List.of("星级奖（两委成员绩效奖励）", "晋位奖"), seed(5, 4));
        assertEquals(List.of("晋位奖"), seed(4, 3));
        assertEquals(List.of(), seed(4, 4), "the same stars are no rise");
        assertEquals(List.of("上级约谈提醒"), seed(3, 1), "seed 003's rise is to four or five stars");
        assertEquals(List.of(), seed(4, null), "no rise without last year");
        assertEquals(List.of(), seed(4, 0), "nor from a year without votes");
    }

    @Test
    void aTenantsOwnRuleAppliesToItsStarsAndYears() {
        ConsequenceRule fourOrMore = new ConsequenceRule("  通报表扬 ", 4, 5, 1, false);
        assertEquals("通报表扬", fourOrMore.getName());
        assertTrue(fourOrMore.appliesTo(4, null) && fourOrMore.appliesTo(5, 1));
        assertFalse(fourOrMore.appliesTo(3, 5));
        ConsequenceRule threeTwice = new ConsequenceRule("连续两年三星", 3, 3, 2, false);
        assertTrue(threeTwice.appliesTo(3, 3));
        assertFalse(threeTwice.appliesTo(3, 2));
        assertFalse(threeTwice.appliesTo(3, null));
    }

    @Test
    void aRuleRefusesWhatCannotApply() {
        assertEquals("error.rating.consequenceName", assertThrows(DomainException.class, () -> new ConsequenceRule(" ", 1, 2, 1, false)).key());
        assertEquals("error.rating.consequenceName", assertThrows(DomainException.class,
                () -> new ConsequenceRule("长".repeat(121), 1, 2, 1, false)).key());
        assertEquals("error.rating.consequenceStars", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 3, 2, 1, false)).key());
        assertEquals("error.rating.consequenceStars", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 0, 2, 1, false)).key());
        assertEquals("error.rating.consequenceStars", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 1, 6, 1, false)).key());
        assertEquals("error.rating.consequenceStars", assertThrows(DomainException.class, () -> new ConsequenceRule("x", null, 2, 1, false)).key());
        assertEquals("error.rating.consequenceYears", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 1, 2, 3, false)).key());
        assertEquals("error.rating.consequenceYears", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 1, 2, 0, false)).key());
        assertEquals("error.rating.consequenceYears", assertThrows(DomainException.class, () -> new ConsequenceRule("x", 1, 5, 2, true)).key(),
                "a rise is measured against one year");
    }

    @Test
    void aBallotsScoreIsTheMeanAnswerAsAShareOfTheScale() {
        assertEquals(80.0, Answers.parse(List.of("5", "3", "4"), 3, 5).score());
        assertEquals(100.0, Answers.parse(List.of("5"), 1, 5).score());
        assertEquals("5,3,4", Answers.parse(List.of("5", "3", "4"), 3, 5).stored());
        assertEquals("error.rating.answerAll", assertThrows(DomainException.class, () -> Answers.parse(List.of("5"), 3, 5)).key());
        assertEquals("error.rating.answer", assertThrows(DomainException.class, () -> Answers.parse(List.of("6"), 1, 5)).key());
        assertThrows(DomainException.class, () -> Answers.parse(List.of("x"), 1, 5));
    }

    @Test
    void raterKeysTellRatersApartWithoutNamingThemAndDifferPerCampaign() {
        String secret = "a".repeat(64);
        assertEquals(RaterKeys.household(secret, 7), RaterKeys.household(secret, 7));
        assertNotEquals(RaterKeys.household(secret, 7), RaterKeys.household(secret, 8));
        assertNotEquals(RaterKeys.household(secret, 7), RaterKeys.member(secret, 7), "a household and a member are different raters");
        assertNotEquals(RaterKeys.household(secret, 7), RaterKeys.household("b".repeat(64), 7));
        assertEquals(64, RaterKeys.household(secret, 7).length());
    }

    @Test
    void aHouseholdsPrintedTokenIsCheckedWithoutATableAndIgnoresCaseAndSpaces() {
        String secret = "c".repeat(64);
        String token = RaterKeys.token(secret, 42);
        assertEquals(RaterKeys.TOKEN_LENGTH, token.length());
        assertTrue(token.matches("[2-9A-HJ-NP-Z]+"), token);
        assertTrue(RaterKeys.tokenMatches(secret, 42, token.toLowerCase().substring(0, 4) + " " + token.substring(4)));
        assertFalse(RaterKeys.tokenMatches(secret, 43, token));
        assertFalse(RaterKeys.tokenMatches(secret, 42, null));
    }
}
