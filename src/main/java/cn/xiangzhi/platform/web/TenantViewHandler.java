package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import java.util.List;
import java.util.Map;

/**
 * Writes tenant URLs into every link, form action and redirect JSF makes for a tenant view:
 * {@code /tenant/places.xhtml} becomes {@code /t/{code}/places.xhtml} for the bound tenant.
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
        return TenantContext.find()
                .map(tenant -> context.getExternalContext().getRequestContextPath() + "/t/" + tenant.code() + "/"
                        + url.substring(physical.length()))
                .orElse(url);
    }
}
