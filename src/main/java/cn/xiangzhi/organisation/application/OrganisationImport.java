package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.application.ImportColumn.Sheet;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.metrics.Tally;
import cn.xiangzhi.shared.persistence.BulkInsert;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Imports villages' grids, households and residents from a spreadsheet (see {@link ImportColumn}).
 *
 * <p>All or nothing: every row is checked first, against the file and the stored tree, and every
 * error is reported with its sheet, row, column and reason; a file with any error writes nothing.
 * Codes are natural keys, so importing the same file again changes nothing: a row whose code is
 * stored updates that row where it differs and is otherwise left alone. Blank grid names and
 * leaders leave the stored ones as they are. New households and residents are written in bulk
 * (multi-row inserts, one audit entry each, in the same transaction); grids and updates go through
 * JPA and its audit listener.
 */
@ApplicationScoped
public class OrganisationImport {

    @Inject
    BusinessClock clock;

    /** Listens to a running import: phase is one of "read", "check", "write". */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void report(String phase, int done, int total);
    }

    public record ImportError(String sheet, int row, String column, String key, Object[] args) implements Serializable {
    }

    public record Counts(int added, int updated, int unchanged) implements Serializable {
    }

    public record ImportResult(boolean written, Counts grids, Counts households, Counts residents,
                               List<ImportError> errors) implements Serializable {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private static final Logger LOG = Logger.getLogger(OrganisationImport.class.getName());
    private static final BulkInsert HOUSEHOLDS = new BulkInsert("household",
            List.of("tenant_id", "version", "code", "village_id", "grid_id", "head_name", "address", "phone"));
    private static final BulkInsert RESIDENTS = new BulkInsert("resident",
            List.of("tenant_id", "version", "household_id", "name", "relation", "gender", "birth_year", "phone"));

    @Inject
    TenantEntityManager db;

    @Inject
    AuditTrail audit;

    @Inject
    Tally tally;

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    DataSource dataSource;

    /**
     * Checks {@code content} and, unless there are errors or {@code dryRun} is set, writes it.
     * Errors come back in the result (nothing written); only an unreadable file throws.
     */
    @Transactional
    public ImportResult run(String fileName, byte[] content, boolean dryRun, Progress progress) {
        UserPrincipal user = Access.require(Permission.ORG_EDIT);
        progress.report("read", 0, 1);
        List<SpreadsheetReader.Sheet> sheets = SpreadsheetReader.read(fileName, content);
        ImportPlan plan = new ImportPlan(db.tenant(), user, Year.now(clock));
        int total = sheets.stream().mapToInt(s -> s.rows().size()).sum();
        progress.report("check", 0, total);
        for (SpreadsheetReader.Sheet sheet : sheets) {
            Sheet kind = Sheet.recognise(sheet.header());
            if (kind == null) {
                plan.error(sheet.name(), 1, "", "error.import.sheet", String.join("、", sheet.header()), ImportColumn.HEAD.chinese(),
                        ImportColumn.RESIDENT_NAME.chinese());
            }
        }
        // households first, so residents can name households from the same file
        for (Sheet kind : Sheet.values()) {
            for (SpreadsheetReader.Sheet sheet : sheets) {
                if (Sheet.recognise(sheet.header()) == kind) {
                    plan.check(kind, sheet, progress, total);
                }
            }
        }
        if (!plan.errors.isEmpty() || dryRun) {
            return plan.result(false);
        }
        write(plan, progress);
        ImportResult written = plan.result(true);
        tally.imported("organisation", Stream.of(written.grids(), written.households(), written.residents())
                .mapToLong(c -> c.added() + c.updated()).sum());
        return written;
    }

    private void write(ImportPlan plan, Progress progress) {
        EntityManager em = db.tenant();
        long tenantId = TenantContext.current().id();
        int total = plan.newHouseholds.size() + plan.newResidents.size() + plan.newGrids.size();
        progress.report("write", 0, total);
        long started = System.nanoTime();
        plan.newGrids.values().forEach(em::persist);
        plan.gridUpdates.forEach((grid, values) -> grid.update(values[0], values[1]));
        plan.householdUpdates.forEach((id, h) -> em.find(Household.class, id)
                .update(h.getVillage(), h.getGrid(), h.getHeadName(), h.getAddress(), h.getPhone()));
        em.flush();
        long gridsWritten = System.nanoTime();
        int grids = plan.newGrids.size();
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>(plan.newHouseholds.size());
            for (Household h : plan.newHouseholds.values()) {
                rows.add(new Object[]{tenantId, 0L, h.getCode(), h.getVillage().getId(),
                        h.getGrid() == null ? null : h.getGrid().getId(), h.getHeadName(), h.getAddress(), h.getPhone()});
            }
            HOUSEHOLDS.insert(connection, rows, written -> progress.report("write", grids + written, total));
            long householdsWritten = System.nanoTime();
            Map<String, Long> ids = idsOf(connection, tenantId, plan.newHouseholds.keySet());
            Map<Long, Map<String, Object>> created = new LinkedHashMap<>();
            plan.newHouseholds.forEach((code, h) -> {
                Map<String, Object> state = h.auditState();
                state.put("gridId", h.getGrid() == null ? null : h.getGrid().getId());
                created.put(ids.get(code), state);
            });
            audit.recordCreated(tenantId, "Household", created);
            long audited = System.nanoTime();
            LOG.info(() -> String.format("import: %d grids and updates %.1f s, %d households %.1f s, their audit %.1f s",
                    grids, (gridsWritten - started) / 1e9, rows.size(), (householdsWritten - gridsWritten) / 1e9,
                    (audited - householdsWritten) / 1e9));
            plan.householdIds.putAll(ids);

            plan.residentUpdates.forEach((id, r) -> em.find(Resident.class, id)
                    .update(em.find(Household.class, plan.householdIds.get(r.householdCode())), r.name(), r.relation(), r.gender(),
                            r.birthYear(), r.phone(), Year.now(clock)));
            em.flush();
            List<Object[]> residentRows = new ArrayList<>(plan.newResidents.size());
            for (ImportPlan.PlannedResident r : plan.newResidents) {
                residentRows.add(new Object[]{tenantId, 0L, plan.householdIds.get(r.householdCode()), r.name(), r.relation(),
                        r.gender(), r.birthYear(), r.phone()});
            }
            int households = grids + rows.size();
            RESIDENTS.insert(connection, residentRows, written -> progress.report("write", households + written, total));
            auditResidents(connection, tenantId, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be written; nothing is kept", e);
        }
        progress.report("write", total, total);
    }

    private void auditResidents(Connection connection, long tenantId, ImportPlan plan) throws SQLException {
        if (plan.newResidents.isEmpty()) {
            return;
        }
        Map<String, ImportPlan.PlannedResident> byKey = new HashMap<>();
        plan.newResidents.forEach(r -> byKey.put(r.householdCode() + '\u0000' + r.name(), r));
        Map<Long, Map<String, Object>> created = new LinkedHashMap<>();
        String sql = "select r.id, h.code, r.name from resident r join household h on h.id = r.household_id"
                + " where r.tenant_id = ? and r.id > ? order by r.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, tenantId);
            select.setLong(2, plan.maxResidentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ImportPlan.PlannedResident r = byKey.remove(rs.getString(2) + '\u0000' + rs.getString(3));
                    if (r != null) {
                        Map<String, Object> state = new LinkedHashMap<>();
                        state.put("householdId", plan.householdIds.get(r.householdCode()));
                        state.put("name", r.name());
                        state.put("relation", r.relation());
                        state.put("gender", r.gender());
                        state.put("birthYear", r.birthYear());
                        state.put("phone", r.phone());
                        created.put(rs.getLong(1), state);
                    }
                }
            }
        }
        audit.recordCreated(tenantId, "Resident", created);
    }

    private static Map<String, Long> idsOf(Connection connection, long tenantId, Collection<String> codes)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += BulkInsert.CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BulkInsert.CHUNK));
            String sql = "select id, code from household where tenant_id = ? and code in ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setLong(1, tenantId);
                for (int i = 0; i < chunk.size(); i++) {
                    select.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

}
