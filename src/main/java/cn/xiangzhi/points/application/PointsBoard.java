package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.points.application.PointsMonths.ObjectionView;
import cn.xiangzhi.points.domain.Honour;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.PublishedMonth;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.AttemptLimiter;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The public side of a village's points (一月一公示): what the notice board, the kiosk and the
 * public page show without a login, and a household's objection made with its household code and
 * the head's name (or with its household card). Names are masked; nothing here needs a user.
 */
@ApplicationScoped
@Transactional
public class PointsBoard {

    @Inject
    TenantEntityManager db;

    @Inject
    PointsScores scores;

    @Inject
    HouseholdCards cards;

    @Inject
    BusinessClock clock;

    /** A household has at most this many open objections: more would freeze it by the hand of a stranger. */
    public static final int MAX_OPEN_OBJECTIONS = 3;
    /** Failed identifications per village and household code within {@link #ATTEMPT_WINDOW} that block further tries. */
    public static final int MAX_FAILED_IDENTIFICATIONS = 5;
    public static final Duration ATTEMPT_WINDOW = Duration.ofMinutes(15);

    /** Failed identifications per village and household code: 5 in 15 minutes block further tries. */
    private final AttemptLimiter attempts =
            new AttemptLimiter(MAX_FAILED_IDENTIFICATIONS, ATTEMPT_WINDOW);

    /** One household on the board: the month's points, what objections took back later, open objections. */
    public record BoardHousehold(String code, String head, int points, int correction, int openObjections)
            implements Serializable {
        public int getFinalPoints() {
            return points + correction;
        }
    }

    public record Board(long villageId, String villageName, String month, LocalDate objectionUntil, boolean objectionsOpen,
                        List<BoardHousehold> households) implements Serializable {
    }

    /** A line of the published month as the household sees it when it objects. */
    /**
     * A line of a household's month: {@code status} COUNTED, OBJECTED, REVERSED or CORRECTION (a line
     * that takes another back); {@code bookedIn} is the month a correction was booked in when that is
     * later than the month it concerns (the first month the village had not closed), else null.
     */
    public record BoardLine(long lineId, String item, int points, String status, String bookedIn) implements Serializable {
    }

    /** A grid's place in a quarter's ranking, with its name. */
    public record BoardPlacement(int rank, String grid, int score, String tier, int bonus) implements Serializable {
    }

    public record BoardRanking(String quarter, GridLevel level, List<BoardPlacement> placements) implements Serializable {
    }

    /** The village's published months, newest first (as {@code yyyy-MM}). */
    public List<String> publishedMonths(long villageId) {
        return db.tenant().createQuery("select m.month from PublishedMonth m where m.village = :v order by m.month desc",
                Integer.class).setParameter("v", village(villageId)).getResultStream().map(Months::format).toList();
    }

