package cn.xiangzhi.liaison.domain;

import java.io.Serializable;
import java.util.Collection;

/**
 * Monthly coverage (每月遍访): of the households a liaison (or a village's liaisons) looks after, how
 * many were visited at least once in the month. A liaison with no household is neither covered nor
 * behind (0 %), and counts nothing into a village's or the county's figures.
 */
public final class Coverage {

    private Coverage() {
    }

    /** Households assigned and, of them, visited in the month. */
    public record Figures(int assigned, int visited) implements Serializable {

        public Figures {
            if (assigned < 0 || visited < 0 || visited > assigned) {
                throw new IllegalArgumentException("visited " + visited + " of " + assigned);
            }
        }

        /** The share visited, in whole percent rounded down (99 % until every household is visited); 0 with none assigned. */
        public int percent() {
            return assigned == 0 ? 0 : (int) (visited * 100L / assigned);
        }

        /** Every assigned household visited (and at least one assigned). */
        public boolean covered() {
            return assigned > 0 && visited == assigned;
        }

        public Figures plus(Figures other) {
            return new Figures(assigned + other.assigned, visited + other.visited);
        }
    }

    /** The sum of {@code parts}: a village from its liaisons, the county from its villages. */
    public static Figures total(Collection<Figures> parts) {
        Figures sum = new Figures(0, 0);
        for (Figures part : parts) {
            sum = sum.plus(part);
        }
        return sum;
    }
}
