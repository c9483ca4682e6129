package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a bidding: reserve, rounds, one bid per bidder and round, the highest wins, ties to the first recorded. */
class AuctionTest {

    private static final BigDecimal RESERVE = new BigDecimal("100.00");
    private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    private static final Set<Long> REGISTERED = Set.of(1L, 2L, 3L);

    private final List<Auction.Line> bids = new ArrayList<>();

    private Auction auction() {
        return new Auction(RESERVE, bids);
    }

    /** Admits and records a bid {@code seconds} after T0, with the next id. */
    private Auction.Line bid(long bidder, int round, String amount, long seconds) {
        auction().admit(bidder, REGISTERED, round, new BigDecimal(amount));
        Auction.Line line = new Auction.Line(bids.size() + 1, bidder, round, new BigDecimal(amount), T0.plusSeconds(seconds));
        bids.add(line);
        return line;
    }

    private String refusal(long bidder, int round, String amount) {
        return assertThrows(DomainException.class, () -> auction().admit(bidder, REGISTERED, round, new BigDecimal(amount))).key();
    }

    @Test
    void theLeaseOfSeed000GoesFromAReserveOf100To598() {
        bid(1, 1, "120", 0);
        bid(2, 1, "300", 1);
        bid(1, 2, "450", 2);
        Auction.Line best = bid(2, 2, "598", 3);
        assertEquals(best, auction().winner().orElseThrow());
    }

    @Test
    void aBidBelowTheReserveIsRefusedAndAtTheReserveIsValid() {
        assertEquals("error.bidding.belowReserve", refusal(1, 1, "99.99"));
        bid(1, 1, "100", 0);
        assertEquals(new BigDecimal("100"), auction().winner().orElseThrow().amount());
    }

    @Test
    void equalHighestAmountsGoToTheBidRecordedFirst() {
        bid(1, 1, "598", 5);
        Auction.Line first = bid(2, 1, "598.00", 2);
        bid(3, 1, "500", 1);
        assertEquals(first, auction().winner().orElseThrow(), "recorded earlier, although entered later");
    }

    @Test
    void atTheSameInstantTheLowerIdWins() {
        Auction.Line first = bid(3, 1, "600", 0);
        bid(1, 1, "600", 0);
        assertEquals(first, auction().winner().orElseThrow());
    }

    @Test
    void theHighestBidOfAnyRoundWinsEvenWhenTheLastRoundIsLower() {
        Auction.Line high = bid(1, 1, "598", 0);
        bid(2, 2, "500", 1);
        assertEquals(high, auction().winner().orElseThrow());
    }

    @Test
    void aLaterRoundMatchingAnEarlierHighestLosesTheTie() {
        Auction.Line earlier = bid(1, 1, "598", 0);
        bid(2, 2, "598", 1);
        assertEquals(earlier, auction().winner().orElseThrow());
    }

    @Test
    void withoutBidsTheLotFails() {
        assertTrue(auction().winner().isEmpty());
    }

    @Test
    void roundsRunInOrderAndAClosedRoundTakesNoMoreBids() {
        assertEquals("error.bidding.round", refusal(1, 2, "200"), "round 1 first");
        assertEquals("error.bidding.round", refusal(1, 0, "200"));
        bid(1, 1, "200", 0);
        assertEquals("error.bidding.round", refusal(2, 3, "200"), "no round skipped");
        bid(2, 2, "300", 1);
        assertEquals(2, auction().currentRound());
        assertEquals("error.bidding.round", refusal(3, 1, "400"), "round 1 closed once round 2 started");
        bid(3, 2, "400", 2);
    }

    @Test
    void aBidderBidsOncePerRoundAndOnlyRegisteredBiddersBid() {
        bid(1, 1, "200", 0);
        assertEquals("error.bidding.twice", refusal(1, 1, "300"));
        bid(1, 2, "300", 1);
        assertEquals("error.bidding.notRegistered", refusal(9, 2, "400"));
        assertEquals("error.bidding.amount", refusal(2, 2, "300.001"));
        assertEquals("error.bidding.amount", refusal(2, 2, "-5"));
        assertFalse(bids.stream().anyMatch(b -> b.bidderId() == 9));
    }

    @Test
    void theMaskedPhoneShowsThreeAndFourDigits() {
        assertEquals("138****5678", Masks.phone("13812345678"));
        assertEquals("****", Masks.phone("12345"));
    }
}
