package cn.xiangzhi.organisation.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A household (户) of a village: the unit that earns and redeems points. Its code is the natural
 * key households are known by (printed on the household card, typed at the shop counter, matched
 * by imports). It may sit in a grid of its village — usually a household group.
 */
@Entity
@Table(name = "household")
public class Household extends TenantOwnedEntity {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern PHONE = Pattern.compile("1\\d{10}");

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    // Lazy, with the keys also as read-only columns: the counter locks a household and needs only
    // its village's id (whether the shop serves it), not the village and grid rows (ADR 0022)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false)
    private Place village;

    @Column(name = "village_id", insertable = false, updatable = false)
    private Long villageId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    private Grid grid;

    @Column(name = "grid_id", insertable = false, updatable = false)
    private Long gridId;

    @Column(name = "head_name", nullable = false, length = 60)
    private String headName;

    @Column(length = 200)
    private String address;

    @Column(length = 20)
    private String phone;

    protected Household() {
    }

    public Household(String code, Place village, Grid grid, String headName, String address, String phone) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.household.code", code);
        }
        this.code = code.strip();
        update(village, grid, headName, address, phone);
    }

    /** Moves or corrects the household; its code stays. */
    public final void update(Place newVillage, Grid newGrid, String newHeadName, String newAddress, String newPhone) {
        if (newVillage == null || newVillage.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.grid.village");
        }
        if (newGrid != null && !newGrid.isIn(newVillage)) {
            throw new DomainException("error.grid.otherVillage");
        }
        if (newHeadName == null || newHeadName.isBlank() || newHeadName.strip().length() > 60) {
            throw new DomainException("error.household.head");
        }
        String cleanPhone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        if (cleanPhone != null && !PHONE.matcher(cleanPhone).matches()) {
            throw new DomainException("error.user.phone", cleanPhone);
        }
        if (newAddress != null && newAddress.strip().length() > 200) {
            throw new DomainException("error.household.address");
        }
        this.village = newVillage;
        this.villageId = newVillage.getId();
        this.grid = newGrid;
        this.gridId = newGrid == null ? null : newGrid.getId();
        this.headName = newHeadName.strip();
        this.address = newAddress == null || newAddress.isBlank() ? null : newAddress.strip();
        this.phone = cleanPhone;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("villageId", villageId); // the columns, not the lazy relations: no load for the audit snapshot
        state.put("gridId", gridId);
        state.put("headName", headName);
        state.put("address", address);
        state.put("phone", phone);
        return state;
    }

    public String getCode() {
        return code;
    }

    public Place getVillage() {
        return village;
    }

    /** The village's id without loading the village. */
    public long getVillageId() {
        return villageId != null ? villageId : village.getId();
    }

    public Grid getGrid() {
        return grid;
    }

    public String getHeadName() {
        return headName;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }
}
