package cn.xiangzhi.liaison.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoverageTest {

    @Test
    void theShareIsRoundedDownSoOnlyEveryHouseholdVisitedIsAHundred() {
        assertEquals(99, new Coverage.Figures(200, 199).percent());
        assertEquals(33, new Coverage.Figures(3, 1).percent());
        assertEquals(100, new Coverage.Figures(20, 20).percent());
        assertTrue(new Coverage.Figures(20, 20).covered());
        assertFalse(new Coverage.Figures(20, 19).covered());
    }

    @Test
    void aLiaisonWithoutHouseholdsIsNeitherCoveredNorCountedIntoTheTotal() {
        Coverage.Figures none = new Coverage.Figures(0, 0);
        assertEquals(0, none.percent());
        assertFalse(none.covered());
        Coverage.Figures village = Coverage.total(List.of(new Coverage.Figures(20, 20), none, new Coverage.Figures(10, 4)));
        assertEquals(new Coverage.Figures(30, 24), village);
        assertEquals(80, village.percent());
        assertEquals(new Coverage.Figures(0, 0), Coverage.total(List.of()));
    }

    @Test
    void moreVisitedThanAssignedIsNoFigure() {
        assertThrows(IllegalArgumentException.class, () -> new Coverage.Figures(2, 3));
        assertThrows(IllegalArgumentException.class, () -> new Coverage.Figures(-1, 0));
    }
}
