package cn.xiangzhi.shops.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.UserRemoving;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shops.domain.Shop;
import cn.xiangzhi.shops.domain.ShopClerk;
import cn.xiangzhi.shops.domain.ShopGoods;
import cn.xiangzhi.shops.domain.ShopKind;
import cn.xiangzhi.shops.domain.ShopVillage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Exchange shops (积分兑换点) and their clerks. The tenant admin ({@code shop:manage}) registers
 * shops, the villages each serves and its clerks. Readers ({@code shop:view}) see: the tenant
 * admin every shop, a clerk their own shop only, everyone else the shops serving a village of
 * their scope. A shop of another tenant or out of sight is "not found".
 */
@ApplicationScoped
@Transactional
public class Shops {


    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record ShopForm(String code, String name, ShopKind kind, String partnerType, String address, String phone)
            implements Serializable {
    }

    public record ShopView(long id, String code, String name, ShopKind kind, String partnerType, String address, String phone,
                           boolean active, List<Long> villageIds, List<String> villages) implements Serializable {
        /** The villages served, as one line. */
        public String getVillageNames() {
            return String.join("、", villages);
        }
    }

    public record VillageLink(long id, long shopId, long villageId, String villageName) implements Serializable {
    }

    public record ClerkView(long id, long shopId, String shopCode, String shopName, long userId, String username,
                            String displayName, String assignedBy, Instant assignedAt) implements Serializable {
        static ClerkView of(ShopClerk c) {
            return new ClerkView(c.getId(), c.getShop().getId(), c.getShop().getCode(), c.getShop().getName(),
                    c.getUser().getId(), c.getUser().getUsername(), c.getUser().getDisplayName(), c.getAssignedBy(),
                    c.getAssignedAt());
        }
    }

    /** A user who may be made a clerk: role SHOP_CLERK, clerk of no shop yet. */
    public record ClerkCandidate(long id, String username, String displayName) implements Serializable {
    }

    /** A shop as the kiosk shows it, with the goods it offers today. */
    public record KioskShop(String name, ShopKind kind, String partnerType, String address, String phone,
                            List<KioskGoods> goods) implements Serializable {
    }

    public record KioskGoods(String name, int pricePoints, boolean soldOut) implements Serializable {
    }

    // ---- shops

    /** The shops the user sees, by code. */
    public List<ShopView> shops() {
        return views(db.tenant(), visibleShops());
    }

    public ShopView shop(long id) {
        EntityManager em = db.tenant();
        return views(em, List.of(visibleShop(id))).get(0);
    }

    public ShopView create(ShopForm form) {
        UserPrincipal user = Access.require(Permission.SHOP_MANAGE);
        EntityManager em = db.tenant();
        Shop shop = new Shop(form.code(), form.name(), form.kind(), form.partnerType(), form.address(), form.phone(),
                user.describe(), clock.instant());
        boolean taken = !em.createQuery("select s.id from Shop s where s.code = :c", Long.class)
                .setParameter("c", shop.getCode()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.shop.codeTaken", shop.getCode());
        }
        em.persist(shop);
        em.flush();
        return views(em, List.of(shop)).get(0);
    }

    /**
     * The shops page's save: registers a new shop ({@code id} null) or edits one, and sets the
     * villages it serves — all or nothing.
     */
    public ShopView save(Long id, ShopForm form, Collection<Long> villageIds) {
        ShopView saved = id == null ? create(form) : update(id, form);
        return serveVillages(saved.id(), villageIds == null ? List.of() : villageIds);
    }

    /** Changes name, kind, partner type, address and phone (the code stays); reactivates nothing. */
    public ShopView update(long id, ShopForm form) {
        Access.require(Permission.SHOP_MANAGE);
        Shop shop = visibleShop(id);
        shop.update(form.name(), form.kind(), form.partnerType(), form.address(), form.phone());
        return views(db.tenant(), List.of(shop)).get(0);
    }

    /** No more redemptions at the shop; villages, clerks, goods and history stay. */
    public ShopView deactivate(long id) {
        Access.require(Permission.SHOP_MANAGE);
        Shop shop = visibleShop(id);
        shop.deactivate();
        return views(db.tenant(), List.of(shop)).get(0);
    }

