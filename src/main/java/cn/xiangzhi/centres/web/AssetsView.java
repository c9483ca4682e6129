package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.domain.AssetKind;
import cn.xiangzhi.centres.domain.ListingStatus;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The collective assets tab of the service centres page: the register, and the assets on offer.
 */
@Named
@ViewScoped
public class AssetsView implements Serializable {

    @Inject
    Assets assets;

    @Inject
    CentresView centre;

    private List<Assets.AssetView> assetList = List.of();
    private List<Assets.ListingView> listingList = List.of();
    private String assetName;
    private AssetKind assetKind = AssetKind.LAND;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal value;
    private Assets.AssetView asset;
    private String terms;
    private BigDecimal asking;

    @PostConstruct
    void refresh() {
        Pages.run(() -> {
            assetList = assets.assets(null);
            listingList = assets.listings(null, null);
        }, null);
    }

    public void registerAsset() {
        if (centre.chosen() && Pages.run(() -> asset = assets.register(centre.getVillageId(), assetName, assetKind, quantity, unit, value),
                "asset.registered")) {
            assetName = null;
            quantity = null;
            unit = null;
            value = null;
            refresh();
        }
    }

    public void selectAsset(Assets.AssetView a) {
        asset = a;
    }

    public void offer() {
        if (Pages.run(() -> assets.list(asset.id(), terms, asking, null), "listing.listed")) {
            terms = null;
            asking = null;
            refresh();
        }
    }

    public void closeListing(Assets.ListingView l, ListingStatus to) {
        if (Pages.run(() -> assets.closeListing(l.id(), to), "listing.closed")) {
            refresh();
        }
    }

    public AssetKind[] getKinds() {
        return AssetKind.values();
    }

    public List<Assets.AssetView> getAssetList() {
        return assetList;
    }

    public List<Assets.ListingView> getListingList() {
        return listingList;
    }

    public String getAssetName() {
        return assetName;
    }

    public void setAssetName(String assetName) {
        this.assetName = assetName;
    }

    public AssetKind getAssetKind() {
        return assetKind;
    }

    public void setAssetKind(AssetKind assetKind) {
        this.assetKind = assetKind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Assets.AssetView getAsset() {
        return asset;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public BigDecimal getAsking() {
        return asking;
    }

    public void setAsking(BigDecimal asking) {
        this.asking = asking;
    }
}
