package cn.xiangzhi.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * Last filter (after Shiro has checked the URL): serves {@code /t/{code}/x.xhtml} from the view
 * {@code /tenant/x.xhtml}, and the village kiosk {@code /t/{code}/kiosk/{village}} through its
 * token gate, and evidence photos {@code /t/{code}/photos/{id}} through theirs. {@link TenantViewHandler} writes the tenant URL back into links and
 * form actions.
 */
public class TenantViewForwardFilter extends HttpFilter {

    private static final java.util.regex.Pattern KIOSK = java.util.regex.Pattern.compile("^/kiosk/([^/]+)/?$");

    private static final java.util.regex.Pattern PHOTO = java.util.regex.Pattern.compile("^/photos/([^/]+)$");

    @jakarta.inject.Inject
    cn.xiangzhi.kiosk.web.KioskGate kiosk;

    @jakarta.inject.Inject
    cn.xiangzhi.points.web.PhotoGate photos;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<TenantPaths.Match> match = TenantPaths.match(request);
        if (match.isEmpty() || match.get().api()) {
            chain.doFilter(request, response);
            return;
        }
        String rest = match.get().rest();
        if (rest.isEmpty() || "/".equals(rest)) {
            response.sendRedirect(TenantPaths.pagePrefix(request, match.get().code()) + "/index.xhtml");
            return;
        }
        java.util.regex.Matcher kioskPath = KIOSK.matcher(rest);
        if (kioskPath.matches()) {
            kiosk.serve(request, response, match.get().code(), kioskPath.group(1));
            return;
        }
        java.util.regex.Matcher photoPath = PHOTO.matcher(rest);
        if (photoPath.matches()) {
            photos.serve(response, photoPath.group(1));
            return;
        }
        if (rest.startsWith("/kiosk/") || rest.equals("/kiosk") || rest.equals("/kiosk.xhtml")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(TenantPaths.VIEW_ROOT + rest).forward(request, response);
    }
}
