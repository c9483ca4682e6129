package cn.xiangzhi.devices.api;

import cn.xiangzhi.devices.application.CommandView;
import cn.xiangzhi.devices.application.DeviceRegistry;
import cn.xiangzhi.devices.application.DeviceView;
import cn.xiangzhi.devices.domain.DeviceKind;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * The tenant's devices: {@code GET} lists them with last contact, firmware and today's figures;
 * {@code POST {serialNumber, villageId, kind?, label?, timeZone?}} claims a serial (a pending device,
 * or one not heard yet); {@code PUT {id} {villageId?, label?, timeZone?}} moves or relabels one;
 * {@code POST {id}/disable}, {@code {id}/enable}; {@code POST {id}/check} queues a re-sync.
 */
@Tag(name = "devices", description = "Attendance terminals and other devices of the tenant")
@Path("t/{tenant}/devices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    DeviceRegistry registry;

    public record ClaimBody(String serialNumber, Long villageId, String kind, String label, String timeZone) {
    }

    public record ChangeBody(Long villageId, String label, String timeZone) {
    }

    @GET
    public List<DeviceView> list() {
        return registry.list();
    }

    @GET
    @Path("{id}")
    public DeviceView get(@PathParam("id") long id) {
        return registry.get(id);
    }

    @POST
    public Response claim(ClaimBody body) {
        ClaimBody claim = ApiInput.required(body);
        DeviceKind kind = ApiInput.enumOf(DeviceKind.class, claim.kind(), "error.device.kind");
        return created(registry.claim(new DeviceRegistry.Claim(claim.serialNumber(), claim.villageId(), kind, claim.label(),
                claim.timeZone())));
    }

    @PUT
    @Path("{id}")
    public DeviceView change(@PathParam("id") long id, ChangeBody body) {
        ChangeBody change = ApiInput.required(body);
        return registry.change(id, new DeviceRegistry.Change(change.villageId(), change.label(), change.timeZone()));
    }

    @POST
    @Path("{id}/disable")
    public DeviceView disable(@PathParam("id") long id) {
        return registry.disable(id);
    }

    @POST
    @Path("{id}/enable")
    public DeviceView enable(@PathParam("id") long id) {
        return registry.enable(id);
    }

    @POST
    @Path("{id}/check")
    public Response check(@PathParam("id") long id) {
        CommandView command = registry.check(id);
        return created(command);
    }
}
