package cn.xiangzhi.shared.web;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import jakarta.ws.rs.core.Response;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** An export workbook as a REST answer or as a page's download; one place for its type and file names. */
public final class Downloads {

    private Downloads() {
    }

    /** The workbook as a REST answer (an attachment, UTF-8 file name). */
    public static Response xlsx(Workbook workbook) {
        return Response.ok(workbook.content(), SheetWriter.XLSX).header("Content-Disposition", workbook.disposition()).build();
    }

    /**
     * A stored file (a photo, a PDF) as a REST answer: its recognised type, shown inline under its
     * UTF-8 name, never sniffed as something else.
     */
    public static Response inline(String contentType, String fileName, byte[] content) {
        return Response.ok(content, contentType)
                .header("Content-Disposition", "inline; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The workbook {@code make} builds as a page's download, or null (no download) with the refusal on the page. */
    public static StreamedContent xlsx(Supplier<Workbook> make) {
        Workbook[] made = new Workbook[1];
        if (!Pages.run(() -> made[0] = make.get(), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(made[0].fileName()).contentType(SheetWriter.XLSX)
                .stream(() -> new ByteArrayInputStream(made[0].content())).build();
    }

    /** A page's download of {@code make}'s bytes as {@code fileName}; null (and the refusal on the page) when it fails. */
    public static StreamedContent file(String fileName, String contentType, Supplier<byte[]> make) {
        byte[][] made = new byte[1][];
        if (!Pages.run(() -> made[0] = make.get(), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType).stream(() -> new ByteArrayInputStream(made[0])).build();
    }
}
