package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.web.PageLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

/**
 * The language of the pages: Chinese unless the visitor picked English. The choice is a link
 * ({@code ?lang=en}) kept in a cookie, not in an HTTP session, so anonymous pages (the public board,
 * the kiosk, sign-in, sign-up) stay stateless on the server.
 */
@Named
@RequestScoped
public class LocaleView {

    static final String COOKIE = PageLanguage.COOKIE;
    static final String PARAMETER = PageLanguage.PARAMETER;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(getLocale());
    }

    /** The current page's URL with {@code lang=} set to {@code tag} (other query parameters kept). */
    public String switchTo(String tag) {
        HttpServletRequest request = request();
        Object forwardedUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        StringBuilder url = new StringBuilder(forwardedUri != null ? forwardedUri.toString() : request.getRequestURI()).append('?');
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String query = forwardedUri != null ? (String) forwardedQuery : request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(PARAMETER + "=")) {
                    url.append(pair).append('&');
                }
            }
        }
        return url.append(PARAMETER).append('=').append("en".equals(tag) ? "en" : "zh").toString();
    }

    private Locale resolve() {
        HttpServletRequest request = request();
        String asked = request.getParameter(PARAMETER);
        if (asked != null) {
            Locale chosen = of(asked);
            Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(365 * 24 * 3600);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
            return chosen;
        }
        return PageLanguage.remembered(request);
    }

    private static Locale of(String tag) {
        return PageLanguage.of(tag);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
