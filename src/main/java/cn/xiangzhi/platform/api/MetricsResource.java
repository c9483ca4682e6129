package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.metrics.MetricsText;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The application's own figures on this instance since it started — redemptions, attendance
 * records from terminals, imports and their rows, failed sign-ins — as MicroProfile Metrics counters
 * in the Prometheus text format, for the operator's scraper ({@code GET /api/platform/metrics},
 * HTTP Basic as a platform operator; ADR 0027). Payara's own {@code /metrics} is switched off: it
 * would be public.
 */
@Tag(name = "platform/metrics", description = "The application's counters on this instance, Prometheus text (operators only)")
@Path("platform/metrics")
@RequestScoped
public class MetricsResource {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @GET
    @Produces(MetricsText.MEDIA_TYPE)
    @Operation(summary = "The application's counters on this instance since it started (Prometheus text format 0.0.4)")
    public String metrics() {
        if (!CurrentUser.require().isOperator()) {
            throw new ForbiddenException("platform operators only");
        }
        return MetricsText.render(MetricsText.counters(registry));
    }
}
