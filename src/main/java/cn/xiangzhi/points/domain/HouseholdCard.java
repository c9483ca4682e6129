package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household card (户卡): the printed card whose signed QR code the village kiosk and the shops
 * scan to know the household. Cards are numbered 1, 2, … per household and never deleted: a lost
 * card is revoked (with a reason) and the next serial issued, so an old card scanned later is
 * recognised and refused as revoked. At most one card of a household is valid at a time, which the
 * database enforces with the unique {@code active_household_id} (set while valid, NULL once revoked).
 */
@Entity
@Table(name = "household_card")
public class HouseholdCard extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Column(nullable = false, updatable = false)
    private int serial;

    @Column(name = "active_household_id")
    private Long activeHouseholdId;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 120, updatable = false)
    private String issuedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 120)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 200)
    private String revokeReason;

    protected HouseholdCard() {
    }

    /** Card number {@code serial} of {@code household}; the caller has revoked the one before. */
    public HouseholdCard(Household household, int serial, String issuedBy, Instant at) {
        this.household = household;
        this.serial = serial;
        this.activeHouseholdId = household.getId();
        this.issuedBy = issuedBy;
        this.issuedAt = at;
    }

    /** Ends the card's validity for good; a reason (1–200 characters) is required. */
    public void revoke(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw new DomainException("error.card.reason");
        }
        if (!isValid()) {
            throw DomainException.conflict("error.card.alreadyRevoked", serial);
        }
        this.activeHouseholdId = null;
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason.strip();
    }

    public boolean isValid() {
        return revokedAt == null;
    }

    /** What the card's QR code says (without its signature). */
    public CardCode code(String tenantCode) {
        return new CardCode(tenantCode, household.getCode(), serial);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", household == null ? null : household.getId());
        state.put("serial", serial);
        state.put("issuedBy", issuedBy);
        state.put("revokedBy", revokedBy);
        state.put("revokeReason", revokeReason);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public int getSerial() {
        return serial;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }
}
