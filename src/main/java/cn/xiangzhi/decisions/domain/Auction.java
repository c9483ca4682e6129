package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a bidding (竞标), without a container: which bid may be recorded next and which bid
 * wins.
 * <ul>
 *   <li>Only bidders registered for the lot bid; a bid below the reserve price is refused
 *       ({@code error.bidding.belowReserve}).</li>
 *   <li>Rounds run one after the other: a bid goes into the current round or opens the next one
 *       (round 1 first); once round n+1 has a bid, round n takes no more.</li>
 *   <li>A bidder bids at most once per round.</li>
 *   <li>The winner is the highest bid over all rounds (a later round does not undo a higher earlier
 *       bid); equal highest amounts: the bid recorded first wins (earliest {@code recordedAt}, then
 *       lowest id). No bid: the lot fails.</li>
 * </ul>
 */
public final class Auction {

    /** A recorded bid as the rules see it. */
    public record Line(long id, long bidderId, int round, BigDecimal amount, Instant recordedAt) {
    }

    /** First the highest amount, then the earliest recorded, then the lowest id. */
    public static final Comparator<Line> RANKING = Comparator.comparing(Line::amount).reversed()
            .thenComparing(Line::recordedAt).thenComparingLong(Line::id);

    private final BigDecimal reserve;
    private final List<Line> bids;

    public Auction(BigDecimal reserve, Collection<Line> bids) {
        this.reserve = reserve;
        this.bids = List.copyOf(bids);
    }

    /** The round bids go into now: the last with a bid, 1 before any. */
    public int currentRound() {
        return bids.stream().mapToInt(Line::round).max().orElse(1);
    }

    /**
     * Judges a new bid of {@code bidderId} (one of {@code registered}) in {@code round} for
     * {@code amount}; throws a {@link DomainException} naming the rule it breaks.
     */
    public void admit(long bidderId, Set<Long> registered, int round, BigDecimal amount) {
        if (!registered.contains(bidderId)) {
            throw new DomainException("error.bidding.notRegistered");
        }
        if (!Money.valid(amount)) {
            throw new DomainException("error.bidding.amount", amount);
        }
        if (amount.compareTo(reserve) < 0) {
            throw new DomainException("error.bidding.belowReserve", amount.toPlainString(), reserve.toPlainString());
        }
        int current = currentRound();
        boolean any = !bids.isEmpty();
        if (round < 1 || round < current || round > (any ? current + 1 : 1)) {
            throw DomainException.conflict("error.bidding.round", round, current, any ? current + 1 : 1);
        }
        if (bids.stream().anyMatch(b -> b.round() == round && b.bidderId() == bidderId)) {
            throw DomainException.conflict("error.bidding.twice", round);
        }
    }

    /** The winning bid: the highest, the first recorded among equals; empty without bids (the lot fails). */
    public Optional<Line> winner() {
        return bids.stream().filter(b -> b.amount().compareTo(reserve) >= 0).min(RANKING);
    }
}
