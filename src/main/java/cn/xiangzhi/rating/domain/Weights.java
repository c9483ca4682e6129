package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.util.Map;

/**
 * How much each rater group counts in a subject's score, in whole percent adding up to 100 (Pandian:
 * self 20, peers 20, the public 40, superiors 20). A group nobody of which voted does not count: its
 * share goes to the groups that voted, in proportion to their weights, so a subject is not pulled
 * down by a group that had no chance to vote.
 */
public record Weights(int self, int peer, int pub, int superior) {

    /** The seed's weights (Pandian). */
    public static final Weights PANDIAN = new Weights(20, 20, 40, 20);

    public Weights {
        for (int w : new int[]{self, peer, pub, superior}) {
            if (w < 0 || w > 100) {
                throw new DomainException("error.rating.weights", self, peer, pub, superior);
            }
        }
        if (self + peer + pub + superior != 100) {
            throw new DomainException("error.rating.weights", self, peer, pub, superior);
        }
    }

    public int of(RaterGroup group) {
        return switch (group) {
            case SELF -> self;
            case PEER -> peer;
            case PUBLIC -> pub;
            case SUPERIOR -> superior;
        };
    }

    /**
     * The weighted score (0–100) of the groups' average scores; null when no group with a weight
     * above zero voted.
     */
    public Double score(Map<RaterGroup, Double> averages) {
        double sum = 0;
        int weight = 0;
        for (Map.Entry<RaterGroup, Double> average : averages.entrySet()) {
            if (average.getValue() != null && of(average.getKey()) > 0) {
                sum += of(average.getKey()) * average.getValue();
                weight += of(average.getKey());
            }
        }
        return weight == 0 ? null : Math.round(sum / weight * 100) / 100.0;
    }
}
