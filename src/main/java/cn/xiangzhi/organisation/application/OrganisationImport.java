package cn.xiangzhi.organisation.application;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.organisation.application.ImportColumn.Sheet;
import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.BulkInsert;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader.Row;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

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

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    DataSource dataSource;

    /**
     * Checks {@code content} and, unless there are errors or {@code dryRun} is set, writes it.
     * Errors come back in the result (nothing written); only an unreadable file throws.
     */
    @Transactional
    public ImportResult run(String fileName, byte[] content, boolean dryRun, Progress progress) {
        UserPrincipal user = Access.require("org:edit");
        progress.report("read", 0, 1);
        List<SpreadsheetReader.Sheet> sheets = SpreadsheetReader.read(fileName, content);
        Plan plan = new Plan(db.tenant(), user, java.time.Year.now(clock));
        int total = sheets.stream().mapToInt(s -> s.rows().size()).sum();
        progress.report("check", 0, total);
        for (SpreadsheetReader.Sheet sheet : sheets) {
            Sheet kind = Sheet.recognise(sheet.header());
            if (kind == null) {
                plan.error(sheet.name(), 1, "", "error.import.sheet");
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
        return plan.result(true);
    }

    private void write(Plan plan, Progress progress) {
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
                    .update(em.find(Household.class, plan.householdIds.get(r.householdCode)), r.name, r.relation, r.gender,
                            r.birthYear, r.phone, java.time.Year.now(clock)));
            em.flush();
            List<Object[]> residentRows = new ArrayList<>(plan.newResidents.size());
            for (PlannedResident r : plan.newResidents) {
                residentRows.add(new Object[]{tenantId, 0L, plan.householdIds.get(r.householdCode), r.name, r.relation,
                        r.gender, r.birthYear, r.phone});
            }
            int households = grids + rows.size();
            RESIDENTS.insert(connection, residentRows, written -> progress.report("write", households + written, total));
            auditResidents(connection, tenantId, plan);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be written; nothing is kept", e);
        }
        progress.report("write", total, total);
    }

    private void auditResidents(Connection connection, long tenantId, Plan plan) throws SQLException {
        if (plan.newResidents.isEmpty()) {
            return;
        }
        Map<String, PlannedResident> byKey = new HashMap<>();
        plan.newResidents.forEach(r -> byKey.put(r.householdCode + '\u0000' + r.name, r));
        Map<Long, Map<String, Object>> created = new LinkedHashMap<>();
        String sql = "select r.id, h.code, r.name from resident r join household h on h.id = r.household_id"
                + " where r.tenant_id = ? and r.id > ? order by r.id";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, tenantId);
            select.setLong(2, plan.maxResidentId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    PlannedResident r = byKey.remove(rs.getString(2) + '\u0000' + rs.getString(3));
                    if (r != null) {
                        Map<String, Object> state = new LinkedHashMap<>();
                        state.put("householdId", plan.householdIds.get(r.householdCode));
                        state.put("name", r.name);
                        state.put("relation", r.relation);
                        state.put("gender", r.gender);
                        state.put("birthYear", r.birthYear);
                        state.put("phone", r.phone);
                        created.put(rs.getLong(1), state);
                    }
                }
            }
        }
        audit.recordCreated(tenantId, "Resident", created);
    }

    private static Map<String, Long> idsOf(Connection connection, long tenantId, java.util.Collection<String> codes)
            throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int from = 0; from < all.size(); from += BulkInsert.CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + BulkInsert.CHUNK));
            String sql = "select id, code from household where tenant_id = ? and code in ("
                    + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")";
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

    private record StoredHousehold(long id, String code, long villageId, String villagePath, Long gridId,
                                   String head, String address, String phone) {
    }

    private record StoredResident(long id, String householdCode, String name, String relation, String gender,
                                  Integer birthYear, String phone) {
    }

    private record PlannedResident(String householdCode, String name, String relation, String gender,
                                   Integer birthYear, String phone) {
    }

    /** What the file would change, built row by row while checking it. */
    private static final class Plan {
        private final EntityManager em;
        private final UserPrincipal user;
        private final java.time.Year thisYear;
        private final Map<String, Place> villagesByCode = new HashMap<>();
        private final Map<String, List<Place>> villagesByName = new HashMap<>();
        private final Map<String, Grid> storedGrids = new HashMap<>();
        private final Map<String, StoredHousehold> storedHouseholds = new HashMap<>();
        private final Map<String, StoredResident> storedResidents = new HashMap<>();
        private final long maxResidentId;

        final List<ImportError> errors = new ArrayList<>();
        final Map<String, Grid> newGrids = new LinkedHashMap<>();
        final Map<Grid, String[]> gridUpdates = new LinkedHashMap<>();
        private final Map<String, Integer> gridRows = new HashMap<>();
        final Map<String, Household> newHouseholds = new LinkedHashMap<>();
        final Map<Long, Household> householdUpdates = new LinkedHashMap<>();
        private final Map<String, Integer> householdRows = new HashMap<>();
        final Map<String, Long> householdIds = new HashMap<>();
        private int householdsUnchanged;
        final List<PlannedResident> newResidents = new ArrayList<>();
        final Map<Long, PlannedResident> residentUpdates = new LinkedHashMap<>();
        private final Map<String, Integer> residentRows = new HashMap<>();
        private int residentsUnchanged;
        private int gridsUnchanged;

        Plan(EntityManager em, UserPrincipal user, java.time.Year thisYear) {
            this.thisYear = thisYear;
            this.em = em;
            this.user = user;
            for (Place place : em.createQuery("select p from Place p where p.path like :scope", Place.class)
                    .setParameter("scope", user.scopePath() + "%").getResultList()) {
                if (place.getLevel().tier() == PlaceLevel.Tier.VILLAGE) {
                    villagesByCode.put(place.getDivisionCode(), place);
                    villagesByName.computeIfAbsent(place.getName(), n -> new ArrayList<>()).add(place);
                }
            }
            em.createQuery("select g from Grid g", Grid.class).getResultList().forEach(g -> storedGrids.put(g.getCode(), g));
            em.createQuery("select h.id, h.code, v.id, v.path, g.id, h.headName, h.address, h.phone from Household h"
                    + " join h.village v left join h.grid g", Object[].class).getResultList().forEach(r -> {
                        StoredHousehold h = new StoredHousehold((Long) r[0], (String) r[1], (Long) r[2], (String) r[3],
                                (Long) r[4], (String) r[5], (String) r[6], (String) r[7]);
                        storedHouseholds.put(h.code(), h);
                        householdIds.put(h.code(), h.id());
                    });
            em.createQuery("select r.id, h.code, r.name, r.relation, r.gender, r.birthYear, r.phone from Resident r"
                    + " join r.household h", Object[].class).getResultList().forEach(r -> {
                        StoredResident s = new StoredResident((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                                (String) r[4], (Integer) r[5], (String) r[6]);
                        storedResidents.putIfAbsent(s.householdCode() + '\u0000' + s.name(), s);
                    });
            Long max = em.createQuery("select max(r.id) from Resident r", Long.class).getSingleResult();
            this.maxResidentId = max == null ? 0 : max;
        }

        void error(String sheet, int row, String column, String key, Object... args) {
            errors.add(new ImportError(sheet, row, column, key, args));
        }

        ImportResult result(boolean written) {
            return new ImportResult(written,
                    new Counts(newGrids.size(), gridUpdates.size(), gridsUnchanged),
                    new Counts(newHouseholds.size(), householdUpdates.size(), householdsUnchanged),
                    new Counts(newResidents.size(), residentUpdates.size(), residentsUnchanged),
                    List.copyOf(errors));
        }

        void check(Sheet kind, SpreadsheetReader.Sheet sheet, Progress progress, int total) {
            Map<ImportColumn, Integer> at = ImportColumn.locate(kind, sheet.header());
            boolean complete = true;
            for (ImportColumn column : kind.columns()) {
                if (column.required() && !at.containsKey(column)) {
                    error(sheet.name(), 1, column.chinese(), "error.import.missingColumn", column.chinese(), column.english());
                    complete = false;
                }
            }
            if (!complete) {
                return;
            }
            Cells cells = new Cells(sheet, at);
            int done = 0;
            for (Row row : sheet.rows()) {
                if (kind == Sheet.HOUSEHOLDS) {
                    checkHousehold(cells, row);
                } else {
                    checkResident(cells, row);
                }
                if (++done % 5000 == 0) {
                    progress.report("check", done, total);
                }
            }
        }

        private void checkHousehold(Cells cells, Row row) {
            int before = errors.size();
            Place village = village(cells, row);
            if (village == null) {
                return;
            }
            Grid grid = null;
            boolean chainEnded = false;
            for (GridLevel level : GridLevel.values()) {
                ImportColumn[] columns = ImportColumn.gridColumns(level);
                String code = cells.get(row, columns[0]);
                if (code.isEmpty()) {
                    if (!cells.get(row, columns[1]).isEmpty() || !cells.get(row, columns[2]).isEmpty()) {
                        cells.error(this, row, columns[0], "error.import.gridCode");
                        return;
                    }
                    chainEnded = true;
                    continue;
                }
                if (chainEnded) {
                    cells.error(this, row, columns[0], "error.import.gridGap", code);
                    return;
                }
                grid = grid(cells, row, village, grid, level, code, cells.get(row, columns[1]), cells.get(row, columns[2]));
                if (grid == null) {
                    return;
                }
            }
            String code = cells.get(row, ImportColumn.HOUSEHOLD_CODE);
            Integer first = householdRows.putIfAbsent(code, row.number());
            if (first != null) {
                cells.error(this, row, ImportColumn.HOUSEHOLD_CODE, "error.import.duplicate", code, first);
                return;
            }
            Household candidate;
            try {
                candidate = new Household(code, village, grid, cells.get(row, ImportColumn.HEAD),
                        cells.get(row, ImportColumn.ADDRESS), cells.get(row, ImportColumn.PHONE));
            } catch (DomainException e) {
                ImportColumn column = switch (e.key()) {
                    case "error.household.head" -> ImportColumn.HEAD;
                    case "error.household.address" -> ImportColumn.ADDRESS;
                    case "error.user.phone" -> ImportColumn.PHONE;
                    default -> ImportColumn.HOUSEHOLD_CODE;
                };
                cells.error(this, row, column, e.key(), e.args());
                return;
            }
            if (errors.size() > before) {
                return;
            }
            StoredHousehold stored = storedHouseholds.get(candidate.getCode());
            if (stored == null) {
                newHouseholds.put(candidate.getCode(), candidate);
            } else if (!Access.inScope(user, stored.villagePath())) {
                cells.error(this, row, ImportColumn.HOUSEHOLD_CODE, "error.import.householdElsewhere", code);
            } else if (stored.villageId() == village.getId()
                    && Objects.equals(stored.gridId(), grid == null ? null : grid.getId())
                    && Objects.equals(stored.head(), candidate.getHeadName())
                    && Objects.equals(stored.address(), candidate.getAddress())
                    && Objects.equals(stored.phone(), candidate.getPhone())) {
                householdsUnchanged++;
            } else {
                householdUpdates.put(stored.id(), candidate);
            }
        }

        private Place village(Cells cells, Row row) {
            String text = cells.get(row, ImportColumn.VILLAGE);
            Place village = villagesByCode.get(text);
            if (village == null) {
                List<Place> named = villagesByName.getOrDefault(text, List.of());
                if (named.size() == 1) {
                    village = named.get(0);
                } else if (named.size() > 1) {
                    cells.error(this, row, ImportColumn.VILLAGE, "error.import.villageAmbiguous", text);
                    return null;
                }
            }
            if (village == null) {
                cells.error(this, row, ImportColumn.VILLAGE, "error.import.village", text);
            }
            return village;
        }

        /** The grid {@code code} at {@code level} under {@code parent}: stored, planned by an earlier row, or new. */
        private Grid grid(Cells cells, Row row, Place village, Grid parent, GridLevel level, String code, String name,
                          String leader) {
            ImportColumn[] columns = ImportColumn.gridColumns(level);
            Grid known = storedGrids.containsKey(code) ? storedGrids.get(code) : newGrids.get(code);
            if (known == null) {
                if (name.isEmpty()) {
                    cells.error(this, row, columns[1], "error.name.required");
                    return null;
                }
                try {
                    Grid grid = new Grid(village, parent, level, code, name, leader);
                    newGrids.put(code, grid);
                    gridRows.put(code, row.number());
                    return grid;
                } catch (DomainException e) {
                    cells.error(this, row, e.key().equals("error.name.required") ? columns[1] : columns[0], e.key(), e.args());
                    return null;
                }
            }
            if (!known.isIn(village) || known.getLevel() != level || known.getParent() != parent
                    && (known.getParent() == null || parent == null || !known.getParent().getCode().equals(parent.getCode()))) {
                cells.error(this, row, columns[0], "error.import.gridElsewhere", code);
                return null;
            }
            if (storedGrids.containsKey(code)) {
                String newName = name.isEmpty() ? known.getName() : name;
                String newLeader = leader.isEmpty() ? known.getLeaderName() : leader;
                String[] planned = gridUpdates.get(known);
                if (planned != null && (!planned[0].equals(newName) || !Objects.equals(planned[1], newLeader))) {
                    cells.error(this, row, columns[1], "error.import.gridDiffers", code, gridRows.get(code));
                } else if (!newName.equals(known.getName()) || !Objects.equals(newLeader, known.getLeaderName())) {
                    gridUpdates.put(known, new String[]{newName, newLeader});
                    gridRows.putIfAbsent(code, row.number());
                } else if (gridRows.putIfAbsent(code, row.number()) == null) {
                    gridsUnchanged++;
                }
            } else if (!name.isEmpty() && !name.equals(known.getName())
                    || !leader.isEmpty() && !leader.equals(known.getLeaderName())) {
                cells.error(this, row, columns[1], "error.import.gridDiffers", code, gridRows.get(code));
            }
            return known;
        }

        private void checkResident(Cells cells, Row row) {
            String code = cells.get(row, ImportColumn.RESIDENT_HOUSEHOLD);
            Household household = newHouseholds.get(code);
            StoredHousehold stored = storedHouseholds.get(code);
            if (household == null && (stored == null || !Access.inScope(user, stored.villagePath()))) {
                cells.error(this, row, ImportColumn.RESIDENT_HOUSEHOLD, "error.import.noHousehold", code);
                return;
            }
            String gender = switch (cells.get(row, ImportColumn.GENDER).toUpperCase(java.util.Locale.ROOT)) {
                case "男", "M" -> "M";
                case "女", "F" -> "F";
                case "" -> null;
                default -> "?";
            };
            Integer birthYear = null;
            String year = cells.get(row, ImportColumn.BIRTH_YEAR);
            if (!year.isEmpty()) {
                try {
                    birthYear = Integer.valueOf(year);
                } catch (NumberFormatException e) {
                    cells.error(this, row, ImportColumn.BIRTH_YEAR, "error.resident.birthYear", year);
                    return;
                }
            }
            Resident candidate;
            try {
                Household owner = household != null ? household : em.getReference(Household.class, stored.id());
                candidate = new Resident(owner, cells.get(row, ImportColumn.RESIDENT_NAME), cells.get(row, ImportColumn.RELATION),
                        gender, birthYear, cells.get(row, ImportColumn.RESIDENT_PHONE), thisYear);
            } catch (DomainException e) {
                ImportColumn column = switch (e.key()) {
                    case "error.resident.gender" -> ImportColumn.GENDER;
                    case "error.resident.birthYear" -> ImportColumn.BIRTH_YEAR;
                    case "error.user.phone" -> ImportColumn.RESIDENT_PHONE;
                    default -> ImportColumn.RESIDENT_NAME;
                };
                Object[] args = e.key().equals("error.resident.gender") ? new Object[]{cells.get(row, ImportColumn.GENDER)} : e.args();
                cells.error(this, row, column, e.key(), args);
                return;
            }
            String key = code + '\u0000' + candidate.getName();
            Integer first = residentRows.putIfAbsent(key, row.number());
            if (first != null) {
                cells.error(this, row, ImportColumn.RESIDENT_NAME, "error.import.duplicate", candidate.getName(), first);
                return;
            }
            PlannedResident planned = new PlannedResident(code, candidate.getName(), candidate.getRelation(),
                    candidate.getGender(), candidate.getBirthYear(), candidate.getPhone());
            StoredResident existing = storedResidents.get(key);
            if (existing == null) {
                newResidents.add(planned);
            } else if (Objects.equals(existing.relation(), planned.relation()) && Objects.equals(existing.gender(), planned.gender())
                    && Objects.equals(existing.birthYear(), planned.birthYear()) && Objects.equals(existing.phone(), planned.phone())) {
                residentsUnchanged++;
            } else {
                residentUpdates.put(existing.id(), planned);
            }
        }
    }

    /** Reads cells of one sheet by column and reports errors under the header the file uses. */
    private record Cells(SpreadsheetReader.Sheet sheet, Map<ImportColumn, Integer> at) {
        String get(Row row, ImportColumn column) {
            Integer index = at.get(column);
            return index == null ? "" : row.cell(index);
        }

        void error(Plan plan, Row row, ImportColumn column, String key, Object... args) {
            Integer index = at.get(column);
            String header = index == null ? column.chinese() : sheet.header().get(index);
            plan.error(sheet.name(), row.number(), header, key, args);
        }
    }
}
