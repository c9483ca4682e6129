package cn.xiangzhi.platform.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.LogoutFilter;

/** Signs out (POST only) and returns to the sign-in page of the tenant in the URL, or of the platform. */
public class TenantLogoutFilter extends LogoutFilter {

    public TenantLogoutFilter() {
        setPostOnlyLogout(true);
    }

    @Override
    protected String getRedirectUrl(ServletRequest request, ServletResponse response, Subject subject) {
        return LoginFilter.loginPath();
    }
}
