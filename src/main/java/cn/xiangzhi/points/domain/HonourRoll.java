package cn.xiangzhi.points.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The yearly honours of a village's households (年度评优, e.g. 十佳文明户):
 * <ul>
 *   <li>A household's year score is the sum of its lines of the year's twelve months.</li>
 *   <li>Households on the negative list (not to be honoured) and households without a positive
 *       score take no place.</li>
 *   <li>The others are ordered by score, highest first (ties by household code, for a stable list);
 *       equal scores share a rank (1, 2, 2, 4).</li>
 *   <li>The first {@code places} are honoured. A tie across the last place is settled by the
 *       awarder's {@link Ties}: {@code ALL} honours every tied household (the roll may be longer than
 *       {@code places}), {@code NONE} honours none of them (the roll may be shorter). The awarder sees
 *       the roll before awarding.</li>
 * </ul>
 */
public final class HonourRoll {

    /** A household's year: its id, code and score. */
    public record Candidate(long householdId, String code, int score) {
    }

    /** What to do with households tied across the last place: honour them all, or none of them. */
    public enum Ties { ALL, NONE }

    /** An honoured household and its rank. */
    public record Place(long householdId, String code, int score, int rank) {
    }

    private HonourRoll() {
    }

    public static List<Place> select(List<Candidate> candidates, int places, Set<Long> notToBeHonoured, Ties ties) {
        if (places < 1) {
            throw new IllegalArgumentException("places must be at least 1: " + places);
        }
        List<Candidate> ranked = candidates.stream().filter(c -> c.score() > 0 && !notToBeHonoured.contains(c.householdId()))
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::code)).toList();
        List<Place> roll = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            boolean tiedAcrossTheLastPlace = places < ranked.size() && c.score() == ranked.get(places - 1).score()
                    && c.score() == ranked.get(places).score();
            boolean inside = ties == Ties.ALL ? i < places || c.score() == ranked.get(places - 1).score()
                    : i < places && !tiedAcrossTheLastPlace;
            if (!inside) {
                break;
            }
            int rank = i > 0 && ranked.get(i - 1).score() == c.score() ? roll.get(i - 1).rank() : i + 1;
            roll.add(new Place(c.householdId(), c.code(), c.score(), rank));
        }
        return roll;
    }
}
