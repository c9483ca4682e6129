package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.TenantCache;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.web.ErrorBody;
import cn.xiangzhi.shared.web.PlainPage;
import cn.xiangzhi.shared.web.TenantPaths;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * First filter of every request. A URL that names a tenant binds {@link TenantContext} for the
 * whole request; an unknown code is a 404 (there is no default tenant), a suspended tenant is
 * refused with a clear message while its data stays untouched (a page for people, the REST error
 * body for API calls). Direct requests to the tenant views' physical folder are a 404 so no page
 * can be reached without its tenant.
 */
public class TenantResolutionFilter extends HttpFilter {

    @Inject
    TenantCache tenants;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = TenantPaths.path(request);
        if (path.startsWith(TenantPaths.VIEW_ROOT + "/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<TenantPaths.Match> match = TenantPaths.match(request);
        if (match.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TenantSnapshot> tenant = tenants.findByCode(match.get().code());
        if (tenant.isEmpty()) {
            if (match.get().api()) {
                ErrorBody.write(response, HttpServletResponse.SC_NOT_FOUND, "error.tenant.unknown", match.get().code());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, "No tenant " + match.get().code());
            }
            return;
        }
        if (!tenant.get().isActive()) {
            if (match.get().api()) {
                ErrorBody.write(response, HttpServletResponse.SC_FORBIDDEN, "error.tenant.suspended", tenant.get().name());
            } else {
                refuseSuspended(tenant.get(), response);
            }
            return;
        }
        try {
            TenantContext.runAs(tenant.get().ref(), () -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new WrappedException(e);
                }
            });
        } catch (WrappedException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
    }

    /** A plain page in both languages: the tenant's users see why they cannot work. */
    private static void refuseSuspended(TenantSnapshot tenant, HttpServletResponse response) throws IOException {
        PlainPage.write(response, HttpServletResponse.SC_FORBIDDEN, "suspended", PlainPage.escape(tenant.name()) + " 已暂停使用",
                "Suspended", "该单位的平台服务已被平台运营方暂停，数据已保留。请联系平台运营方恢复。",
                "This tenant has been suspended by the platform operator. Its data is kept; contact the operator to resume it.");
    }

    private static final class WrappedException extends RuntimeException {
        WrappedException(Exception cause) {
            super(cause);
        }
    }
}
