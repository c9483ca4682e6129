package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.UserPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.apache.shiro.SecurityUtils;

/**
 * What templates need to know of this request: the tenant (name, theme, URL prefix), the signed-in
 * user and what they may do, and the sign-in form's CSRF token and error.
 */
@Named("req")
@RequestScoped
public class RequestInfo {

    public TenantSnapshot getTenant() {
        return (TenantSnapshot) request().getAttribute(TenantResolutionFilter.TENANT_ATTRIBUTE);
    }

    /** {@code /ctx/t/{code}} for tenant pages, {@code /ctx} elsewhere. */
    public String getBase() {
        TenantSnapshot tenant = getTenant();
        return request().getContextPath() + (tenant == null ? "" : "/t/" + tenant.code());
    }

    public String getTheme() {
        TenantSnapshot tenant = getTenant();
        return tenant == null || tenant.theme() == null ? "saga" : tenant.theme();
    }

    public UserPrincipal getUser() {
        return CurrentUser.find().orElse(null);
    }

    public boolean can(String permission) {
        return getUser() != null && SecurityUtils.getSubject().isPermitted(permission);
    }

    public String getCsrf() {
        HttpSession session = request().getSession(true);
        return LoginFilter.csrfToken(session);
    }

    public String getLoginError() {
        return (String) request().getAttribute(LoginFilter.ERROR_ATTRIBUTE);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
