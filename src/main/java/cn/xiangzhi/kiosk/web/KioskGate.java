package cn.xiangzhi.kiosk.web;

import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.web.PlainPage;
import cn.xiangzhi.shared.web.TenantPaths;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The door of {@code /t/{code}/kiosk/{village}}: no login, but a kiosk token. The first visit
 * carries it as {@code ?token=}; the gate keeps it in an HttpOnly cookie for that kiosk's path and
 * redirects to the clean URL. Every request is checked again, so a revoked token stops the kiosk at
 * its next refresh.
 */
@ApplicationScoped
public class KioskGate implements TenantRoute {

    /** {@code /kiosk}, {@code /kiosk/…} and the view's own name: everything of the kiosk goes through the gate. */
    private static final Pattern PATH = Pattern.compile("^/kiosk(?:\\.xhtml|/([^/]*)/?|/.*)?$");

    public static final String VILLAGE_ATTRIBUTE = "xiangzhi.kiosk.village";
    static final String COOKIE = "xz_kiosk";

    @Inject
    KioskTokens tokens;

    @Override
    public Pattern path() {
        return PATH;
    }

    @Override
    public void serve(HttpServletRequest request, HttpServletResponse response, String code, Matcher match)
            throws IOException, ServletException {
        String villageSegment = match.group(1);
        if (villageSegment == null || villageSegment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long villageId;
        try {
            villageId = Long.parseLong(villageSegment);
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String kioskPath = request.getContextPath() + TenantPaths.site(code) + "/kiosk/" + villageId;
        String fromUrl = request.getParameter("token");
        if (fromUrl != null) {
            if (tokens.villageFor(fromUrl, villageId).isEmpty()) {
                refuse(response);
                return;
            }
            Cookie cookie = new Cookie(COOKIE, fromUrl);
            cookie.setPath(kioskPath);
            cookie.setHttpOnly(true);
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
            response.sendRedirect(kioskPath);
            return;
        }
        Optional<PlaceView> village = cookie(request).flatMap(secret -> tokens.villageFor(secret, villageId));
        if (village.isEmpty()) {
            refuse(response);
            return;
        }
        request.setAttribute(VILLAGE_ATTRIBUTE, village.get());
        request.getRequestDispatcher(TenantPaths.VIEW_ROOT + "/kiosk/kiosk.xhtml").forward(request, response);
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        PlainPage.write(response, HttpServletResponse.SC_UNAUTHORIZED, "kiosk-refused", "本机未获授权或授权已撤销",
                "Kiosk not authorised", "请联系乡镇（街道）管理员重新发放一体机授权。",
                "This kiosk has no valid token, or it was revoked: ask the tenant admin for a new one.");
    }
}
