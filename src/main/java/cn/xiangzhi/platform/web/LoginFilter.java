package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.web.ClientAddress;
import cn.xiangzhi.shared.web.TenantPaths;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The sign-in form of each tenant ({@code /t/{code}/login.xhtml}) and of the platform
 * ({@code /login.xhtml}). Nothing of it lives in an HTTP session before a successful sign-in, so
 * anonymous visitors cost the server no memory (ADR 0013): the form's CSRF token is a double-submit
 * cookie ({@value #CSRF_COOKIE}, HttpOnly, SameSite=Strict) that the form carries back, and the
 * page a visitor was sent away from travels as {@code ?next=}. A successful sign-in gives the
 * session a new id (no fixation) and goes to {@code next} when it is a page of the same area, else
 * to the home page. Every refusal reads the same whether or not the username exists; JSF ajax
 * requests of an expired session get a partial-response redirect instead of an HTML page.
 */
public class LoginFilter extends FormAuthenticationFilter {

    public static final String CSRF_COOKIE = "xz_csrf";
    public static final String CSRF_PARAMETER = "csrf";
    public static final String CSRF_ATTRIBUTE = "xiangzhi.loginCsrf";
    public static final String NEXT_PARAMETER = "next";
    public static final String ERROR_ATTRIBUTE = "loginError";
    public static final String WAIT_ATTRIBUTE = "loginWaitSeconds";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected boolean isLoginRequest(ServletRequest request, ServletResponse response) {
        return TenantPaths.path((HttpServletRequest) request).equals(loginPath());
    }

    @Override
    protected boolean isLoginSubmission(ServletRequest request, ServletResponse response) {
        return super.isLoginSubmission(request, response) && request.getParameter(getUsernameParam()) != null
                && request.getParameter("jakarta.faces.ViewState") == null;
    }

    /** Sign-ins are throttled by the client's address (behind a trusted proxy, the forwarded one). */
    @Override
    protected String getHost(ServletRequest request) {
        return ClientAddress.of((HttpServletRequest) request);
    }

    @Override
    protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
        if (isLoginRequest(request, response)) {
            request.setAttribute(CSRF_ATTRIBUTE, csrfToken((HttpServletRequest) request, (HttpServletResponse) response));
        }
        return super.preHandle(request, response);
    }

    @Override
    protected boolean executeLogin(ServletRequest request, ServletResponse response) throws Exception {
        String expected = cookie((HttpServletRequest) request, CSRF_COOKIE).orElse(null);
        String given = request.getParameter(CSRF_PARAMETER);
        if (expected == null || given == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            request.setAttribute(ERROR_ATTRIBUTE, "login.error.expired");
            return true;
        }
        return super.executeLogin(request, response);
    }

    @Override
    protected boolean onLoginSuccess(AuthenticationToken token, Subject subject, ServletRequest request,
                                     ServletResponse response) throws Exception {
        HttpServletRequest http = (HttpServletRequest) request;
        http.changeSessionId();
        String home = http.getContextPath() + homePath();
        String next = request.getParameter(NEXT_PARAMETER);
        String target = isReturnablePage(next, http.getContextPath() + areaPrefix()) ? next : home;
        WebUtils.issueRedirect(request, response, target, null, false);
        return false;
    }

    /** Only a page of the same area (tenant or platform), as a plain path with an optional query, is returned to. */
    static boolean isReturnablePage(String next, String areaPrefix) {
        if (next == null || next.length() > 1000 || !next.startsWith(areaPrefix)) {
            return false;
        }
        String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
        return path.endsWith(".xhtml") && !path.contains("//") && !path.contains("..") && !path.contains("\\")
                && next.chars().noneMatch(c -> c < 0x20 || c == 0x7F);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        String key = "login.error.credentials";
        if (XiangzhiRealm.notJudged(e)) {
            key = "error.unavailable";
            ((HttpServletResponse) response).setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        } else if (e instanceof ExcessiveAttemptsException wait) {
            key = "login.error.wait";
            request.setAttribute(WAIT_ATTRIBUTE, wait.getMessage());
        } else if (e instanceof DisabledAccountException) {
            key = "login.error.disabled";
        }
        request.setAttribute(ERROR_ATTRIBUTE, key);
        return true;
    }

    /** No request is kept in a session for later: the page asked for travels as {@code ?next=}. */
    @Override
    protected void saveRequest(ServletRequest request) {
    }

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        redirectToSignIn((HttpServletRequest) request, (HttpServletResponse) response);
    }

    /** Sends a visitor who must sign in to the sign-in page of the request's area, remembering a page asked for by GET. */
    static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getContextPath() + loginPath();
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
            return;
        }
        String asked = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if ("GET".equals(request.getMethod()) && isReturnablePage(asked, request.getContextPath() + areaPrefix())) {
            login += "?" + NEXT_PARAMETER + "=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
        }
        response.sendRedirect(login);
    }

    /** The double-submit token of this browser: the cookie's value, or a new one set on the response. */
    static String csrfToken(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> known = cookie(request, CSRF_COOKIE).filter(v -> v.matches("[A-Za-z0-9_-]{32}"));
        if (known.isPresent()) {
            return known.get();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Cookie cookie = new Cookie(CSRF_COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static String areaPrefix() {
        return TenantContext.find().map(t -> TenantPaths.site(t.code()) + "/").orElse("/platform/");
    }

    static String loginPath() {
        return TenantContext.find().map(t -> TenantPaths.site(t.code()) + "/login.xhtml").orElse("/login.xhtml");
    }

    private static String homePath() {
        return TenantContext.find().map(t -> TenantPaths.site(t.code()) + "/index.xhtml").orElse("/platform/tenants.xhtml");
    }
}
