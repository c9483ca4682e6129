package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.points.application.PointsViews.LineView;
import cn.xiangzhi.points.application.PointsViews.ProposalView;
import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Proposal;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Recording points: grid chiefs propose items for households of their village, the village info
 * admin records them; the village working group (acting through the village info admin's or the
 * tenant admin's account) confirms or rejects each month's proposals in bulk; a confirmed
 * proposal becomes exactly one ledger line. Corrections are reversing lines.
 */
@ApplicationScoped
@Transactional
public class PointsRecording {

    /** Roles that record directly, whatever the item's proposer list says. */
    private static final Set<Role> RECORDERS = EnumSet.of(Role.VILLAGE_ADMIN, Role.TENANT_ADMIN);

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    public record Recording(long itemId, List<Long> householdIds, String month, String note, String evidence) {
    }

    /** Proposes {@code recording.itemId} for every household named; all or none. Returns the proposals. */
    public List<ProposalView> propose(Recording recording) {
        UserPrincipal user = Access.require(Permission.POINTS_PROPOSE);
        EntityManager em = db.tenant();
        CatalogueItem item = em.find(CatalogueItem.class, recording.itemId());
        if (item == null) {
            throw new NotFoundException("CatalogueItem", recording.itemId());
        }
        if (!RECORDERS.contains(user.role()) && !item.mayBeProposedBy(user.role())) {
            throw new DomainException("error.points.notProposer", item.getCode());
        }
        int month = Months.parse(recording.month());
        if (Months.toYearMonth(month).isAfter(YearMonth.now(clock))) {
            throw new DomainException("error.points.futureMonth", recording.month());
        }
        if (recording.householdIds() == null || recording.householdIds().isEmpty()) {
            throw new DomainException("error.points.noHousehold");
        }
        String batch = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<Proposal> made = new ArrayList<>();
        for (Long householdId : new LinkedHashSet<>(recording.householdIds())) {
            Household household = Access.findInScope(em, Household.class, householdId, Permission.POINTS_PROPOSE,
                    h -> h.getVillage().getPath());
            if (PointsMonths.isClosed(em, household.getVillage(), month)) {
                throw new DomainException("error.points.closed", household.getVillage().getName(), recording.month());
            }
            PointsEvidence.requireReferencesOf(em, recording.evidence(), household.getVillage());
            int already = pointsOf(em, household, item, month, true);
            if (!item.withinCap(already, item.getPoints())) {
                throw new DomainException("error.points.cap.reached", household.getCode(), item.getCode(), item.getMonthlyCap());
            }
            Proposal proposal = new Proposal(batch, household, item, month, recording.note(), recording.evidence(),
                    user.describe(), now);
            em.persist(proposal);
            made.add(proposal);
        }
        em.flush();
        return made.stream().map(ProposalView::of).toList();
    }

    /** The proposals of a month (all villages in scope), optionally of one status. */
    public List<ProposalView> proposals(String month, ProposalStatus status) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        String jpql = "select p from Proposal p where p.household.village.path like :scope"
                + (month == null ? "" : " and p.month = :month") + (status == null ? "" : " and p.status = :status")
                + " order by p.id";
        var query = db.tenant().createQuery(jpql, Proposal.class).setParameter("scope", user.scopePath() + "%");
        if (month != null) {
            query.setParameter("month", Months.parse(month));
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(5000).getResultStream().map(ProposalView::of).toList();
    }

    public ProposalView proposal(long id) {
        return ProposalView.of(visibleProposal(id, Permission.POINTS_VIEW));
    }

    /**
     * Confirms the proposals named: each becomes one ledger line. Already confirmed ones are left
     * as they are (a retried or double-clicked confirmation changes nothing); a rejected one, or
     * one that would break its item's monthly cap, refuses the whole batch.
     */
    public int confirm(List<Long> ids) {
        UserPrincipal user = Access.require(Permission.POINTS_CONFIRM);
        EntityManager em = db.tenant();
        Instant now = clock.instant();
        int confirmed = 0;
        for (Long id : new LinkedHashSet<>(ids)) {
            Proposal proposal = visibleProposal(id, Permission.POINTS_CONFIRM);
            if (proposal.getStatus() == ProposalStatus.CONFIRMED) {
                continue;
            }
            if (PointsMonths.isClosed(em, proposal.getHousehold().getVillage(), proposal.getMonth())) {
                throw DomainException.conflict("error.points.closed", proposal.getHousehold().getVillage().getName(),
                        Months.format(proposal.getMonth()));
            }
            int already = pointsOf(em, proposal.getHousehold(), proposal.getItem(), proposal.getMonth(), false);
            if (!proposal.getItem().withinCap(already, proposal.getPoints())) {
                throw DomainException.conflict("error.points.cap.reached", proposal.getHousehold().getCode(),
                        proposal.getItem().getCode(), proposal.getItem().getMonthlyCap());
            }
            em.persist(proposal.confirm(user.describe(), now));
            em.flush();
            confirmed++;
        }
        return confirmed;
    }

    /** Rejects proposals, each with its reason; all or none. */
    public int reject(Map<Long, String> reasons) {
        UserPrincipal user = Access.require(Permission.POINTS_CONFIRM);
        Instant now = clock.instant();
        reasons.forEach((id, reason) -> visibleProposal(id, Permission.POINTS_CONFIRM).reject(user.describe(), now, reason));
        return reasons.size();
    }

    /** A household's ledger, oldest first: the origin of every point. */
    public List<LineView> ledger(long householdId) {
        Household household = Access.findInScope(db.tenant(), Household.class, householdId, Permission.POINTS_VIEW,
                h -> h.getVillage().getPath());
        return db.tenant().createQuery("select l from LedgerLine l where l.household = :h order by l.id", LedgerLine.class)
                .setParameter("h", household).getResultStream().map(LineView::of).toList();
    }

    /** The latest lines in scope (for the list and the isolation tests), newest first. */
    public List<LineView> latestLines(int max) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        return db.tenant().createQuery("select l from LedgerLine l where l.village.path like :scope order by l.id desc",
                LedgerLine.class).setParameter("scope", user.scopePath() + "%").setMaxResults(ListSize.of(max))
                .getResultStream().map(LineView::of).toList();
    }

    public LineView line(long id) {
        return LineView.of(visibleLine(id, Permission.POINTS_VIEW));
    }

    /** Writes the line that takes line {@code id} back, in the first open month from now; a line is reversed at most once. */
    public LineView reverse(long id, String reason) {
        UserPrincipal user = Access.require(Permission.POINTS_REVERSE);
        EntityManager em = db.tenant();
        LedgerLine line = visibleLine(id, Permission.POINTS_REVERSE);
        boolean reversed = !em.createQuery("select r.id from LedgerLine r where r.reverses = :l", Long.class)
                .setParameter("l", line).getResultList().isEmpty();
        if (reversed) {
            throw DomainException.conflict("error.points.reversed", id);
        }
        LedgerLine reversal = line.reversal(PointsMonths.openMonth(em, line.getVillage(), YearMonth.now(clock)), user.describe(), reason, clock.instant());
        em.persist(reversal);
        em.flush();
        return LineView.of(reversal);
    }

    /** Points a household has from an item in a month: confirmed lines, and pending proposals if asked. */
    private static int pointsOf(EntityManager em, Household household, CatalogueItem item, int month, boolean withPending) {
        Long lines = em.createQuery("select sum(l.points) from LedgerLine l where l.household = :h and l.item = :i"
                + " and l.month = :m", Long.class).setParameter("h", household).setParameter("i", item)
                .setParameter("m", month).getSingleResult();
        long total = lines == null ? 0 : lines;
        if (withPending) {
            Long pending = em.createQuery("select sum(p.points) from Proposal p where p.household = :h and p.item = :i"
                    + " and p.month = :m and p.status = :s", Long.class).setParameter("h", household).setParameter("i", item)
                    .setParameter("m", month).setParameter("s", ProposalStatus.PROPOSED).getSingleResult();
            total += pending == null ? 0 : pending;
        }
        return (int) total;
    }

    private Proposal visibleProposal(long id, String permission) {
        return Access.findInScope(db.tenant(), Proposal.class, id, permission, p -> p.getHousehold().getVillage().getPath());
    }

    private LedgerLine visibleLine(long id, String permission) {
        return Access.findInScope(db.tenant(), LedgerLine.class, id, permission, l -> l.getVillage().getPath());
    }
}
