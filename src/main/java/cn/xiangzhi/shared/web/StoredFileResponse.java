package cn.xiangzhi.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a stored file (a photo, a PDF) to a page's request the one way the gates serve them: its
 * recognised type, shown inline under its UTF-8 name, never sniffed as something else, cached as
 * {@code cacheControl} says.
 */
public final class StoredFileResponse {

    private StoredFileResponse() {
    }

    public static void write(HttpServletResponse response, String contentType, String fileName, byte[] content, String cacheControl)
            throws IOException {
        response.setContentType(contentType);
        response.setHeader("Cache-Control", cacheControl);
        if (fileName != null) {
            response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                    + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