    public ShopView activate(long id) {
        Access.require(Permission.SHOP_MANAGE);
        Shop shop = visibleShop(id);
        shop.activate();
        return views(db.tenant(), List.of(shop)).get(0);
    }

    /** The villages whose households may redeem at the shop become exactly {@code villageIds}. */
    public ShopView serveVillages(long shopId, Collection<Long> villageIds) {
        Access.require(Permission.SHOP_MANAGE);
        if (villageIds == null || villageIds.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("error.shop.village");
        }
        EntityManager em = db.tenant();
        Shop shop = visibleShop(shopId);
        Set<Long> wanted = new LinkedHashSet<>(villageIds);
        List<Place> villages = new ArrayList<>();
        for (long id : wanted) {
            Place village = places.visiblePlace(id, Permission.SHOP_MANAGE);
            if (village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
                throw new DomainException("error.shop.village");
            }
            villages.add(village);
        }
        List<ShopVillage> current = em.createQuery("select sv from ShopVillage sv where sv.shop = :s", ShopVillage.class)
                .setParameter("s", shop).getResultList();
        Set<Long> kept = new HashSet<>();
        for (ShopVillage link : current) {
            if (wanted.contains(link.getVillage().getId())) {
                kept.add(link.getVillage().getId());
            } else {
                em.remove(link);
            }
        }
        em.flush();
        villages.stream().filter(v -> !kept.contains(v.getId())).forEach(v -> em.persist(new ShopVillage(shop, v)));
        em.flush();
        return views(em, List.of(shop)).get(0);
    }

    /** The links of visible shops to the villages they serve. */
    public List<VillageLink> villageLinks(Long shopId) {
        EntityManager em = db.tenant();
        List<Shop> shops = shopId == null ? visibleShops() : List.of(visibleShop(shopId));
        if (shops.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select sv from ShopVillage sv where sv.shop in :s order by sv.shop.code, sv.village.name",
                        ShopVillage.class).setParameter("s", shops).getResultList().stream()
                .map(sv -> new VillageLink(sv.getId(), sv.getShop().getId(), sv.getVillage().getId(), sv.getVillage().getName()))
                .toList();
    }

    public VillageLink villageLink(long id) {
        ShopVillage sv = db.tenant().find(ShopVillage.class, id);
        if (sv == null || !sees(Access.require(Permission.SHOP_VIEW), sv.getShop())) {
            throw new NotFoundException("ShopVillage", id);
        }
        return new VillageLink(sv.getId(), sv.getShop().getId(), sv.getVillage().getId(), sv.getVillage().getName());
    }

    /** The shop stops serving one village. */
    public void removeVillageLink(long id) {
        Access.require(Permission.SHOP_MANAGE);
        EntityManager em = db.tenant();
        ShopVillage sv = em.find(ShopVillage.class, id);
        if (sv == null || !sees(Access.require(Permission.SHOP_MANAGE), sv.getShop())) {
            throw new NotFoundException("ShopVillage", id);
        }
        em.remove(sv);
    }

    // ---- clerks

    /** Clerks of the visible shops, or of one of them. */
    public List<ClerkView> clerks(Long shopId) {
        EntityManager em = db.tenant();
        List<Shop> shops = shopId == null ? visibleShops() : List.of(visibleShop(shopId));
        if (shops.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ShopClerk c where c.shop in :s order by c.shop.code, c.user.username", ShopClerk.class)
                .setParameter("s", shops).getResultList().stream().map(ClerkView::of).toList();
    }

    public ClerkView clerk(long id) {
        ShopClerk clerk = db.tenant().find(ShopClerk.class, id);
        if (clerk == null || !sees(Access.require(Permission.SHOP_VIEW), clerk.getShop())) {
            throw new NotFoundException("ShopClerk", id);
        }
        return ClerkView.of(clerk);
    }

    /** Makes a SHOP_CLERK user the clerk of the shop; a user is clerk of one shop at most. */
    public ClerkView assignClerk(Long shopId, Long userId) {
        UserPrincipal by = Access.require(Permission.SHOP_MANAGE);
        if (shopId == null) {
            throw new DomainException("error.shop.required");
        }
        if (userId == null) {
            throw new DomainException("error.shop.clerkRequired");
        }
        EntityManager em = db.tenant();
        Shop shop = visibleShop(shopId);
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFoundException("UserAccount", userId);
        }
        ShopClerk clerk = new ShopClerk(shop, user, by.describe(), clock.instant());
        List<ShopClerk> existing = em.createQuery("select c from ShopClerk c where c.user = :u", ShopClerk.class)
                .setParameter("u", user).getResultList();
        if (!existing.isEmpty()) {
            throw DomainException.conflict("error.shop.clerkTaken", user.getUsername(), existing.get(0).getShop().getName());
        }
        em.persist(clerk);
        em.flush();
        return ClerkView.of(clerk);
    }

