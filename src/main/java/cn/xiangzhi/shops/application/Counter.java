package cn.xiangzhi.shops.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.points.application.HouseholdCards;
import cn.xiangzhi.points.application.PointsMonths;
import cn.xiangzhi.points.application.PointsWallet;
import cn.xiangzhi.points.domain.CardCode;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.metrics.Tally;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shops.domain.Redemption;
import cn.xiangzhi.shops.domain.RedemptionItem;
import cn.xiangzhi.shops.domain.Shop;
import cn.xiangzhi.shops.domain.ShopGoods;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shop counter: a clerk identifies a household (its card, or its code), sees its redeemable
 * balance and restrictions, and redeems goods of the clerk's own shop. Exact under concurrency and
 * retries: the household is locked while its balance is checked and spent (PointsWallet), goods
 * with a stock are locked in id order and never go below zero, and the idempotency key makes a
 * retried request return the first redemption instead of redeeming again.
 */
@ApplicationScoped
@Transactional
public class Counter {

    static final Tally.Figure REDEMPTIONS = new Tally.Figure("xiangzhi.redemptions",
            "Redemptions at the exchange counters, not repeats of one nor returns");

    @Inject
    TenantEntityManager db;

    @Inject
    PointsWallet wallet;

    @Inject
    HouseholdCards cards;

    @Inject
    Shops shops;

    @Inject
    ShopSettings settings;

    @Inject
    BusinessClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Tally tally;

    public record Line(long goodsId, int quantity) {
    }

    public record Request(String household, List<Line> items, String idempotencyKey) {
    }

    public record ItemView(long id, long redemptionId, long goodsId, String code, String name, int quantity, int pricePoints,
                           int points) implements Serializable {
        static ItemView of(RedemptionItem i) {
            return new ItemView(i.getId() == null ? 0 : i.getId(), i.getRedemption().getId() == null ? 0 : i.getRedemption().getId(),
                    i.getGoods().getId(), i.getGoods().getCode(), i.getGoods().getName(), i.getQuantity(), i.getPricePoints(), i.points());
        }
    }

    public record RedemptionView(long id, long shopId, String shopName, long householdId, String householdCode, String head,
                                 Redemption.Kind kind, int points, long lineId, Long reversesId, String reason, String clerk,
                                 Instant createdAt, List<ItemView> items, boolean repeated, Integer redeemableAfter)
            implements Serializable {
        static RedemptionView of(Redemption r, boolean repeated) {
            return of(r, repeated, null);
        }

        /** {@code redeemableAfter}: what the household may still spend, known only right after a new redemption (else null). */
        static RedemptionView of(Redemption r, boolean repeated, Integer redeemableAfter) {
            return new RedemptionView(r.getId(), r.getShop().getId(), r.getShop().getName(), r.getHousehold().getId(),
                    r.getHousehold().getCode(), Masks.name(r.getHousehold().getHeadName()), r.getKind(), r.getPoints(),
                    r.getLineId(), r.getReverses() == null ? null : r.getReverses().getId(), r.getReason(), r.getClerk(),
                    r.getCreatedAt(), r.getItems().stream().map(ItemView::of).toList(), repeated, redeemableAfter);
        }
    }

    /**
     * What the clerk sees after scanning: the household (name masked), what it may spend, and why it
     * may not: restrictions, points frozen by an objection, points not yet released ({@code unreleased},
     * spendable from {@code releasedOn} when their month's objection period is running, or once their
     * month is published when it is null), proposals not yet decided ({@code pending}).
     */
    public record Customer(long householdId, String householdCode, String head, String village, int redeemable,
                           Set<RestrictionKind> restrictions, int frozen, int unreleased, LocalDate releasedOn, int pending)
            implements Serializable {

        /** The same customer after a spending that left {@code redeemable} (nothing else a spending changes is shown). */
        public Customer afterSpending(int redeemableAfter) {
            return new Customer(householdId, householdCode, head, village, Math.max(0, redeemableAfter), restrictions, frozen,
                    unreleased, releasedOn, pending);
        }
    }

    /** Goods the clerk's shop offers today. */
    public record Offer(long goodsId, String code, String name, int pricePoints, Integer stock) implements Serializable {
    }

    public record Shelf(long shopId, String shopName, List<Offer> goods) implements Serializable {
    }

