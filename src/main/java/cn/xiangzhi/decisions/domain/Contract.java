package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A contract of a village in the register (合同监管): party A (usually the village collective),
 * party B, the amount in yuan, the term, and the decision matter or bidding lot it came from (of the
 * same village; a lot only once awarded). It is active until recorded as ended.
 */
@Entity
@Table(name = "village_contract")
public class Contract extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "party_a", nullable = false, length = 200)
    private String partyA;

    @Column(name = "party_b", nullable = false, length = 200)
    private String partyB;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "matter_id", updatable = false)
    private Matter matter;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lot_id", updatable = false)
    private BiddingLot lot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContractStatus status;

    @Column(name = "registered_by", nullable = false, length = 120, updatable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected Contract() {
    }

    public Contract(Place village, String title, String partyA, String partyB, BigDecimal amount, LocalDate startDate,
                    LocalDate endDate, Matter matter, BiddingLot lot, String by, Instant at) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.decision.village");
        }
        if (matter != null && !matter.getVillage().getId().equals(village.getId())) {
            throw new DomainException("error.bidding.matterVillage");
        }
        if (lot != null && !lot.getVillage().getId().equals(village.getId())) {
            throw new DomainException("error.contract.lotVillage");
        }
        if (lot != null && lot.getStatus() != LotStatus.AWARDED) {
            throw DomainException.conflict("error.contract.lotNotAwarded", lot.getStatus().name());
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new DomainException("error.decision.title");
        }
        if (partyA == null || partyA.isBlank() || partyA.strip().length() > 200
                || partyB == null || partyB.isBlank() || partyB.strip().length() > 200) {
            throw new DomainException("error.contract.parties");
        }
        if (!Money.valid(amount)) {
            throw new DomainException("error.contract.amount", amount);
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            throw new DomainException("error.contract.term", startDate, endDate);
        }
        this.village = village;
        this.title = title.strip();
        this.partyA = partyA.strip();
        this.partyB = partyB.strip();
        this.amount = amount;
        this.startDate = startDate;
        this.endDate = endDate;
        this.matter = matter;
        this.lot = lot;
        this.status = ContractStatus.ACTIVE;
        this.registeredBy = by;
        this.registeredAt = at;
    }

    public void end() {
        if (status == ContractStatus.ENDED) {
            throw DomainException.conflict("error.contract.ended");
        }
        status = ContractStatus.ENDED;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("title", title);
        state.put("partyA", partyA);
        state.put("partyB", partyB);
        state.put("amount", amount);
        state.put("startDate", startDate == null ? null : startDate.toString());
        state.put("endDate", endDate == null ? null : endDate.toString());
        state.put("matterId", matter == null ? null : matter.getId());
        state.put("lotId", lot == null ? null : lot.getId());
        state.put("status", status == null ? null : status.name());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getTitle() {
        return title;
    }

    public String getPartyA() {
        return partyA;
    }

    public String getPartyB() {
        return partyB;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Matter getMatter() {
        return matter;
    }

    public BiddingLot getLot() {
        return lot;
    }

    public ContractStatus getStatus() {
        return status;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
