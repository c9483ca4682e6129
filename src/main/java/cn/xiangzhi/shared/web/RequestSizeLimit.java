package cn.xiangzhi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first filter: no request body is read beyond what its endpoint takes. The limits are lines
 * {@code <path regex> = <bytes>} in the init parameter {@code limits} (web.xml), the first match
 * wins, {@code default} for the rest. A body whose announced length is over its limit is refused
 * with 413 before a byte of it is read; a body without a length (chunked) is cut off at the limit
 * ({@link BodyTooLarge}, which the REST mappers answer with 413). Refusals of {@code /api/} paths are
 * the API's JSON error {@code error.body.tooLarge} with the limit in KiB, of the terminals' {@code /iclock/} plain text.
 */
public class RequestSizeLimit extends HttpFilter {

    private record Rule(Pattern path, long bytes) {
    }

    private final List<Rule> rules = new ArrayList<>();
    private long fallback = 2L * 1024 * 1024;

    /** A body that went on beyond its limit. */
    public static final class BodyTooLarge extends IOException {
        private final long limit;

        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes");
            this.limit = limit;
        }

        public long limitKilobytes() {
            return limit / 1024;
        }
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        String limits = config.getInitParameter("limits");
        if (limits == null) {
            return;
        }
        for (String line : limits.split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            int equals = text.lastIndexOf('=');
            String path = text.substring(0, equals).strip();
            long bytes = Long.parseLong(text.substring(equals + 1).strip());
            if ("default".equals(path)) {
                fallback = bytes;
            } else {
                rules.add(new Rule(Pattern.compile(path), bytes));
            }
        }
    }

    /** The limit of the body of a request to {@code path} (the path inside the application). */
    long limitOf(String path) {
        for (Rule rule : rules) {
            if (rule.path().matcher(path).find()) {
                return rule.bytes();
            }
        }
        return fallback;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitOf(path);
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            refuse(request, response, path, limit);
            return;
        }
        if (announced >= 0) {
            chain.doFilter(request, response);
            return;
        }
        try {
            chain.doFilter(new Limited(request, limit), response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (causedByTooLarge(e) && !response.isCommitted()) {
                response.reset();
                refuse(request, response, path, limit);
                return;
            }
            throw e;
        }
    }

    private static boolean causedByTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String path, long limit) throws IOException {
        response.setHeader("Connection", "close");
        if (path.startsWith("/api/")) {
            ErrorBody.write(response, 413, "error.body.tooLarge", limit / 1024);
            return;
        }
        if (path.startsWith("/iclock/")) {
            // attendance terminals read plain text (ADR 0016)
            response.setStatus(413);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("body over " + limit + " bytes");
            return;
        }
        // written here, not by the container's error page: that would first try to read the body
        long megabytes = limit / (1024 * 1024);
        PlainPage.write(response, 413, "too-large", "提交的内容过大", "Too large",
                "上传的文件或填写的内容超过了此处允许的大小（" + megabytes + " MB）。请缩小后重试，已保存的数据不受影响。",
                "What you sent is larger than this page takes (" + megabytes + " MB). Make it smaller and try again;"
                        + " nothing stored was changed.");
    }

    /** A request whose body stream ends in {@link BodyTooLarge} after {@code limit} bytes. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream inner = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = inner.read();
                        if (b >= 0 && ++read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = inner.read(buffer, offset, (int) Math.min(length, limit - read + 1));
                        if (n > 0) {
                            read += n;
                            if (read > limit) {
                                throw new BodyTooLarge(limit);
                            }
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return inner.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return inner.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        inner.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
