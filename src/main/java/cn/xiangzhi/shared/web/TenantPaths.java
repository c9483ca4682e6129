package cn.xiangzhi.shared.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL scheme of tenants, in one place: pages at {@code /t/{code}/...} (served by the views under
 * {@link #VIEW_ROOT}, in a folder per context: {@code /t/{code}/ledger.xhtml} is the view
 * {@code /tenant/points/ledger.xhtml}), REST at {@code /api/t/{code}/...}. The tenant resolution filter is the only
 * code that reads a tenant out of a URL ({@link #match}); everything else builds its links here from
 * the tenant bound to the request (ADR 0015).
 */
public final class TenantPaths {

    /** Views physically live here; they are reachable only through {@code /t/{code}/}. */
    public static final String VIEW_ROOT = "/tenant";
    private static final Pattern TENANT_URL = Pattern.compile("^/(api/)?t/([^/]+)(/.*)?$");
    /** Folders under {@link #VIEW_ROOT} that keep their name in the address (the anonymous public pages). */
    private static final Set<String> ADDRESSED_FOLDERS = Set.of("public");
    private static final String INDEX = TenantPaths.class.getName() + ".pages";

    private TenantPaths() {
    }

    /** A request path split into its tenant code and the rest. */
    public record Match(boolean api, String code, String rest) {
    }

    /** The request's path inside the application (without the context path). */
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

    /** The tenant's site inside the application: {@code /t/{code}}, to which a page path is appended. */
    public static String site(String code) {
        return "/t/" + code;
    }

    /** The tenant's REST root inside the application: {@code /api/t/{code}}. */
    public static String api(String code) {
        return "/api" + site(code);
    }

    /** The part of a tenant page request's path after {@code /t/{code}}. */
    public static String rest(HttpServletRequest request, String code) {
        return path(request).substring(site(code).length());
    }

    /**
     * The view that serves {@code rest} (the part of a page address after {@code /t/{code}}):
     * {@code /ledger.xhtml} → {@code /tenant/points/ledger.xhtml}; an address of no context's page maps
     * under {@link #VIEW_ROOT} as it is ({@code /public/points.xhtml}, {@code /index.xhtml}).
     */
    public static String view(ServletContext servlets, String rest) {
        return pages(servlets).getOrDefault(rest, VIEW_ROOT + rest);
    }

    /** The reverse of {@link #view}: the address part of the view {@code /tenant/points/ledger.xhtml} is {@code /ledger.xhtml}. */
    public static String address(ServletContext servlets, String view) {
        int slash = view.lastIndexOf('/');
        String name = view.substring(slash);
        return view.equals(pages(servlets).get(name)) ? name : view.substring(VIEW_ROOT.length());
    }

    /** Page name → view, for the pages in the context folders; read once from the WAR. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> pages(ServletContext servlets) {
        Object known = servlets.getAttribute(INDEX);
        if (known != null) {
            return (Map<String, String>) known;
        }
        Map<String, String> pages = new HashMap<>();
        Set<String> folders = servlets.getResourcePaths(VIEW_ROOT + "/");
        for (String folder : folders == null ? Set.<String>of() : folders) {
            String folderName = folder.substring(VIEW_ROOT.length() + 1, folder.length() - 1);
            if (!folder.endsWith("/") || ADDRESSED_FOLDERS.contains(folderName)) {
                continue;
            }
            for (String view : servlets.getResourcePaths(folder)) {
                if (view.endsWith(".xhtml") && pages.put(view.substring(view.lastIndexOf('/')), view) != null) {
                    throw new IllegalStateException("two tenant pages are named " + view.substring(view.lastIndexOf('/')));
                }
            }
        }
        Map<String, String> index = Map.copyOf(pages);
        servlets.setAttribute(INDEX, index);
        return index;
    }
}
