package cn.xiangzhi.rating.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The rating report of one subject as an A4 PDF (OpenPDF, the CJK font STSong-Light referenced, not
 * embedded, as on household cards): the result, the score of each rater group, the bottom line that
 * kept it from five stars, the comments (no rater named) and the problems with their promises.
 */
public final class ReportPrint {

    /** A line of the group table: group name, weight, votes, mean score ("—" when none). */
    public record GroupLine(String group, int weight, long votes, String average) {
    }

    public record Report(String campaign, String subject, String place, String score, int stars, String bottomLine, String consequence,
                         List<GroupLine> groups, List<String> comments, List<String> problems) {
    }

    /** A household's slip: its code, the head's masked name, its token. */
    public record Slip(String householdCode, String headName, String token) {
    }

    private ReportPrint() {
    }

    /**
     * The households' token slips of a village for one campaign (A4, three columns, cut apart and
     * handed out): the campaign, where to vote, the household's code and its token.
     */
    public static byte[] slips(String campaign, String village, String address, List<Slip> slips) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("评议码 Rating tokens");
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font small = new Font(cjk, 8);
            Font body = new Font(cjk, 10);
            Font token = new Font(cjk, 15, Font.BOLD);
            document.add(new Paragraph(campaign + " · " + village + " · 扫码或打开 " + address, small));
            PdfPTable table = new PdfPTable(3);
            table.setWidthPercentage(100);
            for (Slip slip : slips) {
                Paragraph cell = new Paragraph();
                cell.add(new Paragraph(campaign, small));
                cell.add(new Paragraph("户编码 " + slip.householdCode() + "　户主 " + slip.headName(), body));
                cell.add(new Paragraph("评议码 " + slip.token(), token));
                table.addCell(cell);
            }
            table.completeRow();
            document.add(table);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw the token slips", e);
        }
        return out.toByteArray();
    }

    /**
     * A poster to put up (A4): the campaign, who is rated (one subject, or a village's, or all), the
     * QR code of the phone page large enough to scan from two metres, and the address typed out.
     */
    public static byte[] poster(String campaign, String subject, String address, byte[] qrPng) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 60, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("扫码评星 Rating poster");
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Paragraph title = new Paragraph("扫码评星", new Font(cjk, 36, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            document.add(title);
            for (String line : List.of(campaign, subject)) {
                Paragraph p = new Paragraph(line, new Font(cjk, 20));
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingBefore(10);
                document.add(p);
            }
            Image qr = Image.getInstance(qrPng);
            qr.scaleToFit(360, 360);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(20);
            document.add(qr);
            Paragraph how = new Paragraph("请用手机扫描二维码评议（不具名，评议截止前可修改）", new Font(cjk, 14));
            how.setAlignment(Element.ALIGN_CENTER);
            document.add(how);
            Paragraph link = new Paragraph(address, new Font(cjk, 9));
            link.setAlignment(Element.ALIGN_CENTER);
            link.setSpacingBefore(8);
            document.add(link);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw the rating poster", e);
        }
        return out.toByteArray();
    }

    public static byte[] pdf(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("评星报告 Rating report");
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font title = new Font(cjk, 18, Font.BOLD);
            Font heading = new Font(cjk, 13, Font.BOLD);
            Font body = new Font(cjk, 11);
            document.add(new Paragraph(report.campaign() + " · 评星报告", title));
            document.add(new Paragraph(report.subject() + "（" + report.place() + "）", heading));
            document.add(new Paragraph("综合得分 " + report.score() + "　星级 " + (report.stars() == 0 ? "—" : "★".repeat(report.stars())
                    + "（" + report.stars() + " 星）"), body));
            if (report.bottomLine() != null) {
                document.add(new Paragraph("触及底线，不得评为五星：" + report.bottomLine(), body));
            }
            if (report.consequence() != null) {
                document.add(new Paragraph("结果运用：" + report.consequence(), body));
            }
            document.add(new Paragraph(" ", body));
            PdfPTable table = new PdfPTable(new float[]{3, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String head : List.of("评价主体", "权重 %", "票数", "平均分")) {
                table.addCell(new Paragraph(head, heading));
            }
            for (GroupLine g : report.groups()) {
                table.addCell(new Paragraph(g.group(), body));
                table.addCell(new Paragraph(String.valueOf(g.weight()), body));
                table.addCell(new Paragraph(String.valueOf(g.votes()), body));
                table.addCell(new Paragraph(g.average(), body));
            }
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            document.add(table);
            document.add(new Paragraph("意见建议（不具名）", heading));
            if (report.comments().isEmpty()) {
                document.add(new Paragraph("—", body));
            }
            for (String comment : report.comments()) {
                document.add(new Paragraph("· " + comment, body));
            }
            document.add(new Paragraph("问题清单与整改承诺", heading));
            if (report.problems().isEmpty()) {
                document.add(new Paragraph("—", body));
            }
            for (String problem : report.problems()) {
                document.add(new Paragraph("· " + problem, body));
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw the rating report", e);
        }
        return out.toByteArray();
    }
}
