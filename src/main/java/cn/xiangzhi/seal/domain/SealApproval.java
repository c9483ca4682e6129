package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.security.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One step of an application's approval chain as decided: the step, the role, who and when, and a rejection's reason. */
@Entity
@Table(name = "seal_approval")
public class SealApproval extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SealApplication application;

    @Column(nullable = false, updatable = false)
    private int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Role role;

    @Column(nullable = false, updatable = false)
    private boolean approved;

    @Column(length = 500, updatable = false)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 120, updatable = false)
    private String decidedBy;

    @Column(name = "decider_name", nullable = false, length = 60, updatable = false)
    private String deciderName;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected SealApproval() {
    }

    public SealApproval(SealApplication application, int step, Role role, boolean approved, String reason, String by, String byName,
                        Instant at) {
        String r = reason == null || reason.isBlank() ? null : reason.strip();
        if (!approved && r == null || r != null && r.length() > 500) {
            throw new DomainException("error.sealApplication.reason", reason == null ? "" : reason);
        }
        this.application = application;
        this.step = step;
        this.role = role;
        this.approved = approved;
        this.reason = r;
        this.decidedBy = by;
        this.deciderName = byName;
        this.decidedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", application.getId());
        state.put("step", step);
        state.put("role", role.name());
        state.put("approved", approved);
        state.put("reason", reason);
        return state;
    }

    public SealApplication getApplication() {
        return application;
    }

    public int getStep() {
        return step;
    }

    public Role getRole() {
        return role;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDeciderName() {
        return deciderName;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
