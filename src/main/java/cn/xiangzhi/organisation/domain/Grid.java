package cn.xiangzhi.organisation.domain;

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
 * A village grid, micro-grid or household group of one village. Its {@link #getCode() code} is
 * the natural key within the tenant (imports match on it); the level rules are enforced here: a
 * micro-grid sits in a village grid, a household group in a micro-grid, all of the same village.
 */
@Entity
@Table(name = "grid")
public class Grid extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Grid parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GridLevel level;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "leader_name", length = 60)
    private String leaderName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_household_id")
    private Household leaderHousehold;

    protected Grid() {
    }

    public Grid(Place village, Grid parent, GridLevel level, String code, String name, String leaderName) {
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.grid.village");
        }
        if (level == null || (parent == null ? level.parentLevel() != null : parent.level != level.parentLevel())) {
            throw new DomainException("error.grid.parent", level, parent == null ? null : parent.level);
        }
        if (parent != null && !parent.isIn(village)) {
            throw new DomainException("error.grid.otherVillage");
        }
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,40}")) {
            throw new DomainException("error.grid.code", code);
        }
        this.village = village;
        this.parent = parent;
        this.level = level;
        this.code = code.strip();
        update(name, leaderName);
    }

    public final void update(String newName, String newLeaderName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        this.name = newName.strip();
        this.leaderName = newLeaderName == null || newLeaderName.isBlank() ? null : newLeaderName.strip();
    }

    /** Links the leader's own household (of the same village), or unlinks it with null. */
    public void linkLeaderHousehold(Household household) {
        if (household != null && !household.getVillage().isSameAs(village)) {
            throw new DomainException("error.grid.otherVillage");
        }
        this.leaderHousehold = household;
    }

    /** Whether this grid belongs to {@code place} (the same entity, or the same row). */
    public boolean isIn(Place place) {
        return village.isSameAs(place);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("parentId", parent == null ? null : parent.getId());
        state.put("level", level == null ? null : level.name());
        state.put("code", code);
        state.put("name", name);
        state.put("leaderName", leaderName);
        state.put("leaderHouseholdId", leaderHousehold == null ? null : leaderHousehold.getId());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public Grid getParent() {
        return parent;
    }

    public GridLevel getLevel() {
        return level;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public Household getLeaderHousehold() {
        return leaderHousehold;
    }
}