    /** The board of a published month, or of the latest one when {@code month} is null; empty when none is published. */
    public Optional<Board> board(long villageId, String month) {
        EntityManager em = db.tenant();
        Place village = village(villageId);
        Optional<PublishedMonth> published = month == null
                ? em.createQuery("select m from PublishedMonth m where m.village = :v order by m.month desc", PublishedMonth.class)
                .setParameter("v", village).setMaxResults(1).getResultStream().findFirst()
                : em.createQuery("select m from PublishedMonth m where m.village = :v and m.month = :m", PublishedMonth.class)
                .setParameter("v", village).setParameter("m", Months.parse(month)).getResultStream().findFirst();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        PublishedMonth m = published.get();
        Map<Long, Integer> corrections = new HashMap<>();
        em.createQuery("select r.household.id, sum(r.points) from LedgerLine r where r.village = :v"
                        + " and r.scoredMonth = :m and r.month <> :m and r.type = :reversal group by r.household.id", Object[].class)
                .setParameter("reversal", LineType.REVERSAL)
                .setParameter("v", village).setParameter("m", m.getMonth()).getResultList()
                .forEach(r -> corrections.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<Long, Integer> open = new HashMap<>();
        em.createQuery("select o.line.household.id, count(o) from Objection o where o.line.village = :v and o.line.month = :m"
                        + " and o.status = :s group by o.line.household.id", Object[].class)
                .setParameter("v", village).setParameter("m", m.getMonth()).setParameter("s", Objection.Status.OPEN)
                .getResultList().forEach(r -> open.put((Long) r[0], ((Number) r[1]).intValue()));
        List<BoardHousehold> households = new ArrayList<>();
        em.createQuery("select h.id, h.code, h.headName, sum(l.points) from LedgerLine l join l.household h"
                        + " where l.village = :v and l.month = :m and l.scoredMonth = :m and l.type in :scored"
                        + " group by h.id, h.code, h.headName"
                        + " order by h.code", Object[].class).setParameter("scored", LineType.SCORED)
                .setParameter("v", village).setParameter("m", m.getMonth()).getResultList()
                .forEach(r -> households.add(new BoardHousehold((String) r[1], Masks.name((String) r[2]), ((Number) r[3]).intValue(),
                        corrections.getOrDefault((Long) r[0], 0), open.getOrDefault((Long) r[0], 0))));
        return Optional.of(new Board(village.getId(), village.getName(), Months.format(m.getMonth()), m.getObjectionUntil(),
                m.inObjectionPeriod(LocalDate.now(clock)), households));
    }

    /**
     * The lines of a published month of one household, for its objection: the household proves
     * itself with its code and the head's full name as registered.
     */
    public List<BoardLine> householdLines(long villageId, String month, String householdCode, String headName) {
        EntityManager em = db.tenant();
        Place village = village(villageId);
        int m = Months.parse(month);
        boolean published = !em.createQuery("select p.id from PublishedMonth p where p.village = :v and p.month = :m", Long.class)
                .setParameter("v", village).setParameter("m", m).getResultList().isEmpty();
        if (!published) {
            throw new NotFoundException("PublishedMonth", m);
        }
        Household household = household(em, village, householdCode, headName);
        Set<Long> objected = new HashSet<>(em.createQuery("select o.line.id from Objection o where o.line.household = :h"
                + " and o.line.month = :m and o.status = :s", Long.class).setParameter("h", household).setParameter("m", m)
                .setParameter("s", Objection.Status.OPEN).getResultList());
        Set<Long> reversed = new HashSet<>(em.createQuery("select r.reverses.id from LedgerLine r where r.household = :h"
                + " and r.reverses.month = :m", Long.class).setParameter("h", household).setParameter("m", m).getResultList());
        return em.createQuery("select l from LedgerLine l where l.household = :h and l.scoredMonth = :m and l.village = :v"
                        + " and l.type in :scored order by l.id", LedgerLine.class).setParameter("scored", LineType.SCORED)
                .setParameter("h", household).setParameter("m", m).setParameter("v", household.getVillage())
                .getResultStream().map(l -> new BoardLine(l.getId(), describe(l), l.getPoints(),
                        l.getType() == LineType.REVERSAL ? "CORRECTION" : objected.contains(l.getId()) ? "OBJECTED"
                                : reversed.contains(l.getId()) ? "REVERSED" : "COUNTED",
                        l.getMonth() == m ? null : Months.format(l.getMonth())))
                .toList();
    }

    /** A household objects to one of its published lines, without a login (kiosk or phone). */
    public ObjectionView object(long villageId, String householdCode, String headName, long lineId, String reason) {
        EntityManager em = db.tenant();
        Household household = household(em, village(villageId), householdCode, headName);
        LedgerLine line = em.find(LedgerLine.class, lineId);
        if (line == null || !line.getHousehold().getId().equals(household.getId())) {
            throw new NotFoundException("LedgerLine", lineId);
        }
        long open = em.createQuery("select count(o) from Objection o where o.line.household = :h and o.status = :s", Long.class)
                .setParameter("h", household).setParameter("s", Objection.Status.OPEN).getSingleResult();
        if (open >= MAX_OPEN_OBJECTIONS) {
            throw DomainException.conflict("error.points.tooManyObjections", MAX_OPEN_OBJECTIONS);
        }
        return PointsMonths.objectTo(em, line, reason, "户 " + household.getCode(), LocalDate.now(clock), clock.instant());
    }

    /** The village's rankings of the quarter containing today, village grids and household groups. */
    public List<BoardRanking> rankings(long villageId) {
        YearMonth now = YearMonth.now(clock);
        String quarter = now.getYear() + "-Q" + ((now.getMonthValue() - 1) / 3 + 1);
        Place village = village(villageId);
        List<BoardRanking> rankings = new ArrayList<>();
        for (GridLevel level : List.of(GridLevel.VILLAGE_GRID, GridLevel.HOUSEHOLD_GROUP)) {
            PointsScores.QuarterRanking ranking = scores.rankingOf(village, quarter, level);
            Map<Long, String> names = new HashMap<>();
            db.tenant().createQuery("select g.id, g.name from Grid g where g.village = :v and g.level = :l", Object[].class)
                    .setParameter("v", village).setParameter("l", level).getResultList()
                    .forEach(r -> names.put((Long) r[0], (String) r[1]));
            rankings.add(new BoardRanking(quarter, level, ranking.placements().stream()
                    .map(p -> new BoardPlacement(p.rank(), names.get(p.gridId()), p.score(), p.tier().name(), p.bonus())).toList()));
        }
        return rankings;
    }

    /** An honoured household as the board names it. */
    public record BoardHonour(int year, int rank, String code, String head, String title) implements Serializable {
    }

    /** The village's honours of the latest year it awarded them, by rank. */
    public List<BoardHonour> honours(long villageId) {
        Place village = village(villageId);
        return db.tenant().createQuery("select h from Honour h where h.village = :v and h.year ="
                        + " (select max(x.year) from Honour x where x.village = :v) order by h.rank, h.household.code",
                        Honour.class).setParameter("v", village).getResultStream()
                .map(h -> new BoardHonour(h.getYear(), h.getRank(), h.getHousehold().getCode(), Masks.name(h.getHousehold().getHeadName()),
                        h.getTitle())).toList();
    }

    /** 张三 → 张*; 欧阳娜娜 → 欧***: the board names a household by its family name only. */

    private static String describe(LedgerLine l) {
        return l.getItem() != null ? l.getItem().getName() : l.getReason() != null ? l.getReason() : l.getType().name();
    }

    private Place village(long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new NotFoundException("Place", villageId);
        }
        return village;
    }

    /**
     * The household that names itself with its code and the head's full name, or with the text of
     * its household card (scanned at the kiosk, or typed): then the name is not needed.
     */
    private Household household(EntityManager em, Place village, String code, String headName) {
        String attempt = village.getId() + "/" + (code == null ? "" : code.strip());
        if (attempts.blocked(attempt)) {
            throw DomainException.conflict("error.points.tooManyAttempts", ATTEMPT_WINDOW.toMinutes());
        }
        try {
            if (code != null && code.strip().startsWith("XZ1.")) {
                return cards.holderOf(code, village);
            }
            String given = headName == null ? "" : headName.strip();
            return em.createQuery("select h from Household h where h.village = :v and h.code = :c", Household.class)
                    .setParameter("v", village).setParameter("c", code == null ? "" : code.strip()).getResultStream()
                    .filter(h -> !given.isEmpty() && given.equals(h.getHeadName()))
                    .findFirst().orElseThrow(() -> new DomainException("error.points.householdUnknown"));
        } catch (DomainException refused) {
            attempts.failed(attempt);
            throw refused;
        }
    }
}
