package cn.xiangzhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL scheme of tenants: pages at {@code /t/{code}/...} (served by the views under
 * {@code /tenant/}), REST at {@code /api/t/{code}/...}.
 */
public final class TenantPaths {

    /** Views physically live here; they are reachable only through {@code /t/{code}/}. */
    public static final String VIEW_ROOT = "/tenant";
    private static final Pattern TENANT_URL = Pattern.compile("^/(api/)?t/([^/]+)(/.*)?$");

    private TenantPaths() {
    }

    /** A request path split into its tenant code and the rest. */
    public record Match(boolean api, String code, String rest) {
    }

    public static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    public static Optional<Match> match(HttpServletRequest request) {
        Matcher m = TENANT_URL.matcher(path(request));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Match(m.group(1) != null, m.group(2), m.group(3) == null ? "" : m.group(3)));
    }

    public static String pagePrefix(HttpServletRequest request, String code) {
        return request.getContextPath() + "/t/" + code;
    }
}