    public void unassignClerk(long id) {
        Access.require(Permission.SHOP_MANAGE);
        EntityManager em = db.tenant();
        ShopClerk clerk = em.find(ShopClerk.class, id);
        if (clerk == null || !sees(Access.require(Permission.SHOP_MANAGE), clerk.getShop())) {
            throw new NotFoundException("ShopClerk", id);
        }
        em.remove(clerk);
    }

    /** A removed user is clerk of no shop any more (audited as the end of the assignment). */
    void onUserRemoving(@jakarta.enterprise.event.Observes UserRemoving event) {
        EntityManager em = db.tenant();
        em.createQuery("select c from ShopClerk c where c.user.id = :u", ShopClerk.class).setParameter("u", event.userId())
                .getResultList().forEach(em::remove);
        em.flush();
    }

    /** SHOP_CLERK users of the tenant who are clerk of no shop yet, for the assignment list. */
    public List<ClerkCandidate> clerkCandidates() {
        Access.require(Permission.SHOP_MANAGE);
        return db.tenant().createQuery("select u from UserAccount u where u.role = :r and u.enabled = true and not exists"
                        + " (select c from ShopClerk c where c.user = u) order by u.username", UserAccount.class)
                .setParameter("r", Role.SHOP_CLERK).getResultList().stream()
                .map(u -> new ClerkCandidate(u.getId(), u.getUsername(), u.getDisplayName())).toList();
    }

    // ---- for the counter

