package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** Goods taken in a redemption: quantity and the price in points at that moment. */
@Entity
@Table(name = "shop_redemption_item")
public class RedemptionItem extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "redemption_id", nullable = false, updatable = false)
    private Redemption redemption;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "goods_id", nullable = false, updatable = false)
    private ShopGoods goods;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "price_points", nullable = false, updatable = false)
    private int pricePoints;

    protected RedemptionItem() {
    }

    RedemptionItem(Redemption redemption, ShopGoods goods, int quantity, int pricePoints) {
        this.redemption = redemption;
        this.goods = goods;
        this.quantity = quantity;
        this.pricePoints = pricePoints;
    }

    public int points() {
        return quantity * pricePoints;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("goodsId", goods == null ? null : goods.getId());
        state.put("quantity", quantity);
        state.put("pricePoints", pricePoints);
        return state;
    }

    public Redemption getRedemption() {
        return redemption;
    }

    public ShopGoods getGoods() {
        return goods;
    }

    public int getQuantity() {
        return quantity;
    }

    public int getPricePoints() {
        return pricePoints;
    }
}
