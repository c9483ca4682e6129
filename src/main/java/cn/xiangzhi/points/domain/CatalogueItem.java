package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An item of the tenant's points catalogue (积分指标目录): what earns or costs a household points,
 * how many, whether evidence is required, which roles may propose it, and an optional cap on the
 * points one household can get from it in a month. Items are retired, never deleted: ledger lines
 * name them.
 */
@Entity
@Table(name = "points_item")
public class CatalogueItem extends TenantOwnedEntity {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PointsKind kind;

    @Column(nullable = false)
    private int points;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(nullable = false, length = 200)
    private String proposers;

    @Column(name = "monthly_cap")
    private Integer monthlyCap;

    @Column(nullable = false)
    private boolean active = true;

    protected CatalogueItem() {
    }

    public CatalogueItem(String code, String name, PointsKind kind, int points, boolean evidenceRequired,
                         Set<Role> proposers, Integer monthlyCap) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.points.code", code);
        }
        this.code = code.strip();
        update(name, kind, points, evidenceRequired, proposers, monthlyCap);
    }

    public final void update(String newName, PointsKind newKind, int newPoints, boolean newEvidenceRequired,
                             Set<Role> newProposers, Integer newMonthlyCap) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 200) {
            throw new DomainException("error.name.required");
        }
        if (newKind == null) {
            throw new DomainException("error.points.kind");
        }
        if (newPoints == 0 || Math.abs(newPoints) > 1000) {
            throw new DomainException("error.points.value", newPoints);
        }
        if (newProposers == null || newProposers.isEmpty()) {
            throw new DomainException("error.points.proposers");
        }
        if (newMonthlyCap != null && (newMonthlyCap <= 0 || newMonthlyCap < Math.abs(newPoints))) {
            throw new DomainException("error.points.cap", newMonthlyCap);
        }
        this.name = newName.strip();
        this.kind = newKind;
        this.points = newPoints;
        this.evidenceRequired = newEvidenceRequired;
        this.proposers = newProposers.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        this.monthlyCap = newMonthlyCap;
    }

    public void retire() {
        active = false;
    }

    public void reinstate() {
        active = true;
    }

    /** Whether a user holding {@code role} may propose this item. */
    public boolean mayBeProposedBy(Role role) {
        return getProposers().contains(role);
    }

    /**
     * Whether adding {@code more} points to the {@code already} points a household has from this
     * item in the month stays within the cap (a cap bounds the magnitude, for deductions too).
     */
    public boolean withinCap(int already, int more) {
        return monthlyCap == null || Math.abs(already + more) <= monthlyCap;
    }

    public Set<Role> getProposers() {
        return proposers == null || proposers.isBlank() ? EnumSet.noneOf(Role.class)
                : Arrays.stream(proposers.split(",")).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("points", points);
        state.put("evidenceRequired", evidenceRequired);
        state.put("proposers", proposers);
        state.put("monthlyCap", monthlyCap);
        state.put("active", active);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public PointsKind getKind() {
        return kind;
    }

    public int getPoints() {
        return points;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public Integer getMonthlyCap() {
        return monthlyCap;
    }

    public boolean isActive() {
        return active;
    }
}
