package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.Honour;
import cn.xiangzhi.points.domain.HonourRoll;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.points.infrastructure.HonourCertificates;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Yearly honours (一年一评优, seed 002: the households with the most points are honoured at the
 * year's end and receive a certificate). See {@link HonourRoll} for who is honoured; a household
 * with a NO_HONOUR restriction in force on the day of the award is passed by.
 */
@ApplicationScoped
@Transactional
public class PointsHonours {

    public static final String DEFAULT_TITLE = "年度积分先进户";
    public static final int DEFAULT_PLACES = 10;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record HonourView(long id, long villageId, String villageName, int year, long householdId, String householdCode,
                             String headName, String title, int rank, int score, String awardedBy, Instant awardedAt)
            implements Serializable {
        static HonourView of(Honour h) {
            return new HonourView(h.getId(), h.getVillage().getId(), h.getVillage().getName(), h.getYear(),
                    h.getHousehold().getId(), h.getHousehold().getCode(), h.getHousehold().getHeadName(), h.getTitle(),
                    h.getRank(), h.getScore(), h.getAwardedBy(), h.getAwardedAt());
        }
    }

    /** Who would be honoured now, without writing anything (id 0). */
    public List<HonourView> preview(long villageId, int year, Integer places, String title) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        Place village = this.places.visiblePlace(villageId, Permission.POINTS_VIEW);
        return roll(db.tenant(), village, year, places, title).stream()
                .map(h -> new HonourView(0, village.getId(), village.getName(), year, h.getHousehold().getId(),
                        h.getHousehold().getCode(), h.getHousehold().getHeadName(), h.getTitle(), h.getRank(), h.getScore(),
                        user.describe(), null)).toList();
    }

    /**
     * Awards the village's honours of {@code year}: once per village and year — awarding again
     * returns the honours already awarded and writes nothing.
     */
    public List<HonourView> award(long villageId, int year, Integer places, String title) {
        Access.require(Permission.POINTS_CONFIRM);
        Place village = this.places.visiblePlace(villageId, Permission.POINTS_CONFIRM);
        EntityManager em = db.tenant();
        em.lock(village, LockModeType.PESSIMISTIC_WRITE); // one award of a village at a time
        List<Honour> awarded = of(em, village, year);
        if (!awarded.isEmpty()) {
            return awarded.stream().map(HonourView::of).toList();
        }
        List<Honour> roll = roll(em, village, year, places, title);
        if (roll.isEmpty()) {
            throw new DomainException("error.honour.nobody", village.getName(), String.valueOf(year));
        }
        roll.forEach(em::persist);
        em.flush();
        return roll.stream().map(HonourView::of).toList();
    }

    /** Honours in scope, of one village and/or year if named, by village, year and rank. */
    public List<HonourView> honours(Long villageId, Integer year) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        var query = db.tenant().createQuery("select h from Honour h where h.village.path like :scope"
                + (villageId == null ? "" : " and h.village.id = :v") + (year == null ? "" : " and h.year = :y")
                + " order by h.village.name, h.year desc, h.rank, h.household.code", Honour.class)
                .setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (year != null) {
            query.setParameter("y", year);
        }
        return query.setMaxResults(2000).getResultStream().map(HonourView::of).toList();
    }

    /** The certificates of the honours named (all in scope), in the order given, issued in the tenant's name. */
    public byte[] certificates(List<Long> ids) {
        EntityManager em = db.tenant();
        String issuer = TenantContext.current().name();
        List<HonourCertificates.Certificate> certificates = ids.stream()
                .map(id -> Access.findInScope(em, Honour.class, id, Permission.POINTS_VIEW, h -> h.getVillage().getPath()))
                .map(h -> new HonourCertificates.Certificate(issuer, h.getVillage().getName(),
                        h.getYear(), h.getHousehold().getCode(), h.getHousehold().getHeadName(), h.getTitle(), h.getRank(),
                        h.getScore(), LocalDate.ofInstant(h.getAwardedAt(), clock.getZone())))
                .toList();
        return HonourCertificates.pdf(certificates);
    }

    public HonourView honour(long id) {
        return HonourView.of(Access.findInScope(db.tenant(), Honour.class, id, Permission.POINTS_VIEW, h -> h.getVillage().getPath()));
    }

    private List<Honour> roll(EntityManager em, Place village, int year, Integer places, String title) {
        if (year < 2000 || year > lastAwardableYear()) {
            throw new DomainException("error.honour.year", String.valueOf(year));
        }
        int count = places == null ? DEFAULT_PLACES : places;
        if (count < 1 || count > 100) {
            throw new DomainException("error.honour.places", count);
        }
        String named = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        Map<Long, Household> households = new HashMap<>();
        List<HonourRoll.Candidate> candidates = new ArrayList<>();
        Map<Long, Integer> scores = new HashMap<>();
        em.createQuery("select l.household.id, sum(l.points) from LedgerLine l where l.village = :v"
                        + " and l.month between :from and :to and l.type in :scored group by l.household.id", Object[].class).setParameter("scored", LineType.SCORED)
                .setParameter("v", village).setParameter("from", year * 100 + 1).setParameter("to", year * 100 + 12)
                .getResultList().forEach(r -> scores.put((Long) r[0], ((Number) r[1]).intValue()));
        if (!scores.isEmpty()) {
            em.createQuery("select h from Household h where h.id in :ids", Household.class).setParameter("ids", scores.keySet())
                    .getResultList().forEach(h -> {
                        households.put(h.getId(), h);
                        candidates.add(new HonourRoll.Candidate(h.getId(), h.getCode(), scores.get(h.getId())));
                    });
        }
        Set<Long> excluded = Restrictions.restrictedIn(em, village, RestrictionKind.NO_HONOUR, LocalDate.now(clock));
        Instant now = clock.instant();
        String by = Access.require(Permission.POINTS_VIEW).describe();
        return HonourRoll.select(candidates, count, excluded).stream()
                .map(p -> new Honour(village, year, households.get(p.householdId()), named, p.rank(), p.score(), by, now))
                .toList();
    }

    /**
     * Honours are for a year that is over, or in its December (年末表彰): awarded once, they are
     * never changed, so March must not fix the year's roll.
     */
    public int lastAwardableYear() {
        LocalDate today = LocalDate.now(clock);
        return today.getMonthValue() == 12 ? today.getYear() : today.getYear() - 1;
    }

    private static List<Honour> of(EntityManager em, Place village, int year) {
        return em.createQuery("select h from Honour h where h.village = :v and h.year = :y order by h.rank, h.household.code",
                Honour.class).setParameter("v", village).setParameter("y", year).getResultList();
    }
}
