package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.persistence.StoreFailure;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When the database does not answer (stopped, killed, out of connections), a request fails within
 * the data source's timeouts (ADR 0003) and is answered "service temporarily unavailable": 503 with
 * {@code Retry-After}, a bilingual page for people, the JSON error {@code error.unavailable} for REST
 * — never a hang, a 500 or a stack trace. The application recovers by itself once the database is back.
 */
public class ServiceUnavailable extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ServiceUnavailable.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!StoreFailure.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "database unavailable: " + request.getRequestURI(), e);
            answer(request, response);
        }
    }

    /** Answers 503 in the shape the caller reads (JSON under {@code /api/}, a page otherwise). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setHeader("Retry-After", "5");
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ErrorBody.write(response, 503, "error.unavailable");
            return;
        }
        PlainPage.write(response, 503, "unavailable", "服务暂时不可用", "Service temporarily unavailable",
                "系统正在恢复，请稍候片刻后刷新本页。您已填写的内容未被保存。",
                "The service is temporarily unavailable and is recovering: please reload this page in a moment."
                        + " Nothing you submitted was saved.");
    }
}
