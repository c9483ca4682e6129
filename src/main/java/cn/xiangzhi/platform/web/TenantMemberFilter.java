package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.AuthorizationFilter;

import java.io.IOException;

/**
 * Lets a request through only when the signed-in user belongs to the tenant in the URL: a session
 * of tenant B never reads tenant A's pages or API, whatever ids it guesses.
 */
public class TenantMemberFilter extends AuthorizationFilter {

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        Object principal = getSubject(request, response).getPrincipal();
        return principal instanceof UserPrincipal user && TenantContext.find().map(t -> user.belongsTo(t.id())).orElse(false);
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        Subject subject = getSubject(request, response);
        if (subject.getPrincipal() == null) {
            LoginFilter.redirectToSignIn((HttpServletRequest) request, (HttpServletResponse) response);
        } else {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
                    "Signed in to another tenant: sign out first");
        }
        return false;
    }

    @Override
    public String getLoginUrl() {
        return LoginFilter.loginPath();
    }
}
