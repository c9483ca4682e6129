package cn.xiangzhi.platform.domain;

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
 * A county, township/street or village/community of a tenant, with its administrative division
 * code. Places form the tenant's tree; {@link #getPath() path} is the chain of ids from the root
 * ({@code /1/7/42/}) so that "everything under this place" is one indexed prefix query, which is
 * how a user's scope is enforced.
 */
@Entity
@Table(name = "place")
public class Place extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id", updatable = false)
    private Place parent;

    /** The parent's id as stored, read without loading the parent (the audit snapshot of every load needs it). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PlaceLevel level;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "division_code", nullable = false, length = 12)
    private String divisionCode;

    @Column(nullable = false, length = 500)
    private String path;

    protected Place() {
    }

    private Place(Place parent, PlaceLevel level, String name, DivisionCode code) {
        this.parent = parent;
        this.level = level;
        rename(name);
        this.divisionCode = code.value();
        this.path = "/";
    }

    /** The root of a tenant's tree: its county or township. */
    public static Place root(PlaceLevel level, String name, DivisionCode code) {
        if (!code.fitsLevel(level)) {
            throw new DomainException("error.division.level", code.value(), level);
        }
        return new Place(null, level, name, code);
    }

    /** A new place directly under this one; the code must lie inside this place's area. */
    public Place addChild(PlaceLevel childLevel, String childName, DivisionCode code) {
        if (!level.mayHaveChild(childLevel)) {
            throw new DomainException("error.place.childLevel", childLevel, level);
        }
        if (!code.fitsLevel(childLevel)) {
            throw new DomainException("error.division.level", code.value(), childLevel);
        }
        if (!code.isWithin(new DivisionCode(divisionCode))) {
            throw new DomainException("error.division.outside", code.value(), divisionCode);
        }
        return new Place(this, childLevel, childName, code);
    }

    /** Called once the id is known. */
    public void assignPath() {
        path = (parent == null ? "/" : parent.getPath()) + getId() + "/";
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        this.name = newName.strip();
    }

    /** The same place: the same entity, or the same row. */
    public boolean isSameAs(Place other) {
        return this == other || (other != null && getId() != null && getId().equals(other.getId()));
    }

    public boolean isWithin(String scopePath) {
        return path.startsWith(scopePath);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("parentId", getParentId());
        state.put("level", level == null ? null : level.name());
        state.put("name", name);
        state.put("divisionCode", divisionCode);
        return state;
    }

    public Place getParent() {
        return parent;
    }

    /** The parent's id; a loaded place answers it without loading its parent (a new one from its parent). */
    public Long getParentId() {
        return parentId != null ? parentId : parent == null ? null : parent.getId();
    }

    public PlaceLevel getLevel() {
        return level;
    }

    public String getName() {
        return name;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public String getPath() {
        return path;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count() - 1;
    }
}
