package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A bid of a registered bidder in a round of a lot, as {@link Auction} admitted it; never changed. */
@Entity
@Table(name = "bidding_bid")
public class Bid extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lot_id", nullable = false, updatable = false)
    private BiddingLot lot;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bidder_id", nullable = false, updatable = false)
    private Bidder bidder;

    @Column(name = "round_no", nullable = false, updatable = false)
    private int round;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected Bid() {
    }

    /** A bid already judged by {@link Auction#admit}. */
    public Bid(BiddingLot lot, Bidder bidder, int round, BigDecimal amount, String by, Instant at) {
        this.lot = lot;
        this.bidder = bidder;
        this.round = round;
        this.amount = amount;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Auction.Line line() {
        return new Auction.Line(getId(), bidder.getId(), round, amount, recordedAt);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lotId", lot == null ? null : lot.getId());
        state.put("bidderId", bidder == null ? null : bidder.getId());
        state.put("round", round);
        state.put("amount", amount);
        return state;
    }

    public BiddingLot getLot() {
        return lot;
    }

    public Bidder getBidder() {
        return bidder;
    }

    public int getRound() {
        return round;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
