package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.platform.application.TenantCache;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.infrastructure.ThemeCatalog;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.web.TenantPaths;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.SecurityUtils;

/**
 * What templates need to know of this request: the tenant (name, theme, URL prefix), the signed-in
 * user and what they may do, and the sign-in form's CSRF token and error.
 */
@Named("req")
@RequestScoped
public class RequestInfo {

    @Inject
    ThemeCatalog themes;

    @Inject
    TenantCache tenants;

    /** The tenant the request is bound to ({@link TenantContext}), as the cache knows it; null outside tenants. */
    public TenantSnapshot getTenant() {
        return TenantContext.find().flatMap(tenant -> tenants.findByCode(tenant.code())).orElse(null);
    }

    /** {@code /ctx/t/{code}} for tenant pages, {@code /ctx} elsewhere. */
    public String getBase() {
        return request().getContextPath() + TenantContext.find().map(tenant -> TenantPaths.site(tenant.code())).orElse("");
    }

    /** The PrimeFaces theme of the tenant's look (the default look outside tenants). */
    public String getTheme() {
        return look().primefaces();
    }

    /** The stylesheet of the tenant's look: header colour and logo. */
    public String getThemeCss() {
        return request().getContextPath() + "/themes/" + look().name() + "/theme.css";
    }

    private ThemeCatalog.Theme look() {
        TenantSnapshot tenant = getTenant();
        return themes.orDefault(tenant == null ? null : tenant.theme());
    }

    public UserPrincipal getUser() {
        return CurrentUser.find().orElse(null);
    }

    /**
     * Refuses the page to a user without {@code permission} before a byte of it is written, as a
     * page's {@code <f:viewAction action="#{req.require('user:view')}"/>}: a refusal in the middle of
     * rendering comes too late to become a 403 once the response is committed.
     */
    public void require(String permission) {
        Access.require(permission);
    }

    public boolean can(String permission) {
        return getUser() != null && SecurityUtils.getSubject().isPermitted(permission);
    }

    /** The sign-in form's double-submit token, set by {@link LoginFilter} for the sign-in page. */
    public String getCsrf() {
        return (String) request().getAttribute(LoginFilter.CSRF_ATTRIBUTE);
    }

    /** The page to return to after signing in ({@code ?next=}), carried by the sign-in form. */
    public String getNext() {
        return request().getParameter(LoginFilter.NEXT_PARAMETER);
    }

    /** How long a throttled sign-in must wait, in seconds (with {@code login.error.wait}). */
    public String getLoginWait() {
        return (String) request().getAttribute(LoginFilter.WAIT_ATTRIBUTE);
    }

    public String getLoginError() {
        return (String) request().getAttribute(LoginFilter.ERROR_ATTRIBUTE);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