    /**
     * The active shop the clerk {@code userId} acts for; empty when the user is no SHOP_CLERK (any
     * more), is clerk of no shop, or the shop is deactivated. Joins the caller's transaction.
     */
    public Optional<Shop> shopOfClerk(long userId) {
        // one query: the counter asks this on every redemption
        return db.tenant().createQuery("select s from ShopClerk c join c.shop s join c.user u where u.id = :u"
                        + " and u.role = :clerk and u.enabled = true and s.active = true order by c.id", Shop.class)
                .setParameter("u", userId).setParameter("clerk", Role.SHOP_CLERK).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * What the counter must know before it redeems, in one query (it asks on every redemption):
     * the shop the clerk acts for, whether it serves {@code villageId}, and the redemption already
     * made under {@code idempotencyKey} if any. Empty when the clerk has no active shop.
     */
    public Optional<ClerksShop> shopOfClerk(long userId, long villageId, String idempotencyKey) {
        return db.tenant().createQuery("select new cn.xiangzhi.shops.application.ClerksShop(s,"
                        + " (select count(sv) from ShopVillage sv where sv.shop = s and sv.village.id = :v),"
                        + " (select r.id from Redemption r where r.idempotencyKey = :k)) from ShopClerk c"
                        + " join c.shop s join c.user u"
                        + " where u.id = :u and u.role = :clerk and u.enabled = true and s.active = true order by c.id", ClerksShop.class)
                .setParameter("u", userId).setParameter("v", villageId).setParameter("k", idempotencyKey == null ? "" : idempotencyKey)
                .setParameter("clerk", Role.SHOP_CLERK) // no setMaxResults: on MySQL the limit is in the SQL, and
                .getResultList().stream().findFirst();  // EclipseLink prepared the query anew on every call (a clerk has one shop)
    }

    // ---- for the kiosk (no user)

    /**
     * The active shops serving the village and the goods each offers today, for the village kiosk:
     * no user and no permission check (as {@code PointsBoard}); an unknown village is "not found".
     */
    public List<KioskShop> kioskShops(long villageId) {
        EntityManager em = db.tenant();
        Place village = em.find(Place.class, villageId);
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new NotFoundException("Place", villageId);
        }
        List<Shop> shops = em.createQuery("select sv.shop from ShopVillage sv where sv.village = :v and sv.shop.active = true"
                + " order by sv.shop.kind desc, sv.shop.name", Shop.class).setParameter("v", village).getResultList();
        if (shops.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<KioskGoods>> goods = new LinkedHashMap<>();
        em.createQuery("select g from ShopGoods g where g.shop in :s and g.active = true order by g.pricePoints, g.name",
                        ShopGoods.class).setParameter("s", shops).getResultList().stream()
                .filter(g -> g.isOfferedOn(today))
                .forEach(g -> goods.computeIfAbsent(g.getShop().getId(), k -> new ArrayList<>())
                        .add(new KioskGoods(g.getName(), g.getPricePoints(), g.isSoldOut())));
        return shops.stream().map(s -> new KioskShop(s.getName(), s.getKind(), s.getPartnerType(), s.getAddress(), s.getPhone(),
                goods.getOrDefault(s.getId(), List.of()))).toList();
    }

    // ---- visibility, shared with Goods

    /** The shops the signed-in user sees, by code. */
    List<Shop> visibleShops() {
        UserPrincipal user = Access.require(Permission.SHOP_VIEW);
        EntityManager em = db.tenant();
        if (user.isOperator() || manages()) {
            return em.createQuery("select s from Shop s order by s.code", Shop.class).getResultList();
        }
        if (user.role() == Role.SHOP_CLERK) {
            return em.createQuery("select c.shop from ShopClerk c where c.user.id = :u", Shop.class)
                    .setParameter("u", user.userId()).getResultList();
        }
        return em.createQuery("select s from Shop s where exists (select sv.id from ShopVillage sv where sv.shop = s"
                        + " and sv.village.path like :scope) order by s.code", Shop.class)
                .setParameter("scope", user.scopePath() + "%").getResultList();
    }

    /** A shop the signed-in user sees, or not found. */
    Shop visibleShop(long id) {
        UserPrincipal user = Access.require(Permission.SHOP_VIEW);
        Shop shop = db.tenant().find(Shop.class, id);
        if (shop == null || !sees(user, shop)) {
            throw new NotFoundException("Shop", id);
        }
        return shop;
    }

    private boolean sees(UserPrincipal user, Shop shop) {
        if (user.isOperator() || manages()) {
            return true;
        }
        EntityManager em = db.tenant();
        if (user.role() == Role.SHOP_CLERK) {
            return !em.createQuery("select c.id from ShopClerk c where c.user.id = :u and c.shop = :s", Long.class)
                    .setParameter("u", user.userId()).setParameter("s", shop).getResultList().isEmpty();
        }
        return !em.createQuery("select sv.id from ShopVillage sv where sv.shop = :s and sv.village.path like :scope", Long.class)
                .setParameter("s", shop).setParameter("scope", user.scopePath() + "%").getResultList().isEmpty();
    }

    private static boolean manages() {
        return SecurityUtils.getSubject().isPermitted(Permission.SHOP_MANAGE);
    }

    private static List<ShopView> views(EntityManager em, List<Shop> shops) {
        if (shops.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ShopVillage>> links = new LinkedHashMap<>();
        em.createQuery("select sv from ShopVillage sv where sv.shop in :s order by sv.village.name", ShopVillage.class)
                .setParameter("s", shops).getResultList()
                .forEach(sv -> links.computeIfAbsent(sv.getShop().getId(), k -> new ArrayList<>()).add(sv));
        return shops.stream().map(s -> {
            List<ShopVillage> served = links.getOrDefault(s.getId(), List.of());
            return new ShopView(s.getId(), s.getCode(), s.getName(), s.getKind(), s.getPartnerType(), s.getAddress(), s.getPhone(),
                    s.isActive(), served.stream().map(sv -> sv.getVillage().getId()).toList(),
                    served.stream().map(sv -> sv.getVillage().getName()).toList());
        }).toList();
    }
}
