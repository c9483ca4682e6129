package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.domain.GridLevel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of the organisation import, in template order. A file's header names a column in
 * Chinese or English (case, spaces and the "*" marking a required column do not matter); the
 * column order is free and unknown columns (notes people add) are ignored.
 */
public enum ImportColumn {
    VILLAGE(Sheet.HOUSEHOLDS, "村", "village", true),
    VILLAGE_GRID_CODE(Sheet.HOUSEHOLDS, "村级网格编号", "village grid code", false),
    VILLAGE_GRID_NAME(Sheet.HOUSEHOLDS, "村级网格名称", "village grid name", false),
    VILLAGE_GRID_LEADER(Sheet.HOUSEHOLDS, "网格长", "village grid chief", false),
    MICRO_GRID_CODE(Sheet.HOUSEHOLDS, "微网格编号", "micro-grid code", false),
    MICRO_GRID_NAME(Sheet.HOUSEHOLDS, "微网格名称", "micro-grid name", false),
    MICRO_GRID_LEADER(Sheet.HOUSEHOLDS, "微网格长", "micro-grid chief", false),
    GROUP_CODE(Sheet.HOUSEHOLDS, "联户小组编号", "household group code", false),
    GROUP_NAME(Sheet.HOUSEHOLDS, "联户小组名称", "household group name", false),
    GROUP_LEADER(Sheet.HOUSEHOLDS, "联户长", "household group leader", false),
    HOUSEHOLD_CODE(Sheet.HOUSEHOLDS, "户编号", "household code", true),
    HEAD(Sheet.HOUSEHOLDS, "户主姓名", "head of household", true),
    ADDRESS(Sheet.HOUSEHOLDS, "住址", "address", false),
    PHONE(Sheet.HOUSEHOLDS, "联系电话", "phone", false),

    RESIDENT_HOUSEHOLD(Sheet.RESIDENTS, "户编号", "household code", true),
    RESIDENT_NAME(Sheet.RESIDENTS, "姓名", "name", true),
    RELATION(Sheet.RESIDENTS, "与户主关系", "relation to head", false),
    GENDER(Sheet.RESIDENTS, "性别", "gender", false),
    BIRTH_YEAR(Sheet.RESIDENTS, "出生年份", "birth year", false),
    RESIDENT_PHONE(Sheet.RESIDENTS, "联系电话", "phone", false);

    /** The two kinds of sheet an import file holds. */
    public enum Sheet {
        // the marker is named, not referenced: the two enums must not need each other to initialise
        HOUSEHOLDS("户", "HEAD"), RESIDENTS("居民", "RESIDENT_NAME");

        private final String templateName;
        private final String marker;

        Sheet(String templateName, String marker) {
            this.templateName = templateName;
            this.marker = marker;
        }

        public String templateName() {
            return templateName;
        }

        public List<ImportColumn> columns() {
            return Arrays.stream(ImportColumn.values()).filter(c -> c.sheet == this).toList();
        }

        /** The kind of sheet whose header holds this kind's marker column (the households one first). */
        public static Sheet recognise(List<String> header) {
            for (Sheet sheet : values()) {
                ImportColumn marker = ImportColumn.valueOf(sheet.marker);
                if (header.stream().anyMatch(marker::matches)) {
                    return sheet;
                }
            }
            return null;
        }
    }

    private final Sheet sheet;
    private final String chinese;
    private final String english;
    private final boolean required;

    ImportColumn(Sheet sheet, String chinese, String english, boolean required) {
        this.sheet = sheet;
        this.chinese = chinese;
        this.english = english;
        this.required = required;
    }

    public String chinese() {
        return chinese;
    }

    public String english() {
        return english;
    }

    public boolean required() {
        return required;
    }

    public boolean matches(String headerCell) {
        String cell = normalise(headerCell);
        return cell.equals(normalise(chinese)) || cell.equals(normalise(english));
    }

    /** Where each column of {@code sheet} is in {@code header}; absent columns are missing from the map. */
    public static Map<ImportColumn, Integer> locate(Sheet sheet, List<String> header) {
        Map<ImportColumn, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            for (ImportColumn column : sheet.columns()) {
                if (column.matches(header.get(i)) && !positions.containsKey(column)) {
                    positions.put(column, i);
                }
            }
        }
        return positions;
    }

    /** The code, name and leader columns of one grid level. */
    public static ImportColumn[] gridColumns(GridLevel level) {
        return switch (level) {
            case VILLAGE_GRID -> new ImportColumn[]{VILLAGE_GRID_CODE, VILLAGE_GRID_NAME, VILLAGE_GRID_LEADER};
            case MICRO_GRID -> new ImportColumn[]{MICRO_GRID_CODE, MICRO_GRID_NAME, MICRO_GRID_LEADER};
            case HOUSEHOLD_GROUP -> new ImportColumn[]{GROUP_CODE, GROUP_NAME, GROUP_LEADER};
        };
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("\uFEFF", "").replace("*", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
