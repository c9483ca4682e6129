package cn.xiangzhi.points.infrastructure;

import cn.xiangzhi.shared.print.QrCode;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Draws household cards: the QR code as a PNG ({@link QrCode}), and printable A4 sheets of cards in the
 * size of a bank card (85.6 × 54 mm), ten to a page, with the QR code drawn as vector squares so
 * it stays sharp on any printer. Chinese text uses the PDF CJK font STSong-Light with the
 * UniGB-UCS2-H encoding (shipped inside OpenPDF); it is referenced, not embedded, so the file
 * stays small and every PDF viewer substitutes its own Song typeface.
 */
public final class CardPrint {

    /** What one printed card shows. */
    public record Face(String title, String village, String householdCode, String headName, int serial, String payload) {
    }

    private static final float MM = 72f / 25.4f;
    private static final float CARD_W = 85.6f * MM;
    private static final float CARD_H = 54f * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float GAP = 4f * MM;

    private CardPrint() {
    }

    /** The QR code of {@code payload} as a PNG, {@code pixels} wide, with the standard quiet zone. */
    public static byte[] qrPng(String payload, int pixels) {
        return QrCode.png(payload, pixels);
    }

    /** A4 pages of cards, ten to a page, with thin cutting lines; at least one (empty) page. */
    public static byte[] pdf(List<Face> faces) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle("户卡 Household cards");
            document.open();
            BaseFont cjk = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            BaseFont latin = BaseFont.createFont(BaseFont.COURIER, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfContentByte canvas = writer.getDirectContent();
            float left = (PageSize.A4.getWidth() - COLUMNS * CARD_W - (COLUMNS - 1) * GAP) / 2;
            float top = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * CARD_H - (ROWS - 1) * GAP) / 2;
            if (faces.isEmpty()) {
                writer.setPageEmpty(false);
            }
            for (int i = 0; i < faces.size(); i++) {
                int slot = i % (COLUMNS * ROWS);
                if (slot == 0 && i > 0) {
                    document.newPage();
                }
                float x = left + (slot % COLUMNS) * (CARD_W + GAP);
                float y = top - (slot / COLUMNS + 1) * CARD_H - (slot / COLUMNS) * GAP;
                draw(canvas, faces.get(i), x, y, cjk, latin);
            }
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("cannot draw household cards", e);
        }
        return out.toByteArray();
    }

    private static void draw(PdfContentByte canvas, Face face, float x, float y, BaseFont cjk, BaseFont latin) {
        canvas.setLineWidth(0.3f);
        canvas.setGrayStroke(0.6f);
        canvas.roundRectangle(x, y, CARD_W, CARD_H, 3 * MM);
        canvas.stroke();

        float qrSize = 38 * MM;
        float qrX = x + CARD_W - qrSize - 4 * MM;
        float qrY = y + CARD_H - qrSize - 5 * MM;
        QrCode.draw(canvas, face.payload(), qrX, qrY, qrSize);

        float textX = x + 5 * MM;
        float textWidth = qrX - textX - 2 * MM;
        canvas.beginText();
        canvas.setGrayFill(0);
        line(canvas, cjk, 11, textX, y + CARD_H - 10 * MM, textWidth, face.title());
        line(canvas, cjk, 9, textX, y + CARD_H - 17 * MM, textWidth, face.village());
        line(canvas, cjk, 10, textX, y + CARD_H - 25 * MM, textWidth, "户编号 " + face.householdCode());
        line(canvas, cjk, 10, textX, y + CARD_H - 32 * MM, textWidth, "户主 " + face.headName());
        line(canvas, cjk, 10, textX, y + CARD_H - 39 * MM, textWidth, "卡号 No. " + face.serial());
        canvas.setFontAndSize(latin, 5.5f);
        canvas.setTextMatrix(textX, y + 4 * MM);
        canvas.showText(face.payload());
        canvas.endText();
    }

    /** One line of text, cut with "…" where it would run into the QR code. */
    private static void line(PdfContentByte canvas, BaseFont font, float size, float x, float y, float width, String text) {
        String shown = text;
        int keep = text.length();
        while (keep > 0 && font.getWidthPoint(shown, size) > width) {
            keep--;
            shown = text.substring(0, keep) + "…";
        }
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(shown);
    }
}
