package cn.xiangzhi.points.domain;

import cn.xiangzhi.points.domain.Ranking.Candidate;
import cn.xiangzhi.points.domain.Ranking.Placement;
import cn.xiangzhi.points.domain.Ranking.Tier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    private static Candidate grid(int n, int score, String... households) {
        return new Candidate(n, String.format("G%02d", n), score, List.of(households));
    }

    private static List<Candidate> tenGrids() {
        List<Candidate> grids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            grids.add(grid(i, 100 - i * 5, "H" + i + "a", "H" + i + "b"));
        }
        return grids;
    }

    @Test
    void ofTenGridsOneIsGoldTwoSilverTwoBronze() {
        List<Tier> tiers = Ranking.rank(tenGrids(), Ranking.Rules.SEED_002).stream().map(Placement::tier).toList();
        assertEquals(List.of(Tier.GOLD, Tier.SILVER, Tier.SILVER, Tier.BRONZE, Tier.BRONZE,
                Tier.NONE, Tier.NONE, Tier.NONE, Tier.NONE, Tier.NONE), tiers);
    }

    @Test
    void tiesAtABoundaryGoUpAndShareTheirRank() {
        List<Candidate> grids = tenGrids();
        grids.set(1, grid(2, 95, "H2a")); // ties with G01 at the gold boundary
        grids.set(5, grid(6, 75, "H6a")); // ties with G05 (75) at the bronze boundary
        List<Placement> placements = Ranking.rank(grids, Ranking.Rules.SEED_002);
        assertEquals(List.of(Tier.GOLD, Tier.GOLD, Tier.SILVER, Tier.BRONZE, Tier.BRONZE, Tier.BRONZE, Tier.NONE),
                placements.subList(0, 7).stream().map(Placement::tier).toList());
        assertEquals(List.of(1, 1, 3, 4, 5, 5, 7), placements.subList(0, 7).stream().map(Placement::rank).toList());
    }

    @Test
    void aBonusIsSharedEquallyAndTheRestGoesOneByOneInCodeOrderSoTheTotalIsKept() {
        assertEquals(Map.of("H1", 4, "H2", 3, "H3", 3), Ranking.share(10, List.of("H3", "H1", "H2")));
        assertEquals(List.of("H1", "H2", "H3"), List.copyOf(Ranking.share(10, List.of("H3", "H1", "H2")).keySet()));
        for (int bonus = 1; bonus <= 40; bonus++) {
            for (int households = 1; households <= 12; households++) {
                List<String> codes = new ArrayList<>();
                for (int h = 0; h < households; h++) {
                    codes.add("H" + h);
                }
                int total = Ranking.share(bonus, codes).values().stream().mapToInt(Integer::intValue).sum();
                assertEquals(bonus, total, bonus + " among " + households);
            }
        }
    }

    @Test
    void gridsWithoutHouseholdsAreNotRankedAndFewGridsStillHaveAGold() {
        List<Placement> placements = Ranking.rank(List.of(grid(1, 5, "H1"), grid(2, 50), grid(3, -3, "H3", "H4")),
                Ranking.Rules.SEED_002);
        assertEquals(List.of("G01", "G03"), placements.stream().map(Placement::code).toList());
        assertEquals(List.of(Tier.GOLD, Tier.NONE), placements.stream().map(Placement::tier).toList(),
                "of 2: gold ⌈0.2⌉ = 1, silver ⌈0.6⌉ = 1, bronze ⌈1.0⌉ = 1 — all the first place");
        assertEquals(Map.of("H1", 30), placements.get(0).shares());
        assertEquals(Map.of(), placements.get(1).shares());
    }

    @Test
    void aVillageWithNoPointsAwardsNothing() {
        List<Placement> placements = Ranking.rank(List.of(grid(1, 0, "H1"), grid(2, 0, "H2"), grid(3, 0, "H3")),
                Ranking.Rules.SEED_002);
        assertEquals(List.of(1, 1, 1), placements.stream().map(Placement::rank).toList(), "equal scores share a rank");
        assertEquals(List.of(Tier.NONE, Tier.NONE, Tier.NONE), placements.stream().map(Placement::tier).toList());
        assertEquals(List.of(0, 0, 0), placements.stream().map(Placement::bonus).toList());
    }

    @Test
    void gridsWithoutPointsGetNoMedalEvenInsideATier() {
        List<Placement> placements = Ranking.rank(List.of(grid(1, 12, "H1"), grid(2, 0, "H2"), grid(3, 0, "H3"),
                grid(4, -2, "H4")), Ranking.Rules.SEED_002);
        assertEquals(List.of(Tier.GOLD, Tier.NONE, Tier.NONE, Tier.NONE), placements.stream().map(Placement::tier).toList(),
                "of 4 the silver and bronze places reach the grids with 0, which win nothing");
    }
}
