package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.CardCode;
import cn.xiangzhi.points.domain.HouseholdCard;
import cn.xiangzhi.points.infrastructure.CardKeys;
import cn.xiangzhi.points.infrastructure.CardPrint;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Household cards (户卡): village info admins and the tenant admin issue a household its card,
 * reissue it when lost (the old one is revoked, the next serial issued) or revoke it, and print
 * cards one by one or a village's at once. The kiosk and the shop counters {@link #verify verify}
 * what a scanner read from a card: a card of this tenant, signed with its key, of a household in
 * the reader's scope, and not revoked.
 */
@ApplicationScoped
@Transactional
public class HouseholdCards {

    /** The most cards one village sheet prints (a large village has about 1,500 households). */
    static final int SHEET_LIMIT = 3000;

    @Inject
    TenantEntityManager db;

    @Inject
    CardKeys keys;

    @Inject
    BusinessClock clock;

    public record CardView(long id, long householdId, String householdCode, int serial, boolean valid, Instant issuedAt,
                           String issuedBy, Instant revokedAt, String revokedBy, String revokeReason) implements Serializable {
        static CardView of(HouseholdCard card) {
            return new CardView(card.getId(), card.getHousehold().getId(), card.getHousehold().getCode(), card.getSerial(),
                    card.isValid(), card.getIssuedAt(), card.getIssuedBy(), card.getRevokedAt(), card.getRevokedBy(),
                    card.getRevokeReason());
        }
    }

    /** A household's valid card (null when it has none) and every card it had, newest first. */
    public record Cards(long householdId, String householdCode, CardView current, List<CardView> history) implements Serializable {
    }

    /** What a counter learns from a good card: enough to serve the household, the head's name masked. */
    public record Verified(long householdId, String householdCode, String headName, long villageId, String villageName,
                           long cardId, int serial) {
    }

    /** Issues the household's first card, or its next after a revocation; refused while one is valid. */
    public CardView issue(long householdId) {
        UserPrincipal user = Access.require(Permission.POINTS_CARD);
        Household household = visibleHousehold(householdId, Permission.POINTS_CARD);
        if (validCard(household).isPresent()) {
            throw DomainException.conflict("error.card.exists", household.getCode());
        }
        return CardView.of(issueNext(household, user));
    }

    /** Revokes the household's valid card (it was lost, damaged…) and issues the next serial. */
    public CardView reissue(long householdId, String reason) {
        UserPrincipal user = Access.require(Permission.POINTS_CARD);
        HouseholdCard old = revokeValidCard(householdId, reason, user);
        return CardView.of(issueNext(old.getHousehold(), user));
    }

    /** Revokes the household's valid card, with a reason; the household then has none. */
    public CardView revoke(long householdId, String reason) {
        return CardView.of(revokeValidCard(householdId, reason, Access.require(Permission.POINTS_CARD)));
    }

    public Cards cards(long householdId) {
        Household household = visibleHousehold(householdId, Permission.POINTS_VIEW);
        List<CardView> history = db.tenant().createQuery("select c from HouseholdCard c where c.household = :h order by c.serial desc",
                HouseholdCard.class).setParameter("h", household).getResultStream().map(CardView::of).toList();
        return new Cards(household.getId(), household.getCode(),
                history.stream().filter(CardView::valid).findFirst().orElse(null), history);
    }

