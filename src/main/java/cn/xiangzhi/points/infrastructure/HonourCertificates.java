package cn.xiangzhi.points.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Printable certificates of the yearly honours (荣誉证书): one A4 landscape page per honoured
 * household, in the CJK font STSong-Light shipped with OpenPDF (referenced, not embedded, like the
 * household cards).
 */
public final class HonourCertificates {

    /** What one certificate says. */
    public record Certificate(String issuer, String village, int year, String householdCode, String headName, String title,
                              int rank, int score, LocalDate awardedOn) {
    }

    private static final Color RED = new Color(0xb7, 0x1c, 0x1c);

    private HonourCertificates() {
    }

    public static byte[] pdf(List<Certificate> certificates) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle page = PageSize.A4.rotate();
        Document document = new Document(page, 90, 90, 80, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("荣誉证书 Certificates");
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font heading = new Font(cjk, 44, Font.BOLD, RED);
            Font body = new Font(cjk, 20);
            Font honour = new Font(cjk, 30, Font.BOLD, RED);
            Font small = new Font(cjk, 16);
            if (certificates.isEmpty()) {
                writer.setPageEmpty(false);
            }
            for (int i = 0; i < certificates.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                Certificate c = certificates.get(i);
                frame(writer.getDirectContent(), page);
                document.add(centred("荣 誉 证 书", heading, 30));
                Paragraph text = new Paragraph(36, c.headName() + " 户（户编号 " + c.householdCode() + "）：", body);
                text.setSpacingAfter(12);
                document.add(text);
                Paragraph reason = new Paragraph(36, "　　在" + c.village() + c.year() + "年度农户积分评比中，全年积分 " + c.score()
                        + " 分，位列第 " + c.rank() + " 名，被评为", body);
                document.add(reason);
                document.add(centred("“" + c.title() + "”", honour, 24));
                document.add(new Paragraph(36, "　　特发此证，以资鼓励。", body));
                Paragraph issuer = new Paragraph(30, c.issuer() + "\n" + c.awardedOn().getYear() + " 年 " + c.awardedOn().getMonthValue()
                        + " 月 " + c.awardedOn().getDayOfMonth() + " 日", small);
                issuer.setAlignment(Element.ALIGN_RIGHT);
                issuer.setSpacingBefore(30);
                document.add(issuer);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw certificates", e);
        }
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(after);
        return p;
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setColorStroke(RED);
        canvas.setLineWidth(4);
        canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        canvas.stroke();
        canvas.setLineWidth(1);
        canvas.rectangle(40, 40, page.getWidth() - 80, page.getHeight() - 80);
        canvas.stroke();
        canvas.restoreState();
    }
}
