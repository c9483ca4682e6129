package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.web.SessionCount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * The operator's figures of this application server ({@code GET /api/platform/status}): heap,
 * HTTP sessions held and created, threads, uptime. Operators only — Payara's public
 * {@code /metrics} endpoint is switched off (preboot), so nothing about the server's insides is
 * readable without signing in as an operator.
 */
@Tag(name = "platform/status", description = "The operator's figures of this application server (GET /api/platform/status)")
@Path("platform/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformStatusResource {

    @GET
    public JsonObject status() {
        if (!CurrentUser.require().isOperator()) {
            throw new ForbiddenException("platform operators only");
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return Json.createObjectBuilder()
                .add("heapUsedBytes", heap.getUsed())
                .add("heapMaxBytes", heap.getMax())
                .add("sessionsActive", SessionCount.active())
                .add("sessionsCreated", SessionCount.created())
                .add("threads", ManagementFactory.getThreadMXBean().getThreadCount())
                .add("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
                .build();
    }
}
