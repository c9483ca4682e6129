package cn.xiangzhi.shared.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * QR codes (ZXing) as a PNG for screens and as vector squares on a PDF page, so they stay sharp on
 * any printer: household cards, rating posters.
 */
public final class QrCode {

    private QrCode() {
    }

    /** The QR code of {@code payload} as a PNG, about {@code pixels} wide, with the standard quiet zone. */
    public static byte[] png(String payload, int pixels) {
        BitMatrix matrix = matrix(payload, 4);
        int modules = matrix.getWidth();
        int scale = Math.max(1, pixels / modules);
        BufferedImage image = new BufferedImage(modules * scale, modules * scale, BufferedImage.TYPE_BYTE_BINARY);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        for (int y = 0; y < modules; y++) {
            for (int x = 0; x < modules; x++) {
                if (matrix.get(x, y)) {
                    g.fillRect(x * scale, y * scale, scale, scale);
                }
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The QR code as filled squares at ({@code x}, {@code y}), {@code size} points wide, one rectangle per run of dark modules in a row. */
    public static void draw(PdfContentByte canvas, String payload, float x, float y, float size) {
        BitMatrix matrix = matrix(payload, 0);
        int modules = matrix.getWidth();
        float module = size / modules;
        canvas.setGrayFill(0);
        for (int row = 0; row < modules; row++) {
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                canvas.rectangle(x + start * module, y + size - (row + 1) * module, (col - start) * module, module);
            }
        }
        canvas.fill();
    }

    private static BitMatrix matrix(String payload, int quietZone) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, quietZone));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + payload, e);
        }
    }
}
