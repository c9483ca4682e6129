package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.HouseholdRestriction;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The negative list (负面清单): tenant admins and township reviewers ({@code points:restrict}) place
 * and lift restrictions on households in their scope; everyone who reads points sees them. The
 * restrictions in force on a day ({@link #kindsInForce}) are applied where they matter: the wallet
 * refuses spending under NO_REDEEM ({@code HouseholdLedger.spendable}), honours pass over NO_HONOUR.
 */
@ApplicationScoped
@Transactional
public class Restrictions {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    /** Placing a restriction: the household by id or, from the page, by code; {@code from} defaults to today. */
    public record Placing(Long householdId, String householdCode, RestrictionKind kind, String reason, LocalDate from,
                          LocalDate until) implements Serializable {
    }

    public record RestrictionView(long id, long householdId, String householdCode, String headName, long villageId,
                                  String villageName, RestrictionKind kind, String reason, LocalDate from, LocalDate until,
                                  String placedBy, Instant placedAt, String liftedBy, Instant liftedAt, String liftReason,
                                  boolean inForce) implements Serializable {
    }

    public RestrictionView place(Placing placing) {
        UserPrincipal user = Access.require(Permission.POINTS_RESTRICT);
        if (placing == null) {
            throw new DomainException("error.body.required");
        }
        EntityManager em = db.tenant();
        Household household = placing.householdId() != null
                ? Access.findInScope(em, Household.class, placing.householdId(), Permission.POINTS_RESTRICT, h -> h.getVillage().getPath())
                : byCode(em, user, placing.householdCode());
        LocalDate today = LocalDate.now(clock);
        LocalDate from = placing.from() == null ? today : placing.from();
        HouseholdRestriction restriction = new HouseholdRestriction(household, placing.kind(), placing.reason(), from,
                placing.until(), user.describe(), clock.instant());
        boolean overlapping = em.createQuery("select r from HouseholdRestriction r where r.household = :h and r.kind = :k"
                        + " and r.liftedAt is null and (r.until is null or r.until >= :from)", HouseholdRestriction.class)
                .setParameter("h", household).setParameter("k", placing.kind()).setParameter("from", from).getResultStream()
                .anyMatch(r -> placing.until() == null || !r.getFrom().isAfter(placing.until()));
        if (overlapping) {
            throw DomainException.conflict("error.restriction.overlap", household.getCode(), placing.kind());
        }
        em.persist(restriction);
        em.flush();
        return view(restriction, today);
    }

    /** Lifts a restriction early, for a reason; the restriction stays on record. */
    public RestrictionView lift(long id, String reason) {
        UserPrincipal user = Access.require(Permission.POINTS_RESTRICT);
        HouseholdRestriction restriction = visible(id, Permission.POINTS_RESTRICT);
        restriction.lift(user.describe(), reason, clock.instant());
        db.tenant().flush();
        return view(restriction, LocalDate.now(clock));
    }

    public RestrictionView get(long id) {
        return view(visible(id, Permission.POINTS_VIEW), LocalDate.now(clock));
    }

    /**
     * The restrictions not lifted and not yet over (in force today or beginning later) of a household,
     * of a village, or without either of every household in the user's scope; by household code.
     */
    public List<RestrictionView> active(Long householdId, Long villageId) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        EntityManager em = db.tenant();
        LocalDate today = LocalDate.now(clock);
        String select = "select r from HouseholdRestriction r where r.liftedAt is null and (r.until is null or r.until >= :today)";
        TypedQuery<HouseholdRestriction> query;
        if (householdId != null) {
            query = em.createQuery(select + " and r.household = :target order by r.from, r.id", HouseholdRestriction.class)
                    .setParameter("target", Access.findInScope(em, Household.class, householdId, Permission.POINTS_VIEW,
                            h -> h.getVillage().getPath()));
        } else if (villageId != null) {
            query = em.createQuery(select + " and r.household.village = :target order by r.household.code, r.from, r.id",
                    HouseholdRestriction.class).setParameter("target", places.visiblePlace(villageId, Permission.POINTS_VIEW));
        } else {
            query = em.createQuery(select + " and r.household.village.path like :target order by r.household.code, r.from, r.id",
                    HouseholdRestriction.class).setParameter("target", user.isOperator() ? "%" : user.scopePath() + "%");
        }
        return query.setParameter("today", today).getResultStream().map(r -> view(r, today)).toList();
    }

    /** The kinds of restriction in force for a household on {@code day} (for its balance). */
    static Set<RestrictionKind> kindsInForce(EntityManager em, Household household, LocalDate day) {
        Set<RestrictionKind> kinds = EnumSet.noneOf(RestrictionKind.class);
        inForce(em, "r.household = :target", household, day).forEach(r -> kinds.add(r.getKind()));
        return kinds;
    }

    /** Of a village's households, the ids of those with a restriction of {@code kind} in force on {@code day}: one query. */
    static Set<Long> restrictedIn(EntityManager em, Place village, RestrictionKind kind, LocalDate day) {
        Set<Long> ids = new HashSet<>();
        inForce(em, "r.household.village = :target", village, day).stream().filter(r -> r.getKind() == kind)
                .forEach(r -> ids.add(r.getHousehold().getId()));
        return ids;
    }

    /** The restrictions in force on {@code day} among those matching {@code condition} (on {@code :target}). */
    private static List<HouseholdRestriction> inForce(EntityManager em, String condition, Object target, LocalDate day) {
        return em.createQuery("select r from HouseholdRestriction r where " + condition + " and r.from <= :day"
                        + " and (r.until is null or r.until >= :day)", HouseholdRestriction.class)
                .setParameter("target", target).setParameter("day", day).getResultStream()
                .filter(r -> r.inForceOn(day, BusinessClock.currentZone())).toList();
    }

    private Household byCode(EntityManager em, UserPrincipal user, String code) {
        if (code == null || code.isBlank()) {
            throw new DomainException("error.restriction.household", code);
        }
        Household household = em.createQuery("select h from Household h where h.code = :c", Household.class)
                .setParameter("c", code.strip()).getResultStream().findFirst().orElse(null);
        if (household == null || !Access.inScope(user, household.getVillage().getPath())) {
            throw new DomainException("error.restriction.household", code.strip());
        }
        return household;
    }

    private HouseholdRestriction visible(long id, String permission) {
        return Access.findInScope(db.tenant(), HouseholdRestriction.class, id, permission,
                r -> r.getHousehold().getVillage().getPath());
    }

    private static RestrictionView view(HouseholdRestriction r, LocalDate today) {
        Household h = r.getHousehold();
        return new RestrictionView(r.getId(), h.getId(), h.getCode(), h.getHeadName(), h.getVillage().getId(),
                h.getVillage().getName(), r.getKind(), r.getReason(), r.getFrom(), r.getUntil(), r.getPlacedBy(), r.getPlacedAt(),
                r.getLiftedBy(), r.getLiftedAt(), r.getLiftReason(), r.inForceOn(today, BusinessClock.currentZone()));
    }
}
