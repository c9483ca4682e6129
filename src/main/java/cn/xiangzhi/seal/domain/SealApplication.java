package cn.xiangzhi.seal.domain;

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

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An application to use a village's seal (用印申请): the seal, its class, the matter it executes (for
 * a decision class), the purpose, how many stamps and in which window. It walks its class's approval
 * chain one step at a time ({@link SealApproval}); once approved its terminal pulls it and stamps at
 * most {@link #stampsApproved} times within the window. {@link #stampsUsed} is the count the ledger
 * keeps, changed only with this row locked.
 */
@Entity
@Table(name = "seal_application")
public class SealApplication extends TenantOwnedEntity {

    public static final int MAX_STAMPS = 500;
    public static final Duration LONGEST_WINDOW = Duration.ofDays(92);

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "seal_id", nullable = false, updatable = false)
    private Seal seal;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "class_id", nullable = false, updatable = false)
    private SealClass sealClass;

    @Column(name = "matter_id", updatable = false)
    private Long matterId;

    @Column(nullable = false, length = 500, updatable = false)
    private String purpose;

    @Column(name = "stamps_approved", nullable = false, updatable = false)
    private int stampsApproved;

    @Column(name = "stamps_used", nullable = false)
    private int stampsUsed;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ApplicationStatus status;

    @Column(name = "steps_done", nullable = false)
    private int stepsDone;

    @Column(name = "applied_by", nullable = false, length = 120, updatable = false)
    private String appliedBy;

    @Column(name = "applicant_name", nullable = false, length = 60, updatable = false)
    private String applicantName;

    @Column(name = "applied_at", nullable = false, updatable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected SealApplication() {
    }

    public SealApplication(Seal seal, SealClass sealClass, Long matterId, String purpose, Integer stamps, Instant validFrom,
                           Instant validUntil, String by, String byName, Instant at) {
        seal.requireActive();
        if (sealClass.isRequiresMatter() && matterId == null) {
            throw new DomainException("error.sealApplication.matter", "");
        }
        String p = purpose == null ? "" : purpose.strip();
        if (p.isEmpty() || p.length() > 500) {
            throw new DomainException("error.sealApplication.purpose", purpose == null ? "" : purpose);
        }
        if (stamps == null || stamps < 1 || stamps > MAX_STAMPS) {
            throw new DomainException("error.sealApplication.stamps", stamps == null ? "" : stamps);
        }
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)
                || Duration.between(validFrom, validUntil).compareTo(LONGEST_WINDOW) > 0) {
            throw new DomainException("error.sealApplication.window", validFrom == null ? "" : validFrom,
                    validUntil == null ? "" : validUntil);
        }
        this.villageId = seal.getVillageId();
        this.seal = seal;
        this.sealClass = sealClass;
        this.matterId = sealClass.isRequiresMatter() ? matterId : null;
        this.purpose = p;
        this.stampsApproved = stamps;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.status = ApplicationStatus.PENDING;
        this.appliedBy = by;
        this.applicantName = byName;
        this.appliedAt = at;
    }

    /** Records the decision of the next step; the last approval approves the application, any rejection rejects it. */
    public void decided(boolean approve, int chainLength, Instant at) {
        if (status != ApplicationStatus.PENDING) {
            throw DomainException.conflict("error.sealApplication.decided");
        }
        stepsDone++;
        if (!approve) {
            status = ApplicationStatus.REJECTED;
            decidedAt = at;
        } else if (stepsDone >= chainLength) {
            status = ApplicationStatus.APPROVED;
            decidedAt = at;
        }
    }

    /** Counts an authorised stamp (the caller holds this row's lock). */
    public void used() {
        stampsUsed++;
    }

    public Reconciliation.Authorisation authorisation() {
        return new Reconciliation.Authorisation(seal.getId(), status, validFrom, validUntil, stampsApproved, stampsUsed);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", villageId);
        state.put("sealId", seal.getId());
        state.put("classId", sealClass.getId());
        state.put("matterId", matterId);
        state.put("purpose", purpose);
        state.put("stampsApproved", stampsApproved);
        state.put("validFrom", validFrom.toString());
        state.put("validUntil", validUntil.toString());
        state.put("status", status.name());
        state.put("stepsDone", stepsDone);
        return state;
    }

    public long getVillageId() {
        return villageId;
    }

    public Seal getSeal() {
        return seal;
    }

    public SealClass getSealClass() {
        return sealClass;
    }

    public Long getMatterId() {
        return matterId;
    }

    public String getPurpose() {
        return purpose;
    }

    public int getStampsApproved() {
        return stampsApproved;
    }

    public int getStampsUsed() {
        return stampsUsed;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public int getStepsDone() {
        return stepsDone;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
