package cn.xiangzhi.shared.spreadsheet;

import cn.xiangzhi.shared.domain.DomainException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Reads a spreadsheet as people actually save it into plain text rows: an .xlsx workbook (every
 * sheet, streamed with POI's event API so 100,000 rows stay small), or a .csv file in UTF-8 (with
 * or without the byte-order mark Excel writes), UTF-16 or GB18030/GBK (what Excel on Chinese Windows
 * saves; {@link TextEncoding} decides, never from the header's language), separated by commas, semicolons or tabs. Numbers keep all their digits (a phone number
 * typed into a number cell reads "13800000000", not "1.38E+10"). Rows that are entirely blank are
 * skipped; row numbers are those the user sees in Excel.
 */
public final class SpreadsheetReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** One sheet: its name, the header row and the data rows below it. */
    public record Sheet(String name, List<String> header, List<Row> rows) {
    }

    /** A data row with the number Excel shows for it; cells beyond the row's end read as "". */
    public record Row(int number, String[] cells) {
        public String cell(int column) {
            return column < 0 || column >= cells.length || cells[column] == null ? "" : cells[column].strip();
        }
    }

    private SpreadsheetReader() {
    }

    /** The non-empty sheets of {@code content}; throws {@code error.import.format} for anything else. */
    public static List<Sheet> read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new DomainException("error.import.empty");
        }
        if (startsWith(content, ZIP)) {
            return readXlsx(content);
        }
        if (startsWith(content, OLE2)) {
            throw new DomainException("error.import.xls", fileName);
        }
        return List.of(readCsv(fileName, content));
    }

    private static List<Sheet> readXlsx(byte[] content) {
        List<Sheet> sheets = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheetData = iterator.next()) {
                    Collector collector = new Collector();
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainNumbers(), false));
                    parser.parse(new InputSource(sheetData));
                    collector.toSheet(iterator.getSheetName()).ifPresent(sheets::add);
                }
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException("error.import.unreadable", e.getClass().getSimpleName());
        }
        if (sheets.isEmpty()) {
            throw new DomainException("error.import.empty");
        }
        return sheets;
    }

    private static Sheet readCsv(String fileName, byte[] content) {
        String text = decode(content);
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = delimiterOf(firstLine);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                String[] cells = record.values();
                if (isBlank(cells)) {
                    continue;
                }
                int number = (int) record.getRecordNumber();
                if (header == null) {
                    header = Arrays.stream(cells).map(String::strip).toList();
                } else {
                    rows.add(new Row(number, cells));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("error.import.unreadable", e.getMessage());
        }
        if (header == null) {
            throw new DomainException("error.import.empty");
        }
        String name = fileName == null ? "csv" : fileName.replaceAll("(?i)\\.csv$", "");
        return new Sheet(name, header, rows);
    }

    /** The text of a CSV file: see {@link TextEncoding} for how its encoding is decided. */
    static String decode(byte[] content) {
        return TextEncoding.decode(content);
    }

    static char delimiterOf(String headerLine) {
        char best = ',';
        long most = headerLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[]{';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static boolean isBlank(String[] cells) {
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Collects the cells of one sheet, the first non-blank row being the header. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<String[]> raw = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            numbers.add(rowNum + 1);
        }

        @Override
        public void endRow(int rowNum) {
            raw.add(current.toArray(String[]::new));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = columnOf(reference);
            while (current.size() <= column) {
                current.add("");
            }
            current.set(column, formattedValue == null ? "" : formattedValue);
        }

        Optional<Sheet> toSheet(String name) {
            List<String> header = null;
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                String[] cells = raw.get(i);
                if (isBlank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = Arrays.stream(cells).map(String::strip).toList();
                } else {
                    rows.add(new Row(numbers.get(i), cells));
                }
            }
            return header == null ? Optional.empty() : Optional.of(new Sheet(name, header, rows));
        }

        private int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (reference.charAt(i) - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Formats cells as Excel shows them, except that whole numbers in "General" keep every digit. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if ((formatIndex == 0 || "General".equalsIgnoreCase(formatString)) && !Double.isInfinite(value) && !Double.isNaN(value)) {
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
