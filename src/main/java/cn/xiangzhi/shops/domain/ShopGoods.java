package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A good or service a shop offers for points: its price in points, its stock (null: unlimited) and
 * the dates it is offered (either end open). Its code is unique within the shop. Goods are retired,
 * never deleted: redemptions name them.
 *
 * <p>{@code stock} is a plain column on purpose: only the counter (a conditional
 * {@code update ... set stock = stock - :q where stock >= :q}, so two counters never sell the last
 * item twice) and {@link #restock restocking} change it; editing goods leaves it alone.
 */
@Entity
@Table(name = "shop_goods")
public class ShopGoods extends TenantOwnedEntity {

    public static final int MAX_PRICE = 1_000_000;
    public static final int MAX_STOCK = 1_000_000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shop_id", nullable = false, updatable = false)
    private Shop shop;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "price_points", nullable = false)
    private int pricePoints;

    @Column(name = "stock")
    private Integer stock;

    @Column(name = "offered_from")
    private LocalDate offeredFrom;

    @Column(name = "offered_until")
    private LocalDate offeredUntil;

    @Column(nullable = false)
    private boolean active;

    protected ShopGoods() {
    }

    public ShopGoods(Shop shop, String code, String name, int pricePoints, Integer stock, LocalDate from, LocalDate until) {
        if (shop == null) {
            throw new DomainException("error.goods.shop");
        }
        if (code == null || !Shop.CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.goods.code", code);
        }
        if (stock != null && (stock < 0 || stock > MAX_STOCK)) {
            throw new DomainException("error.goods.stock", stock);
        }
        this.shop = shop;
        this.code = code.strip();
        this.stock = stock;
        this.active = true;
        update(name, pricePoints, from, until);
    }

    /** Changes what the counter shows and charges; the stock is left to the counter and restocking. */
    public final void update(String newName, int newPrice, LocalDate from, LocalDate until) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        if (newPrice <= 0 || newPrice > MAX_PRICE) {
            throw new DomainException("error.goods.price", newPrice);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new DomainException("error.goods.dates", from, until);
        }
        this.name = newName.strip();
        this.pricePoints = newPrice;
        this.offeredFrom = from;
        this.offeredUntil = until;
    }

    /** Adds {@code quantity} to a limited stock; goods without a stock limit have nothing to restock. */
    public void restock(int quantity) {
        if (quantity <= 0 || quantity > MAX_STOCK) {
            throw new DomainException("error.goods.quantity", quantity);
        }
        if (stock == null) {
            throw new DomainException("error.goods.unlimited");
        }
        if ((long) stock + quantity > MAX_STOCK) {
            throw new DomainException("error.goods.stock", (long) stock + quantity);
        }
        stock += quantity;
    }

    /**
     * Takes {@code quantity} from a limited stock at the counter (the caller holds the row's lock);
     * never below zero.
     */
    public void take(int quantity) {
        if (stock != null) {
            if (quantity > stock) {
                throw DomainException.conflict("error.goods.outOfStock", name, stock);
            }
            stock -= quantity;
        }
    }

    /** No longer offered; it stays for the redemptions that name it. */
    public void retire() {
        this.active = false;
    }

    /** Offered on {@code day}: not retired, and the day within the dates (both inclusive). */
    public boolean isOfferedOn(LocalDate day) {
        return active && (offeredFrom == null || !day.isBefore(offeredFrom)) && (offeredUntil == null || !day.isAfter(offeredUntil));
    }

    /** A limited stock that is used up. */
    public boolean isSoldOut() {
        return stock != null && stock <= 0;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("shopId", shop == null ? null : shop.getId());
        state.put("code", code);
        state.put("name", name);
        state.put("pricePoints", pricePoints);
        state.put("stock", stock);
        state.put("offeredFrom", offeredFrom == null ? null : offeredFrom.toString());
        state.put("offeredUntil", offeredUntil == null ? null : offeredUntil.toString());
        state.put("active", active);
        return state;
    }

    public Shop getShop() {
        return shop;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getPricePoints() {
        return pricePoints;
    }

    public Integer getStock() {
        return stock;
    }

    public LocalDate getOfferedFrom() {
        return offeredFrom;
    }

    public LocalDate getOfferedUntil() {
        return offeredUntil;
    }

    public boolean isActive() {
        return active;
    }
}
