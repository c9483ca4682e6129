package cn.xiangzhi.points.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quarterly ranking (一季一评比, seed 002) of grids or household groups by their quarter score.
 * <ul>
 *   <li>Only grids with households are ranked. Candidates are ordered by score, highest first
 *       (ties by grid code, for a stable list); equal scores share a rank.</li>
 *   <li>The top {@code goldShare} (10%), {@code silverShare} (30%) and {@code bronzeShare} (50%) are
 *       gold, silver and bronze: the first ⌈n × share⌉ places, cumulatively. <b>Ties at a boundary go
 *       up</b>: a grid with the same score as the last one inside a tier is in that tier too.</li>
 *   <li>Each tier's bonus is shared equally among the grid's households: everyone gets
 *       ⌊bonus / households⌋ and the remaining points go one each to the first households in code
 *       order, so the shares always add up to the bonus.</li>
 *   <li><b>Only a positive score wins a tier</b>: a grid with no points (or fewer than none) is
 *       ranked but gets no medal and no bonus, so a village where nobody earned points awards
 *       nothing.</li>
 * </ul>
 */
public final class Ranking {

    /** Gold, silver, bronze, or none. */
    public enum Tier { GOLD, SILVER, BRONZE, NONE }

    /** A grid to rank: its quarter score and its households' codes. */
    public record Candidate(long gridId, String code, int score, List<String> householdCodes) implements Serializable {
    }

    /** The shares of the three tiers (e.g. 0.10, 0.30, 0.50) and their bonus points per grid. */
    public record Rules(double goldShare, double silverShare, double bronzeShare, int goldBonus, int silverBonus, int bronzeBonus)
            implements Serializable {
        public static final Rules SEED_002 = new Rules(0.10, 0.30, 0.50, 30, 20, 10);

        int bonus(Tier tier) {
            return switch (tier) {
                case GOLD -> goldBonus;
                case SILVER -> silverBonus;
                case BRONZE -> bronzeBonus;
                case NONE -> 0;
            };
        }
    }

    /** A ranked grid: its place, tier, bonus, and each household's share of it. */
    public record Placement(long gridId, String code, int score, int rank, Tier tier, int bonus, Map<String, Integer> shares)
            implements Serializable {
    }

    private Ranking() {
    }

    public static List<Placement> rank(List<Candidate> candidates, Rules rules) {
        List<Candidate> ranked = candidates.stream().filter(c -> !c.householdCodes().isEmpty())
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparing(Candidate::code)).toList();
        int n = ranked.size();
        int[] cut = {places(n, rules.goldShare()), places(n, rules.silverShare()), places(n, rules.bronzeShare())};
        Integer[] lastScore = new Integer[3];
        for (int t = 0; t < 3; t++) {
            lastScore[t] = cut[t] == 0 ? null : ranked.get(cut[t] - 1).score();
        }
        List<Placement> placements = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < n; i++) {
            Candidate c = ranked.get(i);
            if (i == 0 || c.score() != ranked.get(i - 1).score()) {
                rank = i + 1;
            }
            Tier tier = Tier.NONE;
            for (int t = 2; t >= 0 && c.score() > 0; t--) {
                if (i < cut[t] || lastScore[t] != null && c.score() == lastScore[t]) {
                    tier = Tier.values()[t];
                }
            }
            int bonus = rules.bonus(tier);
            placements.add(new Placement(c.gridId(), c.code(), c.score(), rank, tier, bonus, share(bonus, c.householdCodes())));
        }
        return placements;
    }

    /** ⌈n × share⌉, computed on whole per-mille so that 10 × 0.3 is exactly 3. */
    static int places(int n, double share) {
        long perMille = Math.round(share * 1000);
        return (int) Math.min(n, (n * perMille + 999) / 1000);
    }

    static Map<String, Integer> share(int bonus, List<String> householdCodes) {
        Map<String, Integer> shares = new LinkedHashMap<>();
        if (bonus == 0) {
            return shares;
        }
        List<String> codes = householdCodes.stream().sorted().toList();
        int base = bonus / codes.size();
        int rest = bonus - base * codes.size();
        for (int i = 0; i < codes.size(); i++) {
            shares.put(codes.get(i), base + (i < rest ? 1 : 0));
        }
        return shares;
    }
}
