package cn.xiangzhi.shops.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A shop's monthly statement as a printable A4 PDF: the issuer, a table of the head and totals and
 * a table of the lines, in the CJK font STSong-Light shipped with OpenPDF (referenced, not
 * embedded, like the household cards and certificates).
 */
public final class StatementPrint {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One line as printed: time, household code, kind, signed points, correction note. */
    public record Line(Instant at, String householdCode, String kind, int points, String note) {
    }

    private StatementPrint() {
    }

    public static byte[] pdf(String issuer, String title, List<String[]> summary, List<Line> lines, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font heading = new Font(cjk, 18, Font.BOLD);
            Font body = new Font(cjk, 10);
            Font bold = new Font(cjk, 10, Font.BOLD);
            Paragraph head = new Paragraph(issuer == null ? "" : issuer, body);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph caption = new Paragraph(title, heading);
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingAfter(14);
            document.add(caption);

            PdfPTable totals = new PdfPTable(new float[]{1, 3});
            totals.setWidthPercentage(100);
            for (String[] row : summary) {
                totals.addCell(new PdfPCell(new Phrase(row[0], bold)));
                totals.addCell(new PdfPCell(new Phrase(row[1], body)));
            }
            totals.setSpacingAfter(14);
            document.add(totals);

            PdfPTable table = new PdfPTable(new float[]{3, 2, 1.2f, 1.2f, 3});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : new String[]{"时间", "户编号", "类型", "积分", "说明"}) {
                table.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (Line l : lines) {
                table.addCell(new Phrase(TIME.format(l.at().atZone(zone)), body));
                table.addCell(new Phrase(l.householdCode(), body));
                table.addCell(new Phrase(l.kind(), body));
                PdfPCell points = new PdfPCell(new Phrase(Integer.toString(l.points()), body));
                points.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(points);
                table.addCell(new Phrase(l.note(), body));
            }
            if (lines.isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("本月无兑换", body));
                none.setColspan(5);
                table.addCell(none);
            }
            document.add(table);
            Paragraph rule = new Paragraph("应付金额 = 净积分 × 每分折合金额，四舍五入到分。结算单出具后不再更改，更正计入退货当月的结算单。", body);
            rule.setSpacingBefore(12);
            document.add(rule);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw the statement", e);
        }
        return out.toByteArray();
    }
}
