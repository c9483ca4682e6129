package cn.xiangzhi.liaison.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AppraisalTest {

    @Test
    void theScoreWeighsRequestsSolvedInTimeMost() {
        assertEquals(4 + 3 + 2 * 2 + 3 * 1, new Appraisal.Figures(1, 10, 4, 3, 2, 1).score());
    }

    @Test
    void equalScoresAndVisitsShareARankAndTheNextSkips() {
        List<Appraisal.Line> lines = Appraisal.rank(List.of(
                new Appraisal.Figures(1, 20, 10, 0, 0, 0),   // 10
                new Appraisal.Figures(2, 20, 5, 5, 2, 2),    // 20
                new Appraisal.Figures(3, 20, 5, 5, 2, 2),    // 20
                new Appraisal.Figures(4, 20, 14, 6, 0, 0),   // 20, more visits
                new Appraisal.Figures(5, 0, 0, 0, 0, 0)));   // 0
        assertEquals(List.of(4L, 2L, 3L, 1L, 5L), lines.stream().map(l -> l.figures().liaisonId()).toList());
        assertEquals(List.of(1, 2, 2, 4, 5), lines.stream().map(Appraisal.Line::rank).toList());
        assertEquals(List.of(20, 20, 20, 10, 0), lines.stream().map(Appraisal.Line::score).toList());
    }

    @Test
    void noLiaisonsNoLines() {
        assertEquals(List.of(), Appraisal.rank(List.of()));
    }
}
