package cn.xiangzhi.shared.spreadsheet;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetWriterTest {

    @Test
    void textThatASpreadsheetWouldTakeForAFormulaIsStoredQuotePrefixed() throws IOException {
        byte[] bytes;
        try (SheetWriter writer = new SheetWriter(ZoneId.of("Asia/Shanghai"))) {
            writer.sheet("户", List.of("名称"));
            for (String text : List.of("=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-5分", "@SUM(A1)", "\tTab", "张三", "1=1")) {
                writer.row(text);
            }
            writer.row(-5);
            bytes = writer.toBytes();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 1; i <= 5; i++) {
                Row row = sheet.getRow(i);
                assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed(), row.getCell(0).getStringCellValue());
                assertEquals(CellType.STRING, row.getCell(0).getCellType());
            }
            assertFalse(sheet.getRow(6).getCell(0).getCellStyle().getQuotePrefixed(), "an ordinary name");
            assertFalse(sheet.getRow(7).getCell(0).getCellStyle().getQuotePrefixed(), "'=' not first");
            assertEquals(-5.0, sheet.getRow(8).getCell(0).getNumericCellValue(), "numbers stay numbers");
        }
    }

    @Test
    void timesAreWrittenOnTheTenantsWallClock() throws IOException {
        byte[] bytes;
        try (SheetWriter writer = new SheetWriter(ZoneId.of("Asia/Shanghai"))) {
            writer.sheet("s", List.of("t")).row(Instant.parse("2026-11-30T16:00:00Z"));
            bytes = writer.toBytes();
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("2026-12-01 00:00:00", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