    /** The clerk's shop and the goods it offers today, by code. */
    public Shelf shelf() {
        Shop shop = clerksShop(Access.require(Permission.SHOP_COUNTER));
        LocalDate today = LocalDate.now(clock);
        List<Offer> goods = db.tenant().createQuery("select g from ShopGoods g where g.shop = :s order by g.code", ShopGoods.class)
                .setParameter("s", shop).getResultStream().filter(g -> g.isOfferedOn(today))
                .map(g -> new Offer(g.getId(), g.getCode(), g.getName(), g.getPricePoints(), g.getStock())).toList();
        return new Shelf(shop.getId(), shop.getName(), goods);
    }

    /** Identifies the household of a scanned card or a typed household code, for the clerk's shop. */
    public Customer customer(String scannedOrCode) {
        Household household = household(db.tenant(), Access.require(Permission.SHOP_COUNTER), scannedOrCode);
        PointsMonths.Balance balance = wallet.balance(household.getId());
        int redeemable = Math.max(0, balance.redeemable());
        int unreleased = Math.max(0, balance.confirmed() - balance.frozen() - balance.redeemable());
        LocalDate releasedOn = unreleased > 0 ? wallet.nextRelease(household.getId()).orElse(null) : null;
        return new Customer(household.getId(), household.getCode(), Masks.name(household.getHeadName()),
                household.getVillage().getName(), redeemable, balance.restrictions(), balance.frozen(), unreleased, releasedOn,
                balance.pending());
    }

    /**
     * Redeems goods for a household; a request repeated with the same key returns the first
     * redemption. The household's row lock is the transaction's <b>first</b> statement: InnoDB takes
     * a transaction's snapshot at its first plain read, so every later read (the idempotency key,
     * the balance) sees what the previous holder of the lock committed, and no locking reads of
     * ranges (whose gap locks deadlock two counters) are needed.
     */
    public RedemptionView redeem(Request request) {
        return audit.inOneStatement(() -> redeemOnce(request)); // its three audit entries as one statement (ADR 0022)
    }

    private RedemptionView redeemOnce(Request request) {
        UserPrincipal user = Access.require(Permission.SHOP_COUNTER); // the one permission check of a redemption
        if (request == null || request.items() == null || request.items().isEmpty()) {
            throw new DomainException("error.redemption.empty");
        }
        EntityManager em = db.tenant();
        Household household = lockHousehold(em, request.household());
        if (request.idempotencyKey() == null) {
            throw new DomainException("error.redemption.key");
        }
        // the clerk's shop, whether it serves the household's village and the key's earlier redemption: one query
        ClerksShop at = shops.shopOfClerk(user.userId(), household.getVillageId(), request.idempotencyKey())
                .orElseThrow(() -> DomainException.conflict("error.counter.noShop"));
        Redemption earlier = at.earlierRedemptionId() == null ? null : em.find(Redemption.class, at.earlierRedemptionId());
        Shop shop = at.shop();
        Map<Long, Integer> quantities = quantitiesOf(request); // goods locked in id order: no deadlock between two counters
        if (earlier != null) {
            boolean same = earlier.getKind() == Redemption.Kind.REDEMPTION && earlier.getHousehold().getId().equals(household.getId())
                    && quantitiesOf(earlier).equals(quantities);
            return repeated(earlier, shop, same);
        }
        requireServed(at, household, request.household());
        Redemption redemption = Redemption.of(shop, household, request.idempotencyKey(), user.describe(), clock.instant());
        LocalDate today = LocalDate.now(clock);
        for (Map.Entry<Long, Integer> wanted : quantities.entrySet()) {
            ShopGoods goods = em.find(ShopGoods.class, wanted.getKey());
            if (goods == null || !goods.getShop().getId().equals(shop.getId())) {
                throw new DomainException("error.redemption.goods", wanted.getKey());
            }
            if (!goods.isOfferedOn(today)) {
                throw new DomainException("error.redemption.notOffered", goods.getName());
            }
            redemption.add(goods, wanted.getValue());
            if (goods.getStock() != null) {
                em.refresh(goods, LockModeType.PESSIMISTIC_WRITE); // the row as it is now, locked until commit
                goods.take(wanted.getValue());
            }
        }
        PointsWallet.Spent spent = wallet.spend(household, redemption.getPoints(), user.describe(),
                "兑换 " + shop.getCode() + " " + request.idempotencyKey());
        redemption.recordedAs(spent.lineId());
        em.persist(redemption);
        em.flush();
        tally.committed(REDEMPTIONS, 1);
        return RedemptionView.of(redemption, false, spent.redeemableAfter());
    }

