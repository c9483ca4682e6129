package cn.xiangzhi.liaison.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quarterly appraisal of liaisons (每季度考核, seed 003) from measured data: visits made, visits
 * the household confirmed, requests raised on visits and, of them, solved by their deadline. The
 * score weighs what matters most to the households most: {@code visits + confirmations + 2 × raised
 * + 3 × solved in time}. Ranked by score, then by visits (more first); equal scores and visits share a
 * rank (1, 1, 3).
 */
public final class Appraisal {

    public static final int RAISED_WEIGHT = 2;
    public static final int SOLVED_WEIGHT = 3;

    private Appraisal() {
    }

    /** One liaison's quarter. */
    public record Figures(long liaisonId, int households, int visits, int confirmations, int raised, int solvedInTime)
            implements Serializable {

        public int score() {
            return visits + confirmations + RAISED_WEIGHT * raised + SOLVED_WEIGHT * solvedInTime;
        }
    }

    /** A ranked line. */
    public record Line(int rank, Figures figures, int score) implements Serializable {
    }

    private static final Comparator<Figures> BEST = Comparator.comparingInt(Figures::score).reversed()
            .thenComparing(Comparator.comparingInt(Figures::visits).reversed());

    /** Every liaison ranked, best first (equal ones by id, for a stable list). */
    public static List<Line> rank(List<Figures> figures) {
        List<Figures> sorted = figures.stream().sorted(BEST.thenComparingLong(Figures::liaisonId)).toList();
        List<Line> lines = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Figures f = sorted.get(i);
            boolean tied = i > 0 && BEST.compare(sorted.get(i - 1), f) == 0;
            lines.add(new Line(tied ? lines.get(i - 1).rank() : i + 1, f, f.score()));
        }
        return lines;
    }
}
