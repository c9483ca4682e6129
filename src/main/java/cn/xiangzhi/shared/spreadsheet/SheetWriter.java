package cn.xiangzhi.shared.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an export workbook (xlsx) row by row with POI's streaming workbook, so a sheet of a
 * million ledger lines keeps only a window of rows in memory. Numbers become number cells, times
 * are written as date-time text on the tenant's wall clock (the zone given), null is an empty cell.
 * Text that a spreadsheet would take for a formula ({@code = + - @}, and tab or carriage return
 * first) is marked quote-prefixed, so editing the cell or saving the sheet as CSV and opening it
 * again cannot turn a name into a formula.
 */
public final class SheetWriter implements AutoCloseable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final CellStyle headerStyle;
    private final CellStyle literalStyle;
    private final ZoneId zone;
    private Sheet sheet;
    private int next;

    /** {@code zone}: the tenant's time zone, in which times are written. */
    public SheetWriter(ZoneId zone) {
        this.zone = zone;
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        literalStyle = workbook.createCellStyle();
        literalStyle.setQuotePrefixed(true);
    }

    /** Whether a spreadsheet would read {@code text} as a formula (or a command, in a CSV round trip). */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** Starts a sheet with a bold header row (frozen while scrolling). */
    public SheetWriter sheet(String name, List<String> header) {
        sheet = workbook.createSheet(name);
        sheet.createFreezePane(0, 1);
        next = 0;
        Row row = sheet.createRow(next++);
        for (int i = 0; i < header.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header.get(i));
            cell.setCellStyle(headerStyle);
        }
        return this;
    }

    public SheetWriter row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Instant t) {
                cell.setCellValue(TIME.format(t.atZone(zone)));
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeFormula(text)) {
                    cell.setCellStyle(literalStyle);
                }
            }
        }
        return this;
    }

    /** The finished workbook's bytes. */
    public byte[] toBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Content-Disposition value for downloading {@code fileName}: {@code ascii} for old clients and
     * the UTF-8 name as RFC 5987/6266 {@code filename*} (Chinese names survive in every browser).
     */
    public static String attachment(String fileName, String ascii) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