    /**
     * The redemption a request's key already made, answered as a repeat (200), when a first
     * attempt committed although {@link #redeem} of a resend failed — on a Galera cluster a first
     * attempt whose answer was lost with its writer node can reach the next writer after the
     * resend looked the key up, and the resend then fails on the key's unique index. In a
     * transaction of its own, after the failed one rolled back; empty when the key made nothing.
     */
    public Optional<RedemptionView> alreadyRedeemed(Request request) {
        UserPrincipal user = Access.require(Permission.SHOP_COUNTER);
        if (request == null || request.idempotencyKey() == null || request.items() == null) {
            return Optional.empty();
        }
        EntityManager em = db.tenant();
        Redemption earlier = byKey(em, request.idempotencyKey());
        if (earlier == null) {
            return Optional.empty();
        }
        Map<Long, Integer> quantities = quantitiesOf(request);
        boolean same = earlier.getKind() == Redemption.Kind.REDEMPTION
                && earlier.getHousehold().getCode().equals(householdCode(request.household()))
                && quantitiesOf(earlier).equals(quantities);
        return Optional.of(repeated(earlier, clerksShop(user), same));
    }

    /** Locks the household a card or code names, by its unique code (a single-row lock). */
    private static Household lockHousehold(EntityManager em, String scannedOrCode) {
        String code = householdCode(scannedOrCode);
        return em.createQuery("select h from Household h where h.code = :c", Household.class).setParameter("c", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.counter.unknownHousehold", code));
    }

    /** Goods brought back within the tenant's return window: the points come back as a new ledger line; once per redemption. */
    public RedemptionView giveBack(long redemptionId, String reason, String idempotencyKey) {
        return audit.inOneStatement(() -> giveBackOnce(redemptionId, reason, idempotencyKey));
    }

    private RedemptionView giveBackOnce(long redemptionId, String reason, String idempotencyKey) {
        UserPrincipal user = Access.require(Permission.SHOP_COUNTER);
        EntityManager em = db.tenant();
        // first statement: the redemption's row lock serialises returns of it (see redeem for why first)
        Redemption original = em.find(Redemption.class, redemptionId, LockModeType.PESSIMISTIC_WRITE);
        Redemption earlier = byKey(em, idempotencyKey);
        Shop shop = clerksShop(user);
        if (earlier != null) {
            return repeated(earlier, shop, earlier.getReverses() != null && earlier.getReverses().getId() == redemptionId);
        }
        if (original == null || !original.getShop().getId().equals(shop.getId())) {
            throw new NotFoundException("Redemption", redemptionId);
        }
        int returnDays = settings.current().returnDays(); // the tenant's window (shop_rules, 7 days by default)
        if (original.getCreatedAt().plus(Duration.ofDays(returnDays)).isBefore(clock.instant())) {
            throw DomainException.conflict("error.redemption.windowOver", returnDays);
        }
        boolean returned = !em.createQuery("select r.id from Redemption r where r.reverses = :r", Long.class)
                .setParameter("r", original).getResultList().isEmpty();
        if (returned) {
            throw DomainException.conflict("error.redemption.returned", redemptionId);
        }
        Redemption back = original.returned(idempotencyKey, user.describe(), reason, clock.instant());
        for (RedemptionItem item : original.getItems()) {
            if (item.getGoods().getStock() != null) {
                em.refresh(item.getGoods(), LockModeType.PESSIMISTIC_WRITE);
                item.getGoods().restock(item.getQuantity());
            }
        }
        back.recordedAs(wallet.giveBack(original.getLineId(), user.describe(), reason));
        em.persist(back);
        em.flush();
        return RedemptionView.of(back, false);
    }

    /** The clerk's shop's redemptions, newest first (tenant admins and auditors: every shop in the tenant). */
    public List<RedemptionView> redemptions(Long shopId, int max) {
        UserPrincipal user = Access.require(Permission.SHOP_VIEW);
        Long only = user.role() == Role.SHOP_CLERK ? clerksShop(user).getId() : shopId;
        var query = db.tenant().createQuery("select r from Redemption r" + (only == null ? "" : " where r.shop.id = :s")
                + " order by r.id desc", Redemption.class).setMaxResults(ListSize.of(max));
        if (only != null) {
            query.setParameter("s", only);
        }
        return query.getResultStream().map(r -> RedemptionView.of(r, false)).toList();
    }

    public RedemptionView redemption(long id) {
        UserPrincipal user = Access.require(Permission.SHOP_VIEW);
        Redemption r = db.tenant().find(Redemption.class, id);
        if (r == null || (user.role() == Role.SHOP_CLERK
                && !r.getShop().getId().equals(clerksShop(user).getId()))) {
            throw new NotFoundException("Redemption", id);
        }
        return RedemptionView.of(r, false);
    }

    /** The goods of the redemptions the user sees (of one redemption if named), newest first. */
    public List<ItemView> items(Long redemptionId) {
        if (redemptionId != null) {
            return redemption(redemptionId).items();
        }
        return redemptions(null, 100).stream().flatMap(r -> r.items().stream()).toList();
    }

    public ItemView item(long id) {
        Access.require(Permission.SHOP_VIEW);
        RedemptionItem item = db.tenant().find(RedemptionItem.class, id);
        if (item == null) {
            throw new NotFoundException("RedemptionItem", id);
        }
        redemption(item.getRedemption().getId()); // the same visibility as its redemption
        return ItemView.of(item);
    }

    /**
     * The answer to a request repeated with an idempotency key already used: the first outcome when
     * the request is the same one (same shop, household, goods and quantities; or a return of the
     * same redemption); a key reused for another request is a client's bug, refused with 422
     * {@code error.redemption.keyUsed} rather than hidden behind the first answer.
     */
    private RedemptionView repeated(Redemption earlier, Shop shop, boolean sameRequest) {
        if (!sameRequest || !earlier.getShop().getId().equals(shop.getId())) {
            throw DomainException.unprocessable("error.redemption.keyUsed");
        }
        return RedemptionView.of(earlier, true);
    }

    /** The goods and quantities a request asks for, by goods id in ascending order. */
    private static Map<Long, Integer> quantitiesOf(Request request) {
        Map<Long, Integer> quantities = new TreeMap<>();
        request.items().forEach(l -> quantities.merge(l.goodsId(), l.quantity(), Integer::sum));
        return quantities;
    }

    private static Map<Long, Integer> quantitiesOf(Redemption redemption) {
        Map<Long, Integer> quantities = new TreeMap<>();
        redemption.getItems().forEach(i -> quantities.merge(i.getGoods().getId(), i.getQuantity(), Integer::sum));
        return quantities;
    }

    private static Redemption byKey(EntityManager em, String key) {
        if (key == null) {
            throw new DomainException("error.redemption.key");
        }
        return em.createQuery("select r from Redemption r where r.idempotencyKey = :k", Redemption.class).setParameter("k", key)
                .getResultStream().findFirst().orElse(null);
    }

    /** The shop {@code clerk} (whose permission is checked) acts for. */
    private Shop clerksShop(UserPrincipal clerk) {
        return shops.shopOfClerk(clerk.userId()).orElseThrow(() -> DomainException.conflict("error.counter.noShop"));
    }

    /** The household of a card (verified) or a household code, among the villages the clerk's shop serves. */
    private Household household(EntityManager em, UserPrincipal clerk, String scannedOrCode) {
        String code = householdCode(scannedOrCode);
        Household household = em.createQuery("select h from Household h where h.code = :c", Household.class).setParameter("c", code)
                .getResultStream().findFirst().orElseThrow(() -> new DomainException("error.counter.unknownHousehold", code));
        requireServed(shops.shopOfClerk(clerk.userId(), household.getVillageId(), null)
                .orElseThrow(() -> DomainException.conflict("error.counter.noShop")), household, scannedOrCode);
        return household;
    }

    /** The household code a card's text (read, not yet verified) or a typed code names. */
    private static String householdCode(String scannedOrCode) {
        String given = scannedOrCode == null ? "" : scannedOrCode.strip();
        if (given.isEmpty()) {
            throw new DomainException("error.counter.household");
        }
        return given.startsWith("XZ1.") ? CardCode.read(given).code().householdCode() : given;
    }

    /** A card must be valid (verified, not revoked) and the household's village served by the shop. */
    private void requireServed(ClerksShop at, Household household, String scannedOrCode) {
        if (scannedOrCode.strip().startsWith("XZ1.")) {
            cards.verifyCardOf(household, scannedOrCode.strip()); // the card against the household found by its code, not a second lookup
        }
        if (!at.serves()) {
            throw DomainException.conflict("error.counter.notServed", household.getVillage().getName(), at.shop().getName());
        }
    }

}
