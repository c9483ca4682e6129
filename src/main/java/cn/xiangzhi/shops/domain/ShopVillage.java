package cn.xiangzhi.shops.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

/** A village whose households may redeem their points at a shop. */
@Entity
@Table(name = "shop_village")
public class ShopVillage extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shop_id", nullable = false, updatable = false)
    private Shop shop;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    protected ShopVillage() {
    }

    public ShopVillage(Shop shop, Place village) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.shop.village");
        }
        this.shop = shop;
        this.village = village;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("shopId", shop == null ? null : shop.getId());
        state.put("villageId", village == null ? null : village.getId());
        return state;
    }

    public Shop getShop() {
        return shop;
    }

    public Place getVillage() {
        return village;
    }
}
