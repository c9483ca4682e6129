package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.Supplier;
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

    /** A file a gate serves: its recognised type, its name (null: none) and its bytes. */
    public record Served(String contentType, String fileName, byte[] content) {
    }

    /**
     * Serves the file {@code find} reads for the signed-in user: 404 when there is none (or its id is no
     * number), 403 when the user may not read it, otherwise the file as {@link #write} writes it.
     */
    public static void serve(HttpServletResponse response, Supplier<Served> find, String cacheControl) throws IOException {
        Served file;
        try {
            file = find.get();
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ForbiddenException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        write(response, file.contentType(), file.fileName(), file.content(), cacheControl);
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
