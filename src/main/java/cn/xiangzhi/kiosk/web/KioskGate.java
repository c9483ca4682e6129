package cn.xiangzhi.kiosk.web;

import cn.xiangzhi.kiosk.application.KioskBoards;
import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.cache.KeptUntilChanged;
import cn.xiangzhi.shared.cache.TenantChanges;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.PageLanguage;
import cn.xiangzhi.shared.web.PlainPage;
import cn.xiangzhi.shared.web.TenantPaths;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
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

    private static final Pattern TIME = Pattern.compile("(<time id=\"kiosk-time\">)[^<]*(</time>)");
    private static final Pattern DATE = Pattern.compile("(<span id=\"kiosk-date\">)[^<]*(</span>)");
    private static final Pattern EPOCH = Pattern.compile("data-epoch=\"\\d+\"");

    @Inject
    KioskTokens tokens;

    @Inject
    BusinessClock clock;

    @Inject
    TenantChanges changes;

    /**
     * The rendered pages, kept like the boards they show (ADR 0017): by village, language and
     * rotation, until the tenant's data changes and for at most a minute; the clock is set on each answer.
     */
    private KeptUntilChanged<String, RenderedPage.Page> pages;

    @PostConstruct
    void start() {
        pages = new KeptUntilChanged<>(changes, KioskBoards.FRESH, 10_000);
    }

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
        if (request.getParameter(PageLanguage.PARAMETER) != null || !"GET".equals(request.getMethod())) {
            // choosing a language sets a cookie: rendered for this request only
            request.getRequestDispatcher(TenantPaths.VIEW_ROOT + "/kiosk/kiosk.xhtml").forward(request, response);
            return;
        }
        Locale locale = PageLanguage.remembered(request);
        String key = villageId + "|" + locale.getLanguage() + "|" + request.getParameter("rotate");
        RenderedPage[] rendered = new RenderedPage[1];
        RenderedPage.Page page = pages.get(TenantContext.current().id(), key, () -> {
            rendered[0] = new RenderedPage(response);
            try {
                request.getRequestDispatcher(TenantPaths.VIEW_ROOT + "/kiosk/kiosk.xhtml").forward(request, rendered[0]);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            return rendered[0].keepable() ? rendered[0].page() : null;
        });
        if (page == null) { // not keepable: an error page went out already, or a page that must go as it is
            if (rendered[0] != null && !response.isCommitted()) {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write(rendered[0].page().html());
            }
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        if (page.securityPolicy() != null) {
            response.setHeader("Content-Security-Policy", page.securityPolicy());
        }
        response.getWriter().write(withTheTimeNow(page.html(), locale));
    }

    /** A kept page with this moment's clock, date and server time (the script's reference). */
    String withTheTimeNow(String html, Locale locale) {
        String now = TIME.matcher(html).replaceFirst("$1" + Matcher.quoteReplacement(KioskView.time(clock)) + "$2");
        now = DATE.matcher(now).replaceFirst("$1" + Matcher.quoteReplacement(KioskView.date(clock, locale)) + "$2");
        return EPOCH.matcher(now).replaceFirst("data-epoch=\"" + clock.millis() + "\"");
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
