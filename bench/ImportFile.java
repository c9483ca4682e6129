import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the import benchmark's file: 20 villages (division codes 370124102201..220), each with
 * one village grid, 10 micro-grids and 100 household groups of 50 households: 2,220 grids and
 * 100,000 households. Usage: java -cp <poi> bench/ImportFile.java out.csv out.xlsx
 */
public class ImportFile {
    static final String[] HEADER = {"村", "村级网格编号", "村级网格名称", "网格长", "微网格编号", "微网格名称", "微网格长",
            "联户小组编号", "联户小组名称", "联户长", "户编号", "户主姓名", "住址", "联系电话"};
    static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";

    public static void main(String[] args) throws IOException {
        List<String[]> rows = new ArrayList<>(100_000);
        int n = 0;
        for (int v = 1; v <= 20; v++) {
            String village = "370124102" + (200 + v);
            String vg = "V" + v;
            for (int m = 1; m <= 10; m++) {
                String mg = vg + "-" + m;
                for (int g = 1; g <= 10; g++) {
                    String hg = mg + "-" + g;
                    for (int h = 1; h <= 50; h++) {
                        n++;
                        boolean first = m == 1 && g == 1 && h == 1;
                        String head = SURNAMES.charAt(n % SURNAMES.length()) + "户" + n;
                        rows.add(new String[]{village, vg, first ? v + "村网格" : "", first ? "书记" + v : "",
                                mg, h == 1 && g == 1 ? "第" + m + "微网格" : "", "",
                                hg, h == 1 ? "第" + g + "联户小组" : "", h == 1 ? head : "",
                                String.format("H%06d", n), head, v + "村" + m + "组" + n + "号",
                                n % 3 == 0 ? "138" + String.format("%08d", n) : ""});
                    }
                }
            }
        }
        try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            csv.print('\uFEFF');
            csv.print(String.join(",", HEADER) + "\r\n");
            for (String[] row : rows) {
                csv.print(String.join(",", row) + "\r\n");
            }
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); OutputStream out = new FileOutputStream(args[1])) {
            Sheet sheet = workbook.createSheet("户");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] cells = rows.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (i == 0 || i == 13 && !cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(Double.parseDouble(cells[i]));
                    } else if (!cells[i].isEmpty()) {
                        row.createCell(i).setCellValue(cells[i]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        System.out.println("wrote " + rows.size() + " households to " + args[0] + " and " + args[1]);
    }
}
