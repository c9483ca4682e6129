package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.HouseholdLedger;
import cn.xiangzhi.points.domain.LedgerRow;
import cn.xiangzhi.points.domain.ReleasedMonth;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.Proposal;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.points.domain.PublishedMonth;
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
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The monthly cycle of a village's points: closing a month publishes it (一月一公示) for an
 * objection period; objections freeze their line until a reviewer resolves them; afterwards the
 * month's unfrozen lines are redeemable. Deductions count against the balance at once.
 */
@ApplicationScoped
@Transactional
public class PointsMonths {

    @Inject
    TenantEntityManager db;

    @Inject
    PointsSettings settings;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record MonthView(long id, long villageId, String month, String closedBy, LocalDate objectionUntil)
            implements Serializable {
        static MonthView of(PublishedMonth m) {
            return new MonthView(m.getId(), m.getVillage().getId(), Months.format(m.getMonth()), m.getClosedBy(),
                    m.getObjectionUntil());
        }
    }

    public record HouseholdTotal(long householdId, String householdCode, String headName, int points, int lines)
            implements Serializable {
    }

    public record Publication(MonthView month, List<HouseholdTotal> households) implements Serializable {
    }

    /**
     * An objection with what a reviewer needs to decide it: the household (code and head), its
     * village, the item, month, points, note and evidence of the line objected to, the reason and who raised it.
     */
    public record ObjectionView(long id, long lineId, String householdCode, int points, String reason, String raisedBy,
                                Objection.Status status, String resolvedBy, String resolution, String headName, String villageName,
                                String itemName, String month, String note, String evidence) implements Serializable {
        static ObjectionView of(Objection o) {
            LedgerLine line = o.getLine();
            return new ObjectionView(o.getId(), line.getId(), line.getHousehold().getCode(), line.getPoints(), o.getReason(), o.getRaisedBy(),
                    o.getStatus(), o.getResolvedBy(), o.getResolution(), line.getHousehold().getHeadName(),
                    line.getVillage() == null ? null : line.getVillage().getName(), line.getItem() == null ? null : line.getItem().getName(),
                    String.format("%d-%02d", line.getMonth() / 100, line.getMonth() % 100),
                    line.getProposal() == null ? null : line.getProposal().getNote(), line.getEvidence());
        }
    }

    /** {@code restrictions}: the kinds of restriction in force today (e.g. NO_REDEEM: the counter refuses). */
    public record Balance(long householdId, int confirmed, int redeemable, int frozen, int pending,
                          Set<RestrictionKind> restrictions) implements Serializable {
    }

    /**
     * Closes {@code month} of a village: it must have begun and have no undecided proposals. Closing a
     * closed month returns it unchanged. Without {@code objectionDays} the tenant's rules give the period.
     */
    public MonthView close(long villageId, String month, Integer objectionDays) {
        UserPrincipal user = Access.require(Permission.POINTS_CONFIRM);
        Place village = places.visiblePlace(villageId, Permission.POINTS_CONFIRM);
        int m = Months.parse(month);
        if (Months.toYearMonth(m).isAfter(YearMonth.now(clock))) {
            throw new DomainException("error.points.futureMonth", month);
        }
        EntityManager em = db.tenant();
        PublishedMonth closed = find(em, village, m);
        if (closed != null) {
            return MonthView.of(closed);
        }
        long pending = em.createQuery("select count(p) from Proposal p where p.household.village = :v and p.month = :m"
                + " and p.status = :s", Long.class).setParameter("v", village).setParameter("m", m)
                .setParameter("s", ProposalStatus.PROPOSED).getSingleResult();
        if (pending > 0) {
            throw DomainException.conflict("error.points.pending", pending, month);
        }
        PublishedMonth published = new PublishedMonth(village, m, user.describe(), clock.instant(), LocalDate.now(clock),
                objectionDays == null ? settings.current().objectionDays() : objectionDays);
        em.persist(published);
        em.flush();
        return MonthView.of(published);
    }

    public List<MonthView> months() {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        return db.tenant().createQuery("select m from PublishedMonth m where m.village.path like :scope order by m.month desc, m.id",
                PublishedMonth.class).setParameter("scope", user.scopePath() + "%").getResultStream().map(MonthView::of).toList();
    }

