package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.AuditEntry;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The auditor's search over the tenant's audit log: newest first, paged. */
@ApplicationScoped
@Transactional
public class AuditLog {

    @Inject
    TenantEntityManager db;

    /** Search criteria; blank fields match everything. {@code text} matches actor, entity or changes. */
    public record Filter(Instant from, Instant to, String actor, String entityType, String text) {
        public static Filter all() {
            return new Filter(null, null, null, null, null);
        }
    }

    public List<AuditEntry> search(Filter filter, int first, int max) {
        Access.require(Permission.AUDIT_VIEW);
        TypedQuery<AuditEntry> query = query(filter, "select a", " order by a.occurredAt desc, a.id desc", AuditEntry.class);
        return query.setFirstResult(ListSize.first(first)).setMaxResults(ListSize.of(max)).getResultList();
    }

    public long count(Filter filter) {
        Access.require(Permission.AUDIT_VIEW);
        return query(filter, "select count(a)", "", Long.class).getSingleResult();
    }

    /** The kinds of entity the tenant's log holds, for the search filter. */
    public List<String> entityTypes() {
        Access.require(Permission.AUDIT_VIEW);
        return db.tenant().createQuery("select distinct a.entityType from AuditEntry a order by a.entityType", String.class)
                .getResultList();
    }

    public AuditEntry get(long id) {
        Access.require(Permission.AUDIT_VIEW);
        AuditEntry entry = db.tenant().find(AuditEntry.class, id);
        if (entry == null) {
            throw new NotFoundException("AuditEntry", id);
        }
        return entry;
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.from() != null) {
            jpql.append(" and a.occurredAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and a.occurredAt < :to");
            params.put("to", filter.to());
        }
        if (notBlank(filter.actor())) {
            jpql.append(" and a.actor like :actor");
            params.put("actor", "%" + filter.actor().strip() + "%");
        }
        if (notBlank(filter.entityType())) {
            jpql.append(" and a.entityType = :type");
            params.put("type", filter.entityType().strip());
        }
        if (notBlank(filter.text())) {
            jpql.append(" and (a.changes like :text or a.entityId = :exact or a.actor like :text)");
            params.put("text", "%" + filter.text().strip() + "%");
            params.put("exact", filter.text().strip());
        }
        TypedQuery<T> query = db.tenant().createQuery(jpql.append(order).toString(), type);
        params.forEach(query::setParameter);
        return query;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
