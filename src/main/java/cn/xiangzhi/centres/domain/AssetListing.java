package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A collective asset offered for lease or transfer on the property-rights market (产权交易): the
 * terms, the asking price, the day listed. A LISTED listing is public: the village's public page
 * and its kiosk show it.
 */
@Entity
@Table(name = "asset_listing")
public class AssetListing extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "asset_id", nullable = false, updatable = false)
    private CollectiveAsset asset;

    @Column(nullable = false, length = 2000)
    private String terms;

    @Column(name = "asking_yuan", nullable = false, precision = 16, scale = 2)
    private BigDecimal asking;

    @Column(name = "listed_on", nullable = false)
    private LocalDate listedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ListingStatus status;

    protected AssetListing() {
    }

    public AssetListing(CollectiveAsset asset, String terms, BigDecimal asking, LocalDate listedOn) {
        if (asking == null || asking.signum() < 0) {
            throw new DomainException("error.listing.asking", asking);
        }
        if (listedOn == null) {
            throw new DomainException("error.listing.date", (Object) null);
        }
        this.asset = asset;
        this.terms = Texts.required(terms, 2000, "error.listing.terms");
        this.asking = asking;
        this.listedOn = listedOn;
        this.status = ListingStatus.LISTED;
    }

    /** Leased, transferred or withdrawn: off the market (409 when it already is). */
    public void close(ListingStatus to) {
        if (status != ListingStatus.LISTED) {
            throw DomainException.conflict("error.listing.closed", status.name());
        }
        if (to == null || to == ListingStatus.LISTED) {
            throw new DomainException("error.listing.status", to);
        }
        status = to;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("assetId", asset == null ? null : asset.getId());
        state.put("terms", terms);
        state.put("asking", asking == null ? null : asking.toPlainString());
        state.put("listedOn", listedOn == null ? null : listedOn.toString());
        state.put("status", status == null ? null : status.name());
        return state;
    }

    public CollectiveAsset getAsset() {
        return asset;
    }

    public String getTerms() {
        return terms;
    }

    public BigDecimal getAsking() {
        return asking;
    }

    public LocalDate getListedOn() {
        return listedOn;
    }

    public ListingStatus getStatus() {
        return status;
    }
}
