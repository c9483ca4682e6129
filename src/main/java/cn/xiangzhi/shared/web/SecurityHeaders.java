package cn.xiangzhi.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Headers every answer carries (ADR 0002): {@code nosniff}, no framing by other sites, no referrer
 * to other sites, and {@code Cache-Control: no-store} on everything but static resources (pages and
 * REST answers may carry residents' data; a shared computer in the village office must not keep
 * them). Pages get their Content-Security-Policy from PrimeFaces, which adds a nonce for its scripts
 * ({@code primefaces.CSP_POLICY} in web.xml); other answers (REST, plain refusal pages) get a policy
 * that allows nothing to run; the REST reference ({@code /api-docs/}) runs Swagger UI's scripts from
 * this server and fetches the document, nothing else.
 */
public class SecurityHeaders extends HttpFilter {

    static final String NO_SCRIPTS = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String API_DOCS = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (path.startsWith("/webjars/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable"); // the version is in the path
        } else if (path.startsWith("/themes/")) {
            response.setHeader("Cache-Control", "public, max-age=86400"); // a tenant's look changes by name, files by deploy
        }
        if (!isStatic(path)) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
            if (path.startsWith("/api-docs/")) {
                response.setHeader("Content-Security-Policy", API_DOCS);
            } else if (!isPage(path)) {
                response.setHeader("Content-Security-Policy", NO_SCRIPTS);
            }
        }
        chain.doFilter(request, response);
    }

    /** Stylesheets, scripts, images and fonts: the same for everyone, cacheable. */
    static boolean isStatic(String path) {
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/themes/") || path.startsWith("/resources/")
                || path.startsWith("/webjars/");
    }

    /** JSF pages, whose policy PrimeFaces writes; the tenant's kiosk and page paths forward to them. */
    static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || (path.startsWith("/t/") && !path.matches("^/t/[^/]+/photos/.*"));
    }
}
