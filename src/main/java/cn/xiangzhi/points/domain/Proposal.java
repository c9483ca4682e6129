package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points proposed for one household from one catalogue item in one month, waiting for the village
 * working group. A recording that covers many households (30 households at one clean-up) is one
 * proposal per household sharing a {@code batch}. Once decided it does not change again.
 */
@Entity
@Table(name = "points_proposal")
public class Proposal extends TenantOwnedEntity {

    @Column(nullable = false, length = 40, updatable = false)
    private String batch;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private CatalogueItem item;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(nullable = false, updatable = false)
    private int month;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(length = 500, updatable = false)
    private String evidence;

    @Column(name = "proposed_by", nullable = false, length = 120, updatable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status = ProposalStatus.PROPOSED;

    @Column(name = "decided_by", length = 120)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 500)
    private String reason;

    protected Proposal() {
    }

    public Proposal(String batch, Household household, CatalogueItem item, int month, String note, String evidence,
                    String proposedBy, Instant at) {
        if (!item.isActive()) {
            throw new DomainException("error.points.retired", item.getCode());
        }
        if (item.isEvidenceRequired() && (evidence == null || evidence.isBlank())) {
            throw new DomainException("error.points.evidence", item.getCode());
        }
        if (note != null && note.strip().length() > 500 || evidence != null && evidence.strip().length() > 500) {
            throw new DomainException("error.points.tooLong");
        }
        this.batch = batch;
        this.household = household;
        this.item = item;
        this.points = item.getPoints();
        this.month = month;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.proposedBy = proposedBy;
        this.proposedAt = at;
    }

    /** Confirms it and returns its ledger line; a decided proposal cannot be decided again. */
    public LedgerLine confirm(String by, Instant at) {
        requirePending();
        status = ProposalStatus.CONFIRMED;
        decidedBy = by;
        decidedAt = at;
        return LedgerLine.award(this, by, at);
    }

    public void reject(String by, Instant at, String why) {
        requirePending();
        if (why == null || why.isBlank() || why.strip().length() > 500) {
            throw new DomainException("error.points.reason");
        }
        status = ProposalStatus.REJECTED;
        decidedBy = by;
        decidedAt = at;
        reason = why.strip();
    }

    private void requirePending() {
        if (status != ProposalStatus.PROPOSED) {
            throw DomainException.conflict("error.points.decided", getId(), status);
        }
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("batch", batch);
        state.put("householdId", household == null ? null : household.getId());
        state.put("itemId", item == null ? null : item.getId());
        state.put("points", points);
        state.put("month", month);
        state.put("evidence", evidence);
        state.put("proposedBy", proposedBy);
        state.put("status", status == null ? null : status.name());
        state.put("decidedBy", decidedBy);
        state.put("reason", reason);
        return state;
    }

    public String getBatch() {
        return batch;
    }

    public Household getHousehold() {
        return household;
    }

    public CatalogueItem getItem() {
        return item;
    }

    public int getPoints() {
        return points;
    }

    public int getMonth() {
        return month;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReason() {
        return reason;
    }
}
