package cn.xiangzhi.points.infrastructure;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardPrintTest {

    private static final String PAYLOAD = "XZ1.changshan.CS-0012.3.ABCDEFGHIJKLMNOP";

    @Test
    void thePngIsAQrCodeThatReadsBackAsThePayload() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CardPrint.qrPng(PAYLOAD, 400)));
        assertTrue(image.getWidth() >= 300, "large enough to print: " + image.getWidth());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(PAYLOAD, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void theSheetShowsTheChineseTextInACjkFontTenCardsToAPage() throws Exception {
        List<CardPrint.Face> faces = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            faces.add(new CardPrint.Face("户卡 Household card", "东关村", "CS-00" + i, "王大明", 3, PAYLOAD));
        }
        byte[] pdf = CardPrint.pdf(faces);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "ten cards to a page");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("东关村") && text.contains("王大明") && text.contains("户编号") && text.contains("CS-0011"),
                    "the Chinese text reads back: " + text);
            assertTrue(text.contains(PAYLOAD), "the code is printed for typing by hand");
            List<String> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.startsWith("STSong-Light")), "the CJK font is used: " + fonts);
        }
    }

    @Test
    void aNameTooLongForTheCardIsCutBeforeTheQrCode() throws Exception {
        String longName = "欧阳".repeat(30);
        byte[] pdf = CardPrint.pdf(List.of(new CardPrint.Face("户卡 Household card", "东关村", "CS-1", longName, 1, PAYLOAD)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("户主 欧阳欧阳") && !text.contains(longName), text);
            assertTrue(text.contains("卡号 No. 1"), "the lines below stay: " + text);
        }
    }
}
