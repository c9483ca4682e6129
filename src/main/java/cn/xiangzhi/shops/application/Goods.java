package cn.xiangzhi.shops.application;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shops.domain.Shop;
import cn.xiangzhi.shops.domain.ShopGoods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The goods and services each shop offers for points. Whoever sees a shop ({@link Shops}) sees its
 * goods; the tenant admin ({@code shop:manage}) lists, edits, restocks and retires them. The stock
 * is otherwise changed only by the counter.
 */
@ApplicationScoped
@Transactional
public class Goods {

    @Inject
    TenantEntityManager db;

    @Inject
    Shops shops;

    @Inject
    BusinessClock clock;

    /** What a new or edited good says; {@code stock} is read on creation only (null: unlimited). */
    public record GoodsForm(Long shopId, String code, String name, Integer pricePoints, Integer stock, LocalDate offeredFrom,
                            LocalDate offeredUntil) implements Serializable {
    }

    public record GoodsView(long id, long shopId, String shopCode, String shopName, String code, String name, int pricePoints,
                            Integer stock, LocalDate offeredFrom, LocalDate offeredUntil, boolean active, boolean offeredToday,
                            boolean soldOut) implements Serializable {
    }

    /** Goods of the visible shops, or of one of them, by shop and code. */
    public List<GoodsView> goods(Long shopId) {
        List<Shop> visible = shopId == null ? shops.visibleShops() : List.of(shops.visibleShop(shopId));
        if (visible.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return db.tenant().createQuery("select g from ShopGoods g where g.shop in :s order by g.shop.code, g.code", ShopGoods.class)
                .setParameter("s", visible).getResultList().stream().map(g -> view(g, today)).toList();
    }

    public GoodsView get(long id) {
        return view(visibleGoods(id), LocalDate.now(clock));
    }

    public GoodsView create(GoodsForm form) {
        Access.require(Permission.SHOP_MANAGE);
        if (form.shopId() == null) {
            throw new DomainException("error.shop.required");
        }
        EntityManager em = db.tenant();
        Shop shop = shops.visibleShop(form.shopId());
        if (!shop.isActive()) {
            throw new DomainException("error.shop.inactive");
        }
        ShopGoods goods = new ShopGoods(shop, form.code(), form.name(), price(form), form.stock(), form.offeredFrom(),
                form.offeredUntil());
        boolean taken = !em.createQuery("select g.id from ShopGoods g where g.shop = :s and g.code = :c", Long.class)
                .setParameter("s", shop).setParameter("c", goods.getCode()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.goods.codeTaken", goods.getCode());
        }
        em.persist(goods);
        em.flush();
        return view(goods, LocalDate.now(clock));
    }

    /** Changes name, price and dates; code, shop and stock stay. */
    public GoodsView update(long id, GoodsForm form) {
        Access.require(Permission.SHOP_MANAGE);
        ShopGoods goods = visibleGoods(id);
        goods.update(form.name(), price(form), form.offeredFrom(), form.offeredUntil());
        return view(goods, LocalDate.now(clock));
    }

    /** Adds {@code quantity} to the stock (the audit log records old → new). */
    public GoodsView restock(long id, Integer quantity) {
        Access.require(Permission.SHOP_MANAGE);
        ShopGoods goods = visibleGoods(id);
        if (quantity == null) {
            throw new DomainException("error.goods.quantity", (Object) null);
        }
        goods.restock(quantity);
        return view(goods, LocalDate.now(clock));
    }

    /** No longer offered; kept for the redemptions that name it. */
    public GoodsView retire(long id) {
        Access.require(Permission.SHOP_MANAGE);
        ShopGoods goods = visibleGoods(id);
        goods.retire();
        return view(goods, LocalDate.now(clock));
    }

    private ShopGoods visibleGoods(long id) {
        ShopGoods goods = db.tenant().find(ShopGoods.class, id);
        if (goods == null) {
            throw new NotFoundException("ShopGoods", id);
        }
        try {
            shops.visibleShop(goods.getShop().getId());
        } catch (NotFoundException e) {
            throw new NotFoundException("ShopGoods", id);
        }
        return goods;
    }

    private static int price(GoodsForm form) {
        if (form.pricePoints() == null) {
            throw new DomainException("error.goods.price", (Object) null);
        }
        return form.pricePoints();
    }

    private static GoodsView view(ShopGoods g, LocalDate today) {
        return new GoodsView(g.getId(), g.getShop().getId(), g.getShop().getCode(), g.getShop().getName(), g.getCode(), g.getName(),
                g.getPricePoints(), g.getStock(), g.getOfferedFrom(), g.getOfferedUntil(), g.isActive(), g.isOfferedOn(today),
                g.isSoldOut());
    }
}
