package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.application.OrganisationImport.ImportError;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The refused rows of an import file as a workbook to correct and upload again (issue 19 point 6):
 * each sheet of the file that had mistakes, its header, the rows with mistakes as they were typed,
 * and two columns more — the row's number in the file and the reasons (column: reason; …). A mistake
 * of the sheet itself (a missing column) comes first, on a row of its own.
 */
public final class ImportErrors {

    public static final String ROW = "原行号";
    public static final String REASON = "错误原因";

    private ImportErrors() {
    }

    /** The name of the error file of {@code fileName}: {@code 名册-错误.xlsx}. */
    public static String fileName(String fileName) {
        String base = fileName == null ? "import" : fileName.replaceFirst("\\.[^.]*$", "");
        return base + "-错误.xlsx";
    }

    public static byte[] workbook(String fileName, byte[] content, List<ImportError> errors, Function<ImportError, String> reason) {
        Map<String, Map<Integer, List<String>>> bySheet = new LinkedHashMap<>();
        for (ImportError e : errors) {
            String text = (e.column() == null || e.column().isEmpty() ? "" : e.column() + "：") + reason.apply(e);
            bySheet.computeIfAbsent(e.sheet(), k -> new LinkedHashMap<>()).computeIfAbsent(e.row(), k -> new ArrayList<>()).add(text);
        }
        try (SheetWriter writer = new SheetWriter(ZoneOffset.UTC)) {
            for (SpreadsheetReader.Sheet sheet : SpreadsheetReader.read(fileName, content)) {
                Map<Integer, List<String>> rows = bySheet.get(sheet.name());
                if (rows == null) {
                    continue;
                }
                List<String> header = new ArrayList<>(List.of(ROW, REASON));
                header.addAll(sheet.header());
                writer.sheet(sheet.name(), header);
                List<String> ofSheet = rows.get(1);
                if (ofSheet != null) {
                    writer.row(1, String.join("；", ofSheet));
                }
                for (SpreadsheetReader.Row row : sheet.rows()) {
                    List<String> reasons = rows.get(row.number());
                    if (reasons != null) {
                        List<Object> cells = new ArrayList<>(List.of(row.number(), String.join("；", reasons)));
                        for (int i = 0; i < sheet.header().size(); i++) {
                            cells.add(row.cell(i));
                        }
                        writer.row(cells.toArray());
                    }
                }
            }
            return writer.toBytes();
        }
    }
}
