package cn.xiangzhi.liaison.domain;

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

/** A household looked after by a liaison of its village; a household has at most one (a unique key). */
@Entity
@Table(name = "liaison_assignment")
public class LiaisonAssignment extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "liaison_id", nullable = false, updatable = false)
    private Liaison liaison;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Column(name = "assigned_by", nullable = false, length = 120, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected LiaisonAssignment() {
    }

    public LiaisonAssignment(Liaison liaison, Household household, String by, Instant at) {
        if (!household.getVillage().isSameAs(liaison.getVillage())) {
            throw new DomainException("error.liaison.otherVillage");
        }
        this.liaison = liaison;
        this.household = household;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("liaisonId", liaison == null ? null : liaison.getId());
        state.put("householdId", household == null ? null : household.getId());
        return state;
    }

    public Liaison getLiaison() {
        return liaison;
    }

    public Household getHousehold() {
        return household;
    }

    public String getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }
}
