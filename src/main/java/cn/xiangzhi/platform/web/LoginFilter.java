package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;
import org.apache.shiro.web.util.SavedRequest;
import org.apache.shiro.web.util.WebUtils;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The sign-in form of each tenant ({@code /t/{code}/login.xhtml}) and of the platform
 * ({@code /login.xhtml}). It checks the form's CSRF token, gives the session a new id after a
 * successful sign-in (no fixation), sends the user to their tenant's home, and answers JSF ajax
 * requests of an expired session with a partial-response redirect instead of an HTML page.
 */
public class LoginFilter extends FormAuthenticationFilter {

    public static final String CSRF_ATTRIBUTE = "xiangzhi.loginCsrf";
    public static final String CSRF_PARAMETER = "csrf";
    public static final String ERROR_ATTRIBUTE = "loginError";
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

    @Override
    protected boolean executeLogin(ServletRequest request, ServletResponse response) throws Exception {
        HttpSession session = ((HttpServletRequest) request).getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(CSRF_ATTRIBUTE);
        String given = request.getParameter(CSRF_PARAMETER);
        if (expected == null || given == null || !MessageDigest.isEqual(expected.getBytes(), given.getBytes())) {
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
        http.getSession().removeAttribute(CSRF_ATTRIBUTE);
        SavedRequest saved = WebUtils.getAndClearSavedRequest(request);
        String home = http.getContextPath() + homePath();
        String target = isReturnablePage(saved, http.getContextPath() + areaPrefix()) ? saved.getRequestUrl() : home;
        WebUtils.issueRedirect(request, response, target, null, false);
        return false;
    }

    /** Only a page of the same area (tenant or platform) that was asked for by GET is returned to. */
    static boolean isReturnablePage(SavedRequest saved, String areaPrefix) {
        return saved != null && "GET".equalsIgnoreCase(saved.getMethod()) && saved.getRequestURI() != null
                && saved.getRequestURI().startsWith(areaPrefix) && saved.getRequestURI().endsWith(".xhtml");
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        String key = e instanceof ExcessiveAttemptsException ? "login.error.locked"
                : e instanceof DisabledAccountException ? "login.error.disabled" : "login.error.credentials";
        request.setAttribute(ERROR_ATTRIBUTE, key);
        return true;
    }

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = (HttpServletRequest) request;
        String login = http.getContextPath() + loginPath();
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login + "\"/></partial-response>");
            return;
        }
        ((HttpServletResponse) response).sendRedirect(login);
    }

    /** The token the sign-in form must carry back; one per session until a successful sign-in. */
    public static String csrfToken(HttpSession session) {
        String token = (String) session.getAttribute(CSRF_ATTRIBUTE);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(CSRF_ATTRIBUTE, token);
        }
        return token;
    }

    private static String areaPrefix() {
        return TenantContext.find().map(t -> "/t/" + t.code() + "/").orElse("/platform/");
    }

    static String loginPath() {
        return TenantContext.find().map(t -> "/t/" + t.code() + "/login.xhtml").orElse("/login.xhtml");
    }

    private static String homePath() {
        return TenantContext.find().map(t -> "/t/" + t.code() + "/index.xhtml").orElse("/platform/tenants.xhtml");
    }
}