    /** Cards in scope, newest first, optionally of one village. */
    public List<CardView> list(Long villageId, int max) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        var query = db.tenant().createQuery("select c from HouseholdCard c where c.household.village.path like :scope"
                        + (villageId == null ? "" : " and c.household.village.id = :village") + " order by c.id desc", HouseholdCard.class)
                .setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        return query.setMaxResults(ListSize.of(max)).getResultStream().map(CardView::of).toList();
    }

    public CardView card(long id) {
        return CardView.of(Access.findInScope(db.tenant(), HouseholdCard.class, id, Permission.POINTS_VIEW,
                c -> c.getHousehold().getVillage().getPath()));
    }

    /**
     * Checks what a scanner read. Refusals, in this order: not a card's text ({@code error.card.malformed}),
     * a card of another tenant ({@code error.card.otherTenant}), a forged or altered card
     * ({@code error.card.signature}), a household that is gone or outside the reader's scope
     * ({@code error.card.unknownHousehold}), a revoked card ({@code error.card.revoked}, a conflict).
     */
    public Verified verify(String scanned) {
        UserPrincipal user = Access.require(Permission.POINTS_VERIFY);
        HouseholdCard card = check(scanned, h -> Access.inScope(user, h.getVillage().getPath()));
        Household household = card.getHousehold();
        return new Verified(household.getId(), household.getCode(), Masks.name(household.getHeadName()),
                household.getVillage().getId(), household.getVillage().getName(), card.getId(), card.getSerial());
    }

    /**
     * Whether {@code scanned} is a valid card of {@code household}, which the counter has already
     * found (and locked) by the code the card names and whose clerk's permission it has checked: the
     * card's tenant and signature, then one lookup of the card by household and serial — the household
     * is not looked up again (issue 20). Same refusals as {@link #verify}.
     */
    public void verifyCardOf(Household household, String scanned) {
        CardCode code = signed(scanned);
        if (!code.householdCode().equals(household.getCode())) {
            throw new DomainException("error.card.unknownHousehold", household.getCode());
        }
        valid(db.tenant(), household, code);
    }

    /**
     * The household of a valid card of {@code village}, for the village's public page and kiosk,
     * where a household shows its card instead of signing in. Same refusals as {@link #verify}.
     */
    Household holderOf(String scanned, Place village) {
        return check(scanned, h -> h.getVillage().getId().equals(village.getId())).getHousehold();
    }

    private HouseholdCard check(String scanned, Predicate<Household> visible) {
        CardCode code = signed(scanned);
        EntityManager em = db.tenant();
        Household household = em.createQuery("select h from Household h where h.code = :code", Household.class)
                .setParameter("code", code.householdCode()).getResultStream()
                .filter(h -> h.getCode().equals(code.householdCode()) && visible.test(h))
                .findFirst().orElseThrow(() -> new DomainException("error.card.unknownHousehold", code.householdCode()));
        return valid(em, household, code);
    }

    /** The card's code once its tenant and signature are checked. */
    private CardCode signed(String scanned) {
        CardCode.Scanned scan = CardCode.read(scanned);
        CardCode code = scan.code();
        if (!code.tenantCode().equals(TenantContext.current().code())) {
            throw new DomainException("error.card.otherTenant");
        }
        if (!scan.isSignedWith(keys.current())) {
            throw new DomainException("error.card.signature");
        }
        return code;
    }

    /** The household's card of the code's serial, refused when there is none or it is revoked. */
    private static HouseholdCard valid(EntityManager em, Household household, CardCode code) {
        HouseholdCard card = em.createQuery("select c from HouseholdCard c where c.household = :h and c.serial = :s", HouseholdCard.class)
                .setParameter("h", household).setParameter("s", code.serial()).getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("error.card.unknownHousehold", code.householdCode()));
        if (!card.isValid()) {
            throw DomainException.conflict("error.card.revoked", card.getSerial(), household.getCode(),
                    card.getRevokedAt().toString().substring(0, 10));
        }
        return card;
    }

    /** The QR code of the household's valid card as a PNG. */
    public byte[] qrPng(long householdId) {
        Access.require(Permission.POINTS_CARD);
        return CardPrint.qrPng(payload(validCardOf(householdId)), 400);
    }

    /** The household's valid card, printable (A4 with the card in its first place). */
    public byte[] pdf(long householdId) {
        Access.require(Permission.POINTS_CARD);
        return CardPrint.pdf(List.of(face(validCardOf(householdId))));
    }

    /** The valid cards of a village's households by household code, ten to an A4 page. */
    public byte[] villagePdf(long villageId) {
        Access.require(Permission.POINTS_CARD);
        Place village = Access.findInScope(db.tenant(), Place.class, villageId, Permission.POINTS_CARD, Place::getPath);
        List<CardPrint.Face> faces = db.tenant().createQuery("select c from HouseholdCard c where c.household.village = :v"
                        + " and c.revokedAt is null order by c.household.code", HouseholdCard.class)
                .setParameter("v", village).setMaxResults(SHEET_LIMIT).getResultStream().map(this::face).toList();
        return CardPrint.pdf(faces);
    }


    private HouseholdCard issueNext(Household household, UserPrincipal user) {
        EntityManager em = db.tenant();
        Integer last = em.createQuery("select max(c.serial) from HouseholdCard c where c.household = :h", Integer.class)
                .setParameter("h", household).getSingleResult();
        HouseholdCard card = new HouseholdCard(household, last == null ? 1 : last + 1, user.describe(), clock.instant());
        em.persist(card);
        em.flush();
        return card;
    }

    private HouseholdCard revokeValidCard(long householdId, String reason, UserPrincipal user) {
        HouseholdCard card = validCardOf(householdId);
        card.revoke(reason, user.describe(), clock.instant());
        db.tenant().flush(); // the card leaves the unique "active" key before a new one may take it
        return card;
    }

    private CardPrint.Face face(HouseholdCard card) {
        Household household = card.getHousehold();
        return new CardPrint.Face("户卡 Household card", household.getVillage().getName(), household.getCode(),
                household.getHeadName(), card.getSerial(), payload(card));
    }

    private String payload(HouseholdCard card) {
        return card.code(TenantContext.current().code()).payload(keys.current());
    }

    private HouseholdCard validCardOf(long householdId) {
        Household household = visibleHousehold(householdId, Permission.POINTS_CARD);
        return validCard(household).orElseThrow(() -> DomainException.conflict("error.card.none", household.getCode()));
    }

    private Optional<HouseholdCard> validCard(Household household) {
        return db.tenant().createQuery("select c from HouseholdCard c where c.household = :h and c.revokedAt is null",
                HouseholdCard.class).setParameter("h", household).getResultStream().findFirst();
    }

    private Household visibleHousehold(long id, String permission) {
        return Access.findInScope(db.tenant(), Household.class, id, permission, h -> h.getVillage().getPath());
    }

}
