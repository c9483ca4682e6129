package cn.xiangzhi.decisions.domain;

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
import java.util.Locale;
import java.util.Map;

/**
 * A person (ID number) or an organisation (unified social credit code) registered to bid for one
 * lot. The ID number and the phone are never shown on a public page; the phone only masked.
 */
@Entity
@Table(name = "bidding_bidder")
public class Bidder extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lot_id", nullable = false, updatable = false)
    private BiddingLot lot;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "id_number", nullable = false, length = 30)
    private String idNumber;

    @Column(length = 20)
    private String phone;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    protected Bidder() {
    }

    public Bidder(BiddingLot lot, String name, String idNumber, String phone, Instant at) {
        lot.requireOpen();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainException("error.bidding.bidderName");
        }
        if (idNumber == null || !idNumber.strip().matches("[0-9A-Za-z]{15,20}")) {
            throw new DomainException("error.bidding.idNumber", idNumber);
        }
        if (phone != null && !phone.isBlank() && !phone.strip().matches("[0-9+\\- ]{5,20}")) {
            throw new DomainException("error.bidding.phone", phone);
        }
        this.lot = lot;
        this.name = name.strip();
        this.idNumber = idNumber.strip().toUpperCase(Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.registeredAt = at;
    }


    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("lotId", lot == null ? null : lot.getId());
        state.put("name", name);
        state.put("idNumber", idNumber);
        state.put("phone", phone);
        return state;
    }

    public BiddingLot getLot() {
        return lot;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
