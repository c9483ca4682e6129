package cn.xiangzhi.kiosk.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A kiosk page as JSF rendered it, captured instead of sent: its text and the headers a kept copy
 * must carry again. A page that was not a plain 200, or set a cookie, is not worth keeping
 * ({@link #keepable()}).
 */
final class RenderedPage extends HttpServletResponseWrapper {

    /** What is kept of a rendered page. */
    record Page(String html, String securityPolicy) {
    }

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean cookieSet;
    private String securityPolicy;

    RenderedPage(HttpServletResponse response) {
        super(response);
    }

    boolean keepable() {
        return status == SC_OK && !cookieSet && !isCommitted();
    }

    Page page() {
        if (writer != null) {
            writer.flush();
        }
        return new Page(bytes.toString(StandardCharsets.UTF_8), securityPolicy);
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("a kiosk page is rendered at once");
                }

                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // the text is captured as UTF-8 whatever is asked, and sent as UTF-8 (KioskGate)
    }

    @Override
    public void setContentType(String type) {
        // sent again by KioskGate as text/html in UTF-8
    }

    @Override
    public void setContentLength(int len) {
    }

    @Override
    public void setContentLengthLong(long len) {
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public void resetBuffer() {
        bytes.reset();
    }

    @Override
    public void reset() {
        bytes.reset();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if ("Content-Security-Policy".equalsIgnoreCase(name)) {
            securityPolicy = value;
        }
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if ("Content-Security-Policy".equalsIgnoreCase(name)) {
            securityPolicy = value;
        }
        super.addHeader(name, value);
    }
}
