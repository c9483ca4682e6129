package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.time.DailyJob;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The platform's clock for tests of time boundaries (ADR 0014), operators only and only where the
 * setting {@code xiangzhi.clock.adjustable} is true (the test server; never in production: it is a
 * 404 there). {@code PUT {"instant": "2026-11-30T15:59:59Z"}} moves "now" there and lets it run,
 * {@code DELETE} goes back to the real time, {@code POST jobs} runs the daily jobs that are due now.
 */
@Tag(name = "platform/clock", description = "The platform's clock for tests of time boundaries (ADR 0014), operators only and only where the setting xiangzhi.clock.adjustable is true (the test server, never in production)")
@Path("platform/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClockControl {

    @Inject
    @ConfigProperty(name = "xiangzhi.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Inject
    BusinessClock clock;

    @Inject
    Instance<DailyJob> jobs;

    /** Where "now" goes; {@code frozen}: it stays there instead of running on. */
    public record Travel(String instant, Boolean frozen) {
    }

    @GET
    public JsonObject now() {
        allowed();
        return Json.createObjectBuilder().add("instant", clock.now().toString()).build();
    }

    @PUT
    public JsonObject travel(Travel body) {
        allowed();
        String instant = ApiInput.required(ApiInput.required(body).instant(), "error.field.invalid", "instant");
        try {
            if (Boolean.TRUE.equals(body.frozen())) {
                clock.freezeAt(Instant.parse(instant));
            } else {
                clock.travelTo(Instant.parse(instant));
            }
        } catch (DateTimeParseException e) {
            throw new DomainException("error.field.invalid", "instant");
        }
        return now();
    }

    @DELETE
    public JsonObject back() {
        allowed();
        clock.travelTo(null);
        return now();
    }

    @POST
    @Path("jobs")
    public JsonObject runJobs() {
        allowed();
        jobs.forEach(DailyJob::runDue);
        return now();
    }

    private void allowed() {
        if (!adjustable) {
            throw new NotFoundException("Clock", 0);
        }
        if (!CurrentUser.require().isOperator()) {
            throw new ForbiddenException("platform operators only");
        }
    }
}
