package cn.xiangzhi.shared.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Arrays;
import java.util.Locale;

/**
 * The language a visitor picked for the pages: a link ({@code ?lang=en}) remembered in a cookie, not
 * in a session (ADR 0013); Chinese unless English was picked. Read by the pages' language bean and
 * by the kiosk's gate, which keeps a rendered page per language.
 */
public final class PageLanguage {

    /** The cookie that remembers the choice. */
    public static final String COOKIE = "xz_lang";
    /** The query parameter that makes it. */
    public static final String PARAMETER = "lang";

    private PageLanguage() {
    }

    /** {@code en} is English, anything else Chinese. */
    public static Locale of(String tag) {
        return "en".equals(tag) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The language the request's cookie remembers (Chinese when none). */
    public static Locale remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Locale.SIMPLIFIED_CHINESE : Arrays.stream(cookies)
                .filter(c -> COOKIE.equals(c.getName())).findFirst().map(c -> of(c.getValue())).orElse(Locale.SIMPLIFIED_CHINESE);
    }
}