    public MonthView month(long id) {
        return MonthView.of(visibleMonth(id, Permission.POINTS_VIEW));
    }

    /** Each household's points of the published month, as the notice board shows them. */
    public Publication publication(long monthId) {
        PublishedMonth month = visibleMonth(monthId, Permission.POINTS_VIEW);
        Map<Long, HouseholdTotal> totals = new LinkedHashMap<>();
        db.tenant().createQuery("select h.id, h.code, h.headName, sum(l.points), count(l) from LedgerLine l join l.household h"
                        + " where l.village = :v and l.month = :m and l.scoredMonth = :m and l.type in :scored"
                        + " group by h.id, h.code, h.headName"
                        + " order by h.code", Object[].class).setParameter("scored", LineType.SCORED)
                .setParameter("v", month.getVillage()).setParameter("m", month.getMonth()).getResultList()
                .forEach(r -> totals.put((Long) r[0], new HouseholdTotal((Long) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), ((Number) r[4]).intValue())));
        return new Publication(MonthView.of(month), List.copyOf(totals.values()));
    }

    /** Objects to a published line during its month's objection period; the line is frozen until resolved. */
    public ObjectionView object(long lineId, String reason) {
        UserPrincipal user = Access.require(Permission.POINTS_OBJECT);
        EntityManager em = db.tenant();
        LedgerLine line = Access.findInScope(em, LedgerLine.class, lineId, Permission.POINTS_OBJECT, l -> l.getVillage().getPath());
        return objectTo(em, line, reason, user.describe(), LocalDate.now(clock), clock.instant());
    }

    /** Raises an objection to {@code line} (by a user or, on the public page, by its household). */
    static ObjectionView objectTo(EntityManager em, LedgerLine line, String reason, String raisedBy, LocalDate today,
                                  Instant now) {
        PublishedMonth month = find(em, line.getVillage(), line.getMonth());
        boolean reversed = !em.createQuery("select r.id from LedgerLine r where r.reverses = :l", Long.class)
                .setParameter("l", line).getResultList().isEmpty();
        boolean scored = line.getType() == LineType.AWARD || line.getType() == LineType.BONUS;
        if (!scored || reversed || month == null || !month.inObjectionPeriod(today)) {
            throw DomainException.conflict("error.points.notObjectable", line.getId());
        }
        boolean open = !em.createQuery("select o.id from Objection o where o.line = :l and o.status = :s", Long.class)
                .setParameter("l", line).setParameter("s", Objection.Status.OPEN).getResultList().isEmpty();
        if (open) {
            throw DomainException.conflict("error.points.objectionOpen", line.getId());
        }
        Objection objection = new Objection(line, reason, raisedBy, now);
        em.persist(objection);
        em.flush();
        return ObjectionView.of(objection);
    }

    public List<ObjectionView> objections(Objection.Status status) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        var query = db.tenant().createQuery("select o from Objection o where o.line.village.path like :scope"
                + (status == null ? "" : " and o.status = :s") + " order by o.id", Objection.class)
                .setParameter("scope", user.scopePath() + "%");
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultStream().map(ObjectionView::of).toList();
    }

    public ObjectionView objection(long id) {
        return ObjectionView.of(visibleObjection(id, Permission.POINTS_VIEW));
    }

    /** A reviewer upholds (the line is reversed) or dismisses (the line counts again) an objection. */
    public ObjectionView resolve(long id, boolean uphold, String resolution) {
        UserPrincipal user = Access.require(Permission.POINTS_REVIEW);
        EntityManager em = db.tenant();
        Objection objection = visibleObjection(id, Permission.POINTS_REVIEW);
        if (objection.resolve(uphold, user.describe(), resolution, clock.instant())) {
            LedgerLine line = objection.getLine();
            em.persist(line.reversal(openMonth(em, line.getVillage(), YearMonth.now(clock)), user.describe(), "异议成立：" + resolution.strip(),
                    clock.instant()));
        }
        em.flush();
        return ObjectionView.of(objection);
    }

    /**
     * A household's points: confirmed (every line), redeemable (deductions at once; additions once
     * their month is closed, its objection period over and no objection open), frozen (under
     * objection) and pending (proposals not yet decided).
     */
    public Balance balance(long householdId) {
        EntityManager em = db.tenant();
        Household household = Access.findInScope(em, Household.class, householdId, Permission.POINTS_VIEW, h -> h.getVillage().getPath());
        return balanceOf(em, household, LocalDate.now(clock));
    }

    static Balance balanceOf(EntityManager em, Household household, LocalDate today) {
        HouseholdLedger ledger = ledgerOf(em, household, today);
        Long pending = em.createQuery("select sum(p.points) from Proposal p where p.household = :h and p.status = :s", Long.class)
                .setParameter("h", household).setParameter("s", ProposalStatus.PROPOSED).getSingleResult();
        return new Balance(household.getId(), ledger.confirmed(), ledger.redeemable(), ledger.frozen(),
                pending == null ? 0 : pending.intValue(), Restrictions.kindsInForce(em, household, today));
    }

    /**
     * A household's ledger as the balance sees it ({@link HouseholdLedger}, the rule itself), read in
     * <b>one</b> query: its lines as typed rows (scalars, not entities: a household that redeems often
     * has many lines, and loading them as entities with their audit snapshots made every redemption
     * slower than the last; the foreign keys are read as columns; a reversal always reverses a line of
     * the same household, so the line it reverses is among these), each with whether an open objection
     * freezes it and whether its village's month is published with its objection period over.
     */
    static HouseholdLedger ledgerOf(EntityManager em, Household household, LocalDate today) {
        // (subqueries, not outer joins: EclipseLink puts the tenant filter of an outer-joined entity in the WHERE clause)
        List<LedgerLineState> rows = em.createQuery("select new cn.xiangzhi.points.application.LedgerLineState("
                        + "l.id, l.type, l.points, l.villageId, l.month, l.reversesId,"
                        + " (select count(o) from Objection o where o.line = l and o.status = :open),"
                        + " (select count(m) from PublishedMonth m where m.village.id = l.villageId and m.month = l.month"
                        + " and m.objectionUntil < :today)) from LedgerLine l where l.household = :h", LedgerLineState.class)
                .setParameter("h", household).setParameter("open", Objection.Status.OPEN).setParameter("today", today)
                .getResultList();
        List<LedgerRow> lines = new ArrayList<>(rows.size());
        Set<Long> frozenLines = new HashSet<>();
        Set<ReleasedMonth> released = new HashSet<>();
        for (LedgerLineState row : rows) {
            lines.add(new LedgerRow(row.id(), row.type(), row.points(), row.villageId(), row.month(), row.reversesId()));
            if (row.openObjections() > 0) {
                frozenLines.add(row.id());
            }
            if (row.releasedMonths() > 0) {
                released.add(new ReleasedMonth(row.villageId(), row.month()));
            }
        }
        return HouseholdLedger.of(lines, frozenLines, released);
    }

    /** Whether the village's month is closed (it then takes no new lines). */
    static boolean isClosed(EntityManager em, Place village, int month) {
        return find(em, village, month) != null;
    }

    /** The first month from {@code now} on that the village has not closed: where corrections are written. */
    static int openMonth(EntityManager em, Place village, YearMonth now) {
        Set<Integer> closed = new HashSet<>(em.createQuery("select m.month from PublishedMonth m where m.village = :v"
                + " and m.month >= :from", Integer.class).setParameter("v", village).setParameter("from", Months.of(now))
                .getResultList());
        YearMonth month = now;
        while (closed.contains(Months.of(month))) {
            month = month.plusMonths(1);
        }
        return Months.of(month);
    }

    private static PublishedMonth find(EntityManager em, Place village, int month) {
        return em.createQuery("select m from PublishedMonth m where m.village = :v and m.month = :m", PublishedMonth.class)
                .setParameter("v", village).setParameter("m", month).getResultStream().findFirst().orElse(null);
    }

    private PublishedMonth visibleMonth(long id, String permission) {
        return Access.findInScope(db.tenant(), PublishedMonth.class, id, permission, m -> m.getVillage().getPath());
    }

    private Objection visibleObjection(long id, String permission) {
        return Access.findInScope(db.tenant(), Objection.class, id, permission, o -> o.getLine().getVillage().getPath());
    }
}
