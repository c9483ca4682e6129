package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.Honour;
import cn.xiangzhi.points.domain.HonourRoll;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.PublishedMonth;
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

    /**
     * Whether a village's figures of a year are final, so that honours awarded on them stay true:
     * every month with lines is closed and past its objection period, and no objection is open.
     * Until then the honours can be previewed but not awarded, so that a certificate never shows
     * points that a later correction takes back (the board would show the corrected figure).
     */
    public record YearStatus(int year, List<String> unclosed, List<String> inObjection, long openObjections, boolean settled)
            implements Serializable {
        static YearStatus of(int year, List<String> unclosed, List<String> inObjection, long openObjections) {
            return new YearStatus(year, unclosed, inObjection, openObjections,
                    unclosed.isEmpty() && inObjection.isEmpty() && openObjections == 0);
        }
    }

    public YearStatus status(long villageId, int year) {
        Access.require(Permission.POINTS_VIEW);
        return status(db.tenant(), this.places.visiblePlace(villageId, Permission.POINTS_VIEW), year);
    }

    private YearStatus status(EntityManager em, Place village, int year) {
        int from = year * 100 + 1;
        int to = year * 100 + 12;
        List<Integer> withLines = em.createQuery("select distinct l.month from LedgerLine l where l.village = :v"
                        + " and l.month between :from and :to and l.type in :scored order by l.month", Integer.class)
                .setParameter("v", village).setParameter("from", from).setParameter("to", to)
                .setParameter("scored", LineType.SCORED).getResultList();
        Map<Integer, PublishedMonth> published = new HashMap<>();
        em.createQuery("select m from PublishedMonth m where m.village = :v and m.month between :from and :to", PublishedMonth.class)
                .setParameter("v", village).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(m -> published.put(m.getMonth(), m));
        LocalDate today = clock.today();
        List<String> unclosed = withLines.stream().filter(m -> !published.containsKey(m)).map(Months::format).toList();
        List<String> inObjection = published.values().stream().filter(m -> m.inObjectionPeriod(today))
                .map(m -> Months.format(m.getMonth())).sorted().toList();
        long open = em.createQuery("select count(o) from Objection o where o.line.village = :v and o.line.month between :from and :to"
                        + " and o.status = :s", Long.class).setParameter("v", village).setParameter("from", from)
                .setParameter("to", to).setParameter("s", Objection.Status.OPEN).getSingleResult();
        return YearStatus.of(year, unclosed, inObjection, open);
    }

    /** Who would be honoured now, without writing anything (id 0). */
    public List<HonourView> preview(long villageId, int year, Integer places, String title, HonourRoll.Ties ties) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        Place village = this.places.visiblePlace(villageId, Permission.POINTS_VIEW);
        return roll(db.tenant(), village, year, places, title, ties).stream()
                .map(h -> new HonourView(0, village.getId(), village.getName(), year, h.getHousehold().getId(),
                        h.getHousehold().getCode(), h.getHousehold().getHeadName(), h.getTitle(), h.getRank(), h.getScore(),
                        user.describe(), null)).toList();
    }

    /**
     * Awards the village's honours of {@code year}: once per village and year — awarding again
     * returns the honours already awarded and writes nothing. {@code ties} (default {@code ALL})
     * settles a tie across the last place.
     */
    public List<HonourView> award(long villageId, int year, Integer places, String title, HonourRoll.Ties ties) {
        Access.require(Permission.POINTS_CONFIRM);
        Place village = this.places.visiblePlace(villageId, Permission.POINTS_CONFIRM);
        EntityManager em = db.tenant();
        em.lock(village, LockModeType.PESSIMISTIC_WRITE); // one award of a village at a time
        List<Honour> awarded = of(em, village, year);
        if (!awarded.isEmpty()) {
            return awarded.stream().map(HonourView::of).toList();
        }
        List<Honour> roll = roll(em, village, year, places, title, ties);
        YearStatus status = status(em, village, year);
        if (!status.settled()) {
            throw DomainException.conflict("error.honour.notFinal", String.valueOf(year), listed(status.unclosed()),
                    listed(status.inObjection()), status.openObjections());
        }
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

    private List<Honour> roll(EntityManager em, Place village, int year, Integer places, String title, HonourRoll.Ties ties) {
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
                        + " and l.scoredMonth between :from and :to and l.type in :scored group by l.household.id", Object[].class).setParameter("scored", LineType.SCORED)
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
        return HonourRoll.select(candidates, count, excluded, ties == null ? HonourRoll.Ties.ALL : ties).stream()
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

    private static String listed(List<String> months) {
        return months.isEmpty() ? "—" : String.join("、", months);
    }

    private static List<Honour> of(EntityManager em, Place village, int year) {
        return em.createQuery("select h from Honour h where h.village = :v and h.year = :y order by h.rank, h.household.code",
                Honour.class).setParameter("v", village).setParameter("y", year).getResultList();
    }
}
