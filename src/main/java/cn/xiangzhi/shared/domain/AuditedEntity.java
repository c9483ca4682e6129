package cn.xiangzhi.shared.domain;

import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import java.util.Map;

/**
 * An entity whose every change is written to the audit log. It names the fields that matter
 * (never secrets such as password hashes) in {@link #auditState()}; the listener compares the state
 * seen at load time with the state written to record old → new.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Transient
    private transient Map<String, Object> loadedState;

    public abstract Object getId();

    /** The audited fields, in a stable order, as plain values (strings, numbers, ids). */
    public abstract Map<String, Object> auditState();

    /** The name of the entity in the audit log. */
    public String auditType() {
        return getClass().getSimpleName();
    }

    /** The tenant whose audit log records changes of this entity. */
    public long auditTenantId() {
        return TenantContext.current().id();
    }

    public Map<String, Object> loadedState() {
        return loadedState;
    }

    public void rememberLoadedState(Map<String, Object> state) {
        this.loadedState = state;
    }
}
