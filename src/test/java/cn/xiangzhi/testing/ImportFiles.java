package cn.xiangzhi.testing;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;

/** Import files as people make them: Excel workbooks with number cells, CSV saved by Chinese Excel (GBK). */
public final class ImportFiles {

    public static final List<String> HOUSEHOLD_HEADER = List.of("村", "村级网格编号", "村级网格名称", "网格长", "微网格编号",
            "微网格名称", "微网格长", "联户小组编号", "联户小组名称", "联户长", "户编号", "户主姓名", "住址", "联系电话");
    public static final List<String> RESIDENT_HEADER = List.of("户编号", "姓名", "与户主关系", "性别", "出生年份", "联系电话");
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportFiles() {
    }

    /** A workbook with a households sheet and, if given, a residents sheet; all-digit cells become number cells. */
    public static byte[] xlsx(List<List<String>> households, List<List<String>> residents) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet("户"), HOUSEHOLD_HEADER, households);
            if (residents != null) {
                fill(workbook.createSheet("居民"), RESIDENT_HEADER, residents);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A households CSV as Excel on Chinese Windows saves it: GBK, CRLF. */
    public static byte[] gbkCsv(List<List<String>> households) {
        String text = join(HOUSEHOLD_HEADER) + "\r\n" + households.stream().map(ImportFiles::join).collect(Collectors.joining("\r\n"));
        return text.getBytes(Charset.forName("GBK"));
    }

    private static String join(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).collect(Collectors.joining(","));
    }

    private static void fill(XSSFSheet sheet, List<String> header, List<List<String>> rows) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < header.size(); i++) {
            head.createCell(i).setCellValue(header.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<String> cells = rows.get(r);
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (value.matches("[1-9]\\d{0,14}")) {
                    row.createCell(i).setCellValue(Double.parseDouble(value));
                } else if (!value.isEmpty()) {
                    row.createCell(i).setCellValue(value);
                }
            }
        }
    }
}
