package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.application.ImportColumn.Sheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The downloadable import template: an .xlsx workbook with a households sheet and a residents
 * sheet (Chinese headers, required ones marked "*", every cell formatted as text so codes and phone
 * numbers keep their digits, one example row each), or a .csv of the households sheet in UTF-8
 * with the byte-order mark Excel needs to show Chinese.
 */
public final class ImportTemplate {

    private static final List<String> HOUSEHOLD_EXAMPLE = List.of("370124100201", "WG01", "第一网格", "张建国",
            "WG01-01", "第一微网格", "李明", "WG01-01-01", "第一联户小组", "王芳", "H0001", "赵大山", "一组12号", "13800000001");
    private static final List<String> RESIDENT_EXAMPLE = List.of("H0001", "赵大山", "户主", "男", "1968", "13800000001");

    private ImportTemplate() {
    }

    public static byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle head = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setDataFormat(text.getDataFormat());
            for (Sheet kind : Sheet.values()) {
                XSSFSheet sheet = workbook.createSheet(kind.templateName());
                List<ImportColumn> columns = kind.columns();
                List<String> example = kind == Sheet.HOUSEHOLDS ? HOUSEHOLD_EXAMPLE : RESIDENT_EXAMPLE;
                Row header = sheet.createRow(0);
                Row sample = sheet.createRow(1);
                for (int i = 0; i < columns.size(); i++) {
                    header.createCell(i).setCellValue(label(columns.get(i)));
                    header.getCell(i).setCellStyle(head);
                    sample.createCell(i).setCellValue(example.get(i));
                    sample.getCell(i).setCellStyle(text);
                    sheet.setDefaultColumnStyle(i, text);
                    sheet.setColumnWidth(i, 16 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv() {
        String header = Sheet.HOUSEHOLDS.columns().stream().map(ImportTemplate::label).collect(Collectors.joining(","));
        String text = "\uFEFF" + header + "\r\n" + String.join(",", HOUSEHOLD_EXAMPLE) + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String label(ImportColumn column) {
        return column.chinese() + (column.required() ? "*" : "");
    }
}
