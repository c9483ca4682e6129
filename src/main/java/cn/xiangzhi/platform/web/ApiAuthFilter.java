package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.web.ClientAddress;
import cn.xiangzhi.shared.web.ErrorBody;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTTP Basic for the REST API, checked on every request: a browser's session cookie alone never
 * authorizes an API call, so the API is not open to cross-site request forgery. Runs after
 * {@code noSessionCreation}, so API calls do not create sessions. A refusal is the API's JSON
 * error: 401 {@code error.signIn.required}, or 429 {@code error.signIn.wait} with {@code Retry-After}
 * while the sign-in throttle holds the username back from this address, or 503
 * {@code error.unavailable} with {@code Retry-After} when the sign-in could not be checked.
 */
public class ApiAuthFilter extends BasicHttpAuthenticationFilter {

    private static final String WAIT = "xiangzhi.api.signInWait";
    private static final String UNAVAILABLE = "xiangzhi.api.unavailable";

    public ApiAuthFilter() {
        setApplicationName("xiangzhi");
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false;
    }

    /** Sign-ins are throttled by the client's address (behind a trusted proxy, the forwarded one). */
    @Override
    protected String getHost(ServletRequest request) {
        return ClientAddress.of((HttpServletRequest) request);
    }

    @Override
    protected boolean onLoginFailure(AuthenticationToken token, AuthenticationException e, ServletRequest request,
                                     ServletResponse response) {
        if (e instanceof ExcessiveAttemptsException) {
            request.setAttribute(WAIT, e.getMessage());
        } else if (XiangzhiRealm.notJudged(e)) {
            request.setAttribute(UNAVAILABLE, Boolean.TRUE);
        }
        return false;
    }

    @Override
    protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
        HttpServletResponse http = (HttpServletResponse) response;
        try {
            Object wait = request.getAttribute(WAIT);
            if (request.getAttribute(UNAVAILABLE) != null) {
                http.setHeader("Retry-After", "5");
                ErrorBody.write(http, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
            } else if (wait != null) {
                http.setHeader("Retry-After", wait.toString());
                ErrorBody.write(http, 429, "error.signIn.wait", wait);
            } else {
                http.setHeader(AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
                ErrorBody.write(http, HttpServletResponse.SC_UNAUTHORIZED, "error.signIn.required");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }
}
