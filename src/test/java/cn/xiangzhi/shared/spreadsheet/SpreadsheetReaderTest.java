package cn.xiangzhi.shared.spreadsheet;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.spreadsheet.SpreadsheetReader.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpreadsheetReaderTest {

    @Test
    void csvSavedByChineseExcelInGbkIsReadAsChinese() {
        byte[] gbk = "户编号,户主姓名\r\nH1,赵大山\r\n".getBytes(Charset.forName("GBK"));
        Sheet sheet = SpreadsheetReader.read("households.csv", gbk).get(0);
        assertEquals(List.of("户编号", "户主姓名"), sheet.header());
        assertEquals("赵大山", sheet.rows().get(0).cell(1));
        assertEquals("households", sheet.name());
    }

    @Test
    void utf8WithByteOrderMarkSemicolonsAndBlankLinesKeepExcelRowNumbers() {
        byte[] utf8 = "\uFEFF户编号;户主姓名\n\nH1;赵大山\n;\nH2;\"钱,二\"\n".getBytes(StandardCharsets.UTF_8);
        Sheet sheet = SpreadsheetReader.read("x.csv", utf8).get(0);
        assertEquals("户编号", sheet.header().get(0));
        assertEquals(2, sheet.rows().size());
        assertEquals(3, sheet.rows().get(0).number());
        assertEquals(5, sheet.rows().get(1).number());
        assertEquals("钱,二", sheet.rows().get(1).cell(1));
        assertEquals("", sheet.rows().get(1).cell(7), "cells beyond the row read as empty");
    }

    @Test
    void xlsxNumbersKeepAllTheirDigitsAndEverySheetIsRead() throws Exception {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet households = workbook.createSheet("户");
            Row header = households.createRow(0);
            header.createCell(0).setCellValue("村");
            header.createCell(1).setCellValue("联系电话");
            header.createCell(2).setCellValue("出生年份");
            Row row = households.createRow(3);
            row.createCell(0).setCellValue(370124100201d);
            row.createCell(1).setCellValue(13800000001d);
            row.createCell(2).setCellValue(1968d);
            workbook.createSheet("empty");
            XSSFSheet residents = workbook.createSheet("居民");
            residents.createRow(0).createCell(0).setCellValue("姓名");
            residents.createRow(1).createCell(2).setCellValue("右");
            workbook.write(out);
            content = out.toByteArray();
        }
        List<Sheet> sheets = SpreadsheetReader.read("f.xlsx", content);
        assertEquals(2, sheets.size(), "the empty sheet is skipped");
        Sheet first = sheets.get(0);
        assertEquals("户", first.name());
        assertEquals(4, first.rows().get(0).number());
        assertArrayEquals(new String[]{"370124100201", "13800000001", "1968"}, first.rows().get(0).cells());
        assertEquals("右", sheets.get(1).rows().get(0).cell(2));
    }

    @Test
    void oldExcelAndEmptyFilesAreRefusedWithAReason() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};
        assertEquals("error.import.xls", assertThrows(DomainException.class, () -> SpreadsheetReader.read("a.xls", xls)).key());
        assertEquals("error.import.empty", assertThrows(DomainException.class, () -> SpreadsheetReader.read("a.csv", new byte[0])).key());
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};
        assertEquals("error.import.unreadable",
                assertThrows(DomainException.class, () -> SpreadsheetReader.read("a.xlsx", brokenZip)).key());
    }
}
