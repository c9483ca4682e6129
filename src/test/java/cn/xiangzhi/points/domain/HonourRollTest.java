package cn.xiangzhi.points.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HonourRollTest {

    private static HonourRoll.Candidate h(long id, int score) {
        return new HonourRoll.Candidate(id, String.format("H%03d", id), score);
    }

    @Test
    void theTopPlacesAreHonouredHighestFirstWithSharedRanks() {
        List<HonourRoll.Place> roll = HonourRoll.select(List.of(h(1, 10), h(2, 30), h(3, 20), h(4, 20), h(5, 5)), 3, Set.of(), HonourRoll.Ties.ALL);
        assertEquals(List.of("H002", "H003", "H004"), roll.stream().map(HonourRoll.Place::code).toList());
        assertEquals(List.of(1, 2, 2), roll.stream().map(HonourRoll.Place::rank).toList());
    }

    @Test
    void aTieAcrossTheLastPlaceIsHonouredInFullWhenTheAwarderSaysAll() {
        List<HonourRoll.Place> roll = HonourRoll.select(List.of(h(1, 30), h(2, 20), h(3, 20), h(4, 20), h(5, 10)), 2, Set.of(), HonourRoll.Ties.ALL);
        assertEquals(List.of(1L, 2L, 3L, 4L), roll.stream().map(HonourRoll.Place::householdId).toList(),
                "all three households tied at the second place are honoured");
        assertEquals(List.of(1, 2, 2, 2), roll.stream().map(HonourRoll.Place::rank).toList());
    }

    @Test
    void theNegativeListAndNonPositiveScoresTakeNoPlaceAndTheNextMovesUp() {
        List<HonourRoll.Place> roll = HonourRoll.select(List.of(h(1, 50), h(2, 40), h(3, 0), h(4, -5), h(5, 30)), 2, Set.of(1L), HonourRoll.Ties.ALL);
        assertEquals(List.of(2L, 5L), roll.stream().map(HonourRoll.Place::householdId).toList());
        assertEquals(List.of(1, 2), roll.stream().map(HonourRoll.Place::rank).toList());
        assertEquals(List.of(), HonourRoll.select(List.of(h(3, 0), h(4, -5)), 10, Set.of(), HonourRoll.Ties.ALL), "nobody qualifies");
    }

    @Test
    void fewerCandidatesThanPlacesHonoursThemAllAndZeroPlacesIsRefused() {
        assertEquals(2, HonourRoll.select(List.of(h(1, 3), h(2, 4)), 10, Set.of(), HonourRoll.Ties.ALL).size());
        assertThrows(IllegalArgumentException.class, () -> HonourRoll.select(List.of(), 0, Set.of(), HonourRoll.Ties.ALL));
    }

    @Test
    void aTieAcrossTheLastPlaceIsLeftOutWhenTheAwarderSaysNone() {
        List<HonourRoll.Place> roll = HonourRoll.select(List.of(h(1, 30), h(2, 20), h(3, 20), h(4, 20), h(5, 10)), 2, Set.of(),
                HonourRoll.Ties.NONE);
        assertEquals(List.of(1L), roll.stream().map(HonourRoll.Place::householdId).toList(),
                "the three tied at the second place are all left out: fewer than the places, never a choice among equals");
    }

    @Test
    void aTieInsideThePlacesIsNoTieAcrossTheLastPlace() {
        List<HonourRoll.Place> roll = HonourRoll.select(List.of(h(1, 30), h(2, 30), h(3, 20), h(4, 10)), 3, Set.of(),
                HonourRoll.Ties.NONE);
        assertEquals(List.of(1L, 2L, 3L), roll.stream().map(HonourRoll.Place::householdId).toList());
        assertEquals(List.of(1, 1, 3), roll.stream().map(HonourRoll.Place::rank).toList());
        assertEquals(3, HonourRoll.select(List.of(h(1, 30), h(2, 30), h(3, 20)), 3, Set.of(), HonourRoll.Ties.NONE).size(),
                "exactly as many as the places, tied at the last one, is no tie across it");
    }
}
