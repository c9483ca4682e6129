package cn.xiangzhi.shops.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Points a household redeemed at a shop's counter (kind REDEMPTION, with the goods taken), or the
 * return of such a redemption (kind RETURN, naming it). Each has its ledger line; neither is ever
 * changed. The idempotency key makes a retried or double-clicked redemption one redemption.
 */
@Entity
@Table(name = "shop_redemption")
public class Redemption extends TenantOwnedEntity {

    /** A redemption or the return of one. */
    public enum Kind { REDEMPTION, RETURN }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shop_id", nullable = false, updatable = false)
    private Shop shop;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Kind kind;

    /** Points spent (a redemption) or given back (a return), always positive. */
    @Column(nullable = false, updatable = false)
    private int points;

    @Column(name = "line_id", nullable = false, updatable = false)
    private long lineId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private Redemption reverses;

    @Column(name = "idempotency_key", nullable = false, length = 64, updatable = false)
    private String idempotencyKey;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(nullable = false, length = 120, updatable = false)
    private String clerk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "redemption", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<RedemptionItem> items = new ArrayList<>();

    protected Redemption() {
    }

    public static Redemption of(Shop shop, Household household, String idempotencyKey, String clerk, Instant at) {
        Redemption r = new Redemption();
        r.shop = shop;
        r.household = household;
        r.kind = Kind.REDEMPTION;
        r.idempotencyKey = requireKey(idempotencyKey);
        r.clerk = clerk;
        r.createdAt = at;
        return r;
    }

    /** Adds {@code quantity} of {@code goods} at its price now; returns the points it costs. */
    public int add(ShopGoods goods, int quantity) {
        if (quantity < 1 || quantity > 99) {
            throw new DomainException("error.redemption.quantity", goods.getCode(), quantity);
        }
        RedemptionItem item = new RedemptionItem(this, goods, quantity, goods.getPricePoints());
        items.add(item);
        points += item.points();
        return item.points();
    }

    /** The return of this redemption (goods brought back), with its reason. */
    public Redemption returned(String idempotencyKey, String clerk, String why, Instant at) {
        if (kind != Kind.REDEMPTION) {
            throw DomainException.conflict("error.redemption.notReturnable", getId());
        }
        if (why == null || why.isBlank() || why.strip().length() > 500) {
            throw new DomainException("error.points.reason");
        }
        Redemption back = new Redemption();
        back.shop = shop;
        back.household = household;
        back.kind = Kind.RETURN;
        back.points = points;
        back.reverses = this;
        back.idempotencyKey = requireKey(idempotencyKey);
        back.reason = why.strip();
        back.clerk = clerk;
        back.createdAt = at;
        return back;
    }

    /** Called once the ledger line is written. */
    public void recordedAs(long ledgerLineId) {
        this.lineId = ledgerLineId;
    }

    static String requireKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_.:-]{8,64}")) {
            throw new DomainException("error.redemption.key");
        }
        return key;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("shopId", shop == null ? null : shop.getId());
        state.put("householdId", household == null ? null : household.getId());
        state.put("kind", kind == null ? null : kind.name());
        state.put("points", points);
        state.put("lineId", lineId);
        state.put("reversesId", reverses == null ? null : reverses.getId());
        state.put("key", idempotencyKey);
        state.put("reason", reason);
        return state;
    }

    public Shop getShop() {
        return shop;
    }

    public Household getHousehold() {
        return household;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPoints() {
        return points;
    }

    public long getLineId() {
        return lineId;
    }

    public Redemption getReverses() {
        return reverses;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getReason() {
        return reason;
    }

    public String getClerk() {
        return clerk;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RedemptionItem> getItems() {
        return List.copyOf(items);
    }
}
