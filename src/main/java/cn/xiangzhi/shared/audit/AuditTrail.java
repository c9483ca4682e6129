package cn.xiangzhi.shared.audit;

import cn.xiangzhi.shared.cache.TenantChanges;
import cn.xiangzhi.shared.persistence.BulkInsert;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.PersistenceException;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Appends entries to the audit log with plain JDBC on the connection of the change it describes:
 * inside a transaction that is EclipseLink's own connection (unwrapped from the entity manager),
 * so the entry commits or rolls back with the change and no second pool connection is needed —
 * asking the data source for one while holding row locks starved the pool under load (a lock
 * holder waited for a connection held by the requests waiting for its lock). Outside a
 * transaction a connection of the data source is used. Entries are never updated or deleted.
 *
 * <p>Work that writes several audited rows on a hot path can have their entries written as
 * <b>one</b> multi-row insert ({@link #inOneStatement}, ADR 0022): the counter's redemption writes
 * its ledger line, redemption and item with one audit statement, not three.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    BusinessClock clock;

    /** Looked up once: {@code Json.createXxx} searches for the provider on every call, which costs
     *  milliseconds each and made bulk auditing 20 times slower than the insert it describes. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final BulkInsert ENTRIES = new BulkInsert("audit_entry",
            List.of("tenant_id", "occurred_at", "actor", "action", "entity_type", "entity_id", "changes"));

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    private DataSource dataSource;

    @Inject
    TenantEntityManager db;

    @Inject
    TenantChanges changes;

    /** The entries gathered by {@link #inOneStatement} on this thread, null when none is running. */
    private static final ThreadLocal<List<Object[]>> GATHERED = new ThreadLocal<>();

    /**
     * Runs {@code work} (inside the caller's transaction) and writes the audit entries it records
     * as one statement once it has returned. The work must flush its changes before it returns
     * (entries of rows written later, at the commit, are written one by one as usual); when it
     * fails, its entries are dropped with the transaction it rolls back. Nested calls gather into
     * the outermost.
     */
    public <T> T inOneStatement(Supplier<T> work) {
        if (GATHERED.get() != null) {
            return work.get();
        }
        List<Object[]> rows = new ArrayList<>();
        GATHERED.set(rows);
        T result;
        try {
            result = work.get();
        } finally {
            GATHERED.remove();
        }
        if (!rows.isEmpty()) {
            try {
                withConnection(connection -> ENTRIES.insert(connection, rows, written -> { }));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write the audit entries; the change is rolled back", e);
            }
        }
        return result;
    }

    /** Work on a connection that the caller must not close. */
    private interface Work {
        void on(Connection connection) throws SQLException;
    }

    private void withConnection(Work work) throws SQLException {
        Connection shared = transactionConnection();
        if (shared != null) {
            work.on(shared);
            return;
        }
        try (Connection own = dataSource.getConnection()) {
            work.on(own);
        }
    }

    /** EclipseLink's connection of the current transaction, or null outside one. */
    private Connection transactionConnection() {
        try {
            return db.platform().unwrap(Connection.class);
        } catch (IllegalStateException | PersistenceException notInTransaction) {
            return null;
        }
    }

    public void record(long tenantId, AuditAction action, String entityType, String entityId, Map<String, Change> changes) {
        insert(tenantId, action, entityType, entityId, toJson(changes));
    }

    private static String toJson(Map<String, Change> changes) {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        changes.forEach((field, change) -> json.add(field, JSON.createObjectBuilder()
                .add("old", toJson(change.oldValue()))
                .add("new", toJson(change.newValue()))));
        return json.build().toString();
    }

    /** An entry for a domain event that is not a field change (e.g. a suspension). */
    public void recordEvent(long tenantId, AuditAction action, String entityType, String entityId, String detail) {
        insert(tenantId, action, entityType, entityId,
                JSON.createObjectBuilder().add("detail", detail == null ? "" : detail).build().toString());
    }

    /**
     * One CREATE entry per row written in bulk (an import), in the same form the listener writes
     * for a single insert: {@code states} maps each new row's id to its fields.
     */
    public void recordCreated(long tenantId, String entityType, Map<Long, Map<String, Object>> states) {
        changes.written(tenantId);
        String actor = CurrentUser.describe();
        Timestamp now = Timestamp.from(clock.now());
        List<Object[]> rows = new ArrayList<>(states.size());
        states.forEach((id, state) -> {
            Map<String, Change> changes = new LinkedHashMap<>();
            state.forEach((field, value) -> {
                if (value != null) {
                    changes.put(field, new Change(null, value));
                }
            });
            rows.add(new Object[]{tenantId, now, actor, AuditAction.CREATE.name(), entityType, String.valueOf(id), toJson(changes)});
        });
        try {
            withConnection(connection -> ENTRIES.insert(connection, rows, written -> { }));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit entries; the change is rolled back", e);
        }
    }

    private void insert(long tenantId, AuditAction action, String entityType, String entityId, String changes) {
        this.changes.written(tenantId);
        Object[] row = {tenantId, Timestamp.from(clock.now()), CurrentUser.describe(), action.name(), entityType, entityId, changes};
        List<Object[]> gathered = GATHERED.get();
        if (gathered != null) {
            gathered.add(row);
            return;
        }
        try {
            withConnection(connection -> ENTRIES.insert(connection, List.<Object[]>of(row), written -> { }));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit entry; the change is rolled back", e);
        }
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number n) {
            return JSON.createValue(new BigDecimal(n.toString()));
        }
        return JSON.createValue(value.toString());
    }
}
