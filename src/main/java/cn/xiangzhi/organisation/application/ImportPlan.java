package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.application.ImportColumn.Sheet;
import cn.xiangzhi.organisation.application.OrganisationImport.Counts;
import cn.xiangzhi.organisation.application.OrganisationImport.ImportError;
import cn.xiangzhi.organisation.application.OrganisationImport.ImportResult;
import cn.xiangzhi.organisation.application.OrganisationImport.Progress;
import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.organisation.domain.Resident;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader.Row;
import jakarta.persistence.EntityManager;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
* What an organisation import would change, built row by row while the file is checked
* ({@link OrganisationImport}): the stored tree it compares against, the errors found, and the
* grids, households and residents to add or update. Nothing is written here.
*/
final class ImportPlan {
    record StoredHousehold(long id, String code, long villageId, String villagePath, Long gridId, String head, String address, String phone) {
    }

    record StoredResident(long id, String householdCode, String name, String relation, String gender, Integer birthYear, String phone) {
    }

    record PlannedResident(String householdCode, String name, String relation, String gender, Integer birthYear, String phone) {
    }

    private final EntityManager em;
    private final UserPrincipal user;
    private final Year thisYear;
    private final Map<String, Place> villagesByCode = new HashMap<>();
    private final Map<String, List<Place>> villagesByName = new HashMap<>();
    private final Map<String, Grid> storedGrids = new HashMap<>();
    private final Map<String, StoredHousehold> storedHouseholds = new HashMap<>();
    private final Map<String, StoredResident> storedResidents = new HashMap<>();
    final long maxResidentId;

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

    ImportPlan(EntityManager em, UserPrincipal user, Year thisYear) {
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
        String gender = switch (cells.get(row, ImportColumn.GENDER).toUpperCase(Locale.ROOT)) {
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

    /** Reads cells of one sheet by column and reports errors under the header the file uses. */
    record Cells(SpreadsheetReader.Sheet sheet, Map<ImportColumn, Integer> at) {
        String get(Row row, ImportColumn column) {
            Integer index = at.get(column);
            return index == null ? "" : row.cell(index);
        }

        void error(ImportPlan plan, Row row, ImportColumn column, String key, Object... args) {
            Integer index = at.get(column);
            String header = index == null ? column.chinese() : sheet.header().get(index);
            plan.error(sheet.name(), row.number(), header, key, args);
        }
    }
}
