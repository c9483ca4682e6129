package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.web.TenantPaths;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;

import java.util.List;
import java.util.Map;

/**
 * Writes tenant URLs into every link, form action and redirect JSF makes for a tenant view:
 * {@code /tenant/platform/places.xhtml} becomes {@code /t/{code}/places.xhtml} for the bound tenant
 * ({@link TenantPaths#address}).
 */
public class TenantViewHandler extends ViewHandlerWrapper {

    public TenantViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return tenantUrl(context, super.getActionURL(context, viewId));
    }

    @Override
    public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                 boolean includeViewParams) {
        return tenantUrl(context, super.getRedirectURL(context, viewId, parameters, includeViewParams));
    }

    @Override
    public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters,
                                     boolean includeViewParams) {
        return tenantUrl(context, super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
    }

    static String tenantUrl(FacesContext context, String url) {
        String physical = context.getExternalContext().getRequestContextPath() + TenantPaths.VIEW_ROOT + "/";
        if (url == null || !url.startsWith(physical)) {
            return url;
        }
        String contextPath = context.getExternalContext().getRequestContextPath();
        String view = url.substring(contextPath.length());
        int query = indexOfQuery(view);
        ServletContext servlets = (ServletContext) context.getExternalContext().getContext();
        return TenantContext.find()
                .map(tenant -> contextPath + TenantPaths.site(tenant.code())
                        + TenantPaths.address(servlets, view.substring(0, query)) + view.substring(query))
                .orElse(url);
    }

    private static int indexOfQuery(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int end = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return end < 0 ? url.length() : end;
    }
}
