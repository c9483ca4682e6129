package cn.xiangzhi.shared.audit;

import cn.xiangzhi.shared.domain.AuditedEntity;
import cn.xiangzhi.shared.cdi.BeanRef;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one audit entry per insert, update and delete of an {@link AuditedEntity}, with the
 * changed fields as old → new. The entry is written in the same transaction as the change, so a
 * rolled-back change leaves no entry and a committed one always has its entry.
 */
public class AuditListener {

    @PostLoad
    void loaded(AuditedEntity entity) {
        entity.rememberLoadedState(entity.auditState());
    }

    @PostPersist
    void persisted(AuditedEntity entity) {
        Map<String, Object> now = entity.auditState();
        write(entity, AuditAction.CREATE, diff(Map.of(), now));
        entity.rememberLoadedState(now);
    }

    @PostUpdate
    void updated(AuditedEntity entity) {
        Map<String, Object> before = entity.loadedState() == null ? Map.of() : entity.loadedState();
        Map<String, Object> now = entity.auditState();
        Map<String, Change> changes = diff(before, now);
        if (!changes.isEmpty()) {
            write(entity, AuditAction.UPDATE, changes);
        }
        entity.rememberLoadedState(now);
    }

    @PostRemove
    void removed(AuditedEntity entity) {
        Map<String, Object> before = entity.loadedState() == null ? entity.auditState() : entity.loadedState();
        write(entity, AuditAction.DELETE, diff(before, Map.of()));
    }

    static Map<String, Change> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : before.entrySet()) {
            Object newValue = after.get(field.getKey());
            if (!Objects.equals(field.getValue(), newValue)) {
                changes.put(field.getKey(), new Change(field.getValue(), newValue));
            }
        }
        for (Map.Entry<String, Object> field : after.entrySet()) {
            if (!before.containsKey(field.getKey()) && field.getValue() != null) {
                changes.put(field.getKey(), new Change(null, field.getValue()));
            }
        }
        return changes;
    }

    private static final BeanRef<AuditTrail> TRAIL = BeanRef.of(AuditTrail.class);

    private static void write(AuditedEntity entity, AuditAction action, Map<String, Change> changes) {
        TRAIL.get()
                .record(entity.auditTenantId(), action, entity.auditType(), String.valueOf(entity.getId()), changes);
    }
}
