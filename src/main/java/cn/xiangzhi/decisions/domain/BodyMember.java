package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.organisation.domain.Resident;
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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member of one of a village's bodies: the branch committee (支部委员), the villagers' committee
 * (村委委员) or the villagers' representatives (村民代表); usually a resident of the village.
 * The two committees together are the 两委 (one person may sit on both). Party members are not
 * listed here: they are the branch's party members.
 */
@Entity
@Table(name = "village_body_member")
public class BodyMember extends TenantOwnedEntity {

    /** The bodies whose members are kept here. */
    public enum Seat { BRANCH_COMMITTEE, VILLAGE_COMMITTEE, REPRESENTATIVES }

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Enumerated(EnumType.STRING)
    @Column(name = "body", nullable = false, length = 30, updatable = false)
    private Seat seat;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(length = 60)
    private String title;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "resident_id")
    private Resident resident;

    protected BodyMember() {
    }

    public BodyMember(Place village, Seat seat, String name, String title, Resident resident) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.decision.village");
        }
        if (seat == null) {
            throw new DomainException("error.decision.seat");
        }
        if (resident != null && !resident.getHousehold().getVillage().isSameAs(village)) {
            throw new DomainException("error.member.otherVillage");
        }
        String clean = name == null || name.isBlank() ? (resident == null ? null : resident.getName()) : name.strip();
        if (clean == null || clean.length() > 60) {
            throw new DomainException("error.name.required");
        }
        this.village = village;
        this.seat = seat;
        this.name = clean;
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.resident = resident;
    }

    /** The same person on two committees counts once at a meeting of the two. */
    public String personKey() {
        return resident != null ? "R" + resident.getId() : "N" + name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("body", seat == null ? null : seat.name());
        state.put("name", name);
        state.put("title", title);
        state.put("residentId", resident == null ? null : resident.getId());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public Seat getSeat() {
        return seat;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public Resident getResident() {
        return resident;
    }
}
