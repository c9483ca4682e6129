package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line of the points ledger (一人一登记): household, item, points, month, who proposed and who
 * approved, the evidence. Lines are only ever inserted — every column is not updatable and there
 * is no way to change or delete one; a correction is a {@link LineType#REVERSAL} line of the
 * opposite sign that names the line it reverses (at most once: unique in the table). The village
 * is the household's village when the line was written, so a household that moves keeps its
 * history where it was earned.
 */
@Entity
@Table(name = "points_line")
public class LedgerLine extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "item_id", updatable = false)
    private CatalogueItem item;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private LineType type;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(nullable = false, updatable = false)
    private int month;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposal_id", updatable = false)
    private Proposal proposal;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reverses_id", updatable = false)
    private LedgerLine reverses;

    /**
     * The columns of {@code village} and {@code reverses}, read-only: the balance's queries read them
     * without joins. EclipseLink does not fill them on persist, so they are for queries only (no getters).
     */
    @Column(name = "village_id", insertable = false, updatable = false)
    private Long villageId;

    @Column(name = "reverses_id", insertable = false, updatable = false)
    private Long reversesId;

    /**
     * The month the line counts in for every figure (board, scores, rankings, honours): a
     * correction's is the month of the line it reverses, any other line's its own month. Set by the
     * database on insert (V26); for queries only.
     */
    @Column(name = "scored_month", insertable = false, updatable = false)
    private Integer scoredMonth;

    @Column(nullable = false, length = 120, updatable = false)
    private String proposer;

    @Column(nullable = false, length = 120, updatable = false)
    private String approver;

    @Column(length = 500, updatable = false)
    private String evidence;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerLine() {
    }

    static LedgerLine award(Proposal proposal, String approver, Instant at) {
        LedgerLine line = new LedgerLine();
        line.household = proposal.getHousehold();
        line.village = proposal.getHousehold().getVillage();
        line.item = proposal.getItem();
        line.type = LineType.AWARD;
        line.points = proposal.getPoints();
        line.month = proposal.getMonth();
        line.proposal = proposal;
        line.proposer = proposal.getProposedBy();
        line.approver = approver;
        line.evidence = proposal.getEvidence();
        line.createdAt = at;
        return line;
    }

    /** A ranking bonus for a household, in {@code month}, with {@code why} naming the ranking. */
    public static LedgerLine bonus(Household household, int points, int month, String by, String why, Instant at) {
        LedgerLine line = new LedgerLine();
        line.household = household;
        line.village = household.getVillage();
        line.type = LineType.BONUS;
        line.points = points;
        line.month = month;
        line.proposer = by;
        line.approver = by;
        line.reason = why;
        line.createdAt = at;
        return line;
    }

    /** Points spent at a shop: a negative line in {@code month}, naming the redemption in {@code reference}. */
    public static LedgerLine spending(Household household, Place village, int points, int month, String by, String reference,
                                      Instant at) {
        if (points <= 0) {
            throw new DomainException("error.wallet.points", points);
        }
        if (village == null || !village.getId().equals(household.getVillageId())) {
            throw new IllegalArgumentException("a spending is booked in the household's own village");
        }
        LedgerLine line = new LedgerLine();
        line.household = household;
        line.village = village;
        line.type = LineType.REDEMPTION;
        line.points = -points;
        line.month = month;
        line.proposer = by;
        line.approver = by;
        line.reason = reference;
        line.createdAt = at;
        return line;
    }

    /** Points that expired unspent: a negative line in {@code month}, {@code why} naming the expiry run. */
    public static LedgerLine expiry(Household household, int points, int month, String by, String why, Instant at) {
        if (points <= 0) {
            throw new DomainException("error.wallet.points", points);
        }
        LedgerLine line = spending(household, household.getVillage(), points, month, by, why, at);
        line.type = LineType.EXPIRY;
        return line;
    }

    /** The points of a redemption given back (goods returned), in {@code month}, for {@code why}; once per redemption. */
    public LedgerLine giveBack(int inMonth, String by, String why, Instant at) {
        if (type != LineType.REDEMPTION) {
            throw DomainException.conflict("error.wallet.notSpending", getId());
        }
        LedgerLine line = reversal(inMonth, by, why, at, LineType.RETURN);
        return line;
    }

    /** The line that takes this one back, in {@code month}, for {@code why}. */
    public LedgerLine reversal(int inMonth, String by, String why, Instant at) {
        if (type == LineType.REVERSAL) {
            throw DomainException.conflict("error.points.reverseReversal", getId());
        }
        if (type == LineType.REDEMPTION || type == LineType.RETURN || type == LineType.EXPIRY) {
            throw DomainException.conflict("error.points.spendingNotReversible", getId());
        }
        return reversal(inMonth, by, why, at, LineType.REVERSAL);
    }

    private LedgerLine reversal(int inMonth, String by, String why, Instant at, LineType as) {
        if (why == null || why.isBlank() || why.strip().length() > 500) {
            throw new DomainException("error.points.reason");
        }
        LedgerLine line = new LedgerLine();
        line.household = household;
        line.village = village;
        line.item = item;
        line.type = as;
        line.points = -points;
        line.month = inMonth;
        line.reverses = this;
        line.proposer = by;
        line.approver = by;
        line.reason = why.strip();
        line.createdAt = at;
        return line;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", household == null ? null : household.getId());
        state.put("itemId", item == null ? null : item.getId());
        state.put("type", type == null ? null : type.name());
        state.put("points", points);
        state.put("month", month);
        state.put("proposalId", proposal == null ? null : proposal.getId());
        state.put("reversesId", reverses == null ? null : reverses.getId());
        state.put("proposer", proposer);
        state.put("approver", approver);
        state.put("evidence", evidence);
        state.put("reason", reason);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public Place getVillage() {
        return village;
    }

    public CatalogueItem getItem() {
        return item;
    }

    public LineType getType() {
        return type;
    }

    public int getPoints() {
        return points;
    }

    public int getMonth() {
        return month;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public LedgerLine getReverses() {
        return reverses;
    }

    public String getProposer() {
        return proposer;
    }

    public String getApprover() {
        return approver;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
