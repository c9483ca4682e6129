package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lot a village offers by public bidding (竞标) — e.g. 600 mu of river-bank land leased per mu and
 * year — at a reserve price per unit, optionally under the decision matter that authorised it. Its
 * bidders and bids are {@link Bidder}s and {@link Bid}s; closing it applies {@link Auction}.
 */
@Entity
@Table(name = "bidding_lot")
public class BiddingLot extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "matter_id", updatable = false)
    private Matter matter;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, length = 30)
    private String unit;

    @Column(precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "reserve_price", nullable = false, precision = 14, scale = 2)
    private BigDecimal reservePrice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LotStatus status;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "winning_bid_id")
    private Bid winningBid;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "registered_by", nullable = false, length = 120, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected BiddingLot() {
    }

    public BiddingLot(Place village, Matter matter, String title, String description, String unit, BigDecimal quantity,
                      BigDecimal reservePrice, String by, Instant at) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.decision.village");
        }
        if (matter != null && !matter.getVillage().getId().equals(village.getId())) {
            throw new DomainException("error.bidding.matterVillage");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new DomainException("error.decision.title");
        }
        if (description != null && description.length() > 2000) {
            throw new DomainException("error.decision.description");
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > 30) {
            throw new DomainException("error.bidding.unit");
        }
        if (quantity != null && !Money.valid(quantity)) {
            throw new DomainException("error.bidding.quantity", quantity);
        }
        if (!Money.valid(reservePrice)) {
            throw new DomainException("error.bidding.reserve", reservePrice);
        }
        this.village = village;
        this.matter = matter;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.unit = unit.strip();
        this.quantity = quantity;
        this.reservePrice = reservePrice;
        this.status = LotStatus.OPEN;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    public void requireOpen() {
        if (status != LotStatus.OPEN) {
            throw DomainException.conflict("error.bidding.closed", status.name());
        }
    }

    /** Closes the lot with the winning bid (awarded) or without (failed). */
    public void close(Bid winner, Instant at) {
        requireOpen();
        this.winningBid = winner;
        this.status = winner == null ? LotStatus.FAILED : LotStatus.AWARDED;
        this.closedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("matterId", matter == null ? null : matter.getId());
        state.put("title", title);
        state.put("unit", unit);
        state.put("quantity", quantity);
        state.put("reservePrice", reservePrice);
        state.put("status", status == null ? null : status.name());
        state.put("winningBidId", winningBid == null ? null : winningBid.getId());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public Matter getMatter() {
        return matter;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getReservePrice() {
        return reservePrice;
    }

    public LotStatus getStatus() {
        return status;
    }

    public Bid getWinningBid() {
        return winningBid;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
