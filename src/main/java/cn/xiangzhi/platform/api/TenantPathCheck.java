package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import cn.xiangzhi.shared.web.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Optional;

/**
 * The {@code {tenant}} every tenant resource declares in its path ({@code t/{tenant}/...}) names the
 * tenant the resolution filter bound for the request; this check holds the two together, so a
 * resource can never run for a tenant other than the one its URL shows (ADR 0015). A resource reads
 * the tenant from {@link TenantContext}, never from the path.
 */
@Provider
public class TenantPathCheck implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String declared = request.getUriInfo().getPathParameters().getFirst("tenant");
        if (!agrees(declared, TenantContext.find())) {
            request.abortWith(Response.status(Response.Status.NOT_FOUND)
                    .entity(ErrorBody.of("error.tenant.unknown", declared)).type("application/json").build());
        }
    }

    /** Whether a path that declares {@code declared} (null: no tenant in the path) may run for {@code bound}. */
    static boolean agrees(String declared, Optional<TenantRef> bound) {
        return declared == null || bound.map(TenantRef::code).filter(declared::equals).isPresent();
    }
}
