package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import cn.xiangzhi.shared.web.TenantPaths;
import cn.xiangzhi.shared.web.TenantRoute;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Last filter (after Shiro has checked the URL), for the tenant the resolution filter bound: serves {@code /t/{code}/x.xhtml} from the view
 * {@code /tenant/{context}/x.xhtml} ({@link TenantPaths#view}), and the paths features serve by code ({@link TenantRoute}: the village
 * kiosk, evidence photos) through them. {@link TenantViewHandler} writes the tenant URL back into
 * links and form actions.
 */
public class TenantViewForwardFilter extends HttpFilter {

    @Inject
    Instance<TenantRoute> routes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<TenantRef> tenant = TenantContext.find();
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String code = tenant.get().code();
        String rest = TenantPaths.rest(request, code);
        if (rest.isEmpty() || "/".equals(rest)) {
            response.sendRedirect(request.getContextPath() + TenantPaths.site(code) + "/index.xhtml");
            return;
        }
        for (TenantRoute route : routes) {
            Matcher served = route.path().matcher(rest);
            if (served.matches()) {
                route.serve(request, response, code, served);
                return;
            }
        }
        request.getRequestDispatcher(TenantPaths.view(getServletContext(), rest)).forward(request, response);
    }
}
