package cn.xiangzhi.devices.api;

import cn.xiangzhi.devices.application.CommandView;
import cn.xiangzhi.devices.application.TerminalPeople;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Commands for the tenant's terminals and their results: {@code GET ?device=} newest first, {@code GET {id}}. Queued by the people and device calls, never typed. */
@Tag(name = "device-commands", description = "Commands queued for terminals and their results")
@Path("t/{tenant}/device-commands")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceCommandResource {

    @Inject
    TerminalPeople people;

    @GET
    public List<CommandView> list(@QueryParam("device") Long device) {
        return people.commands(device);
    }

    @GET
    @Path("{id}")
    public CommandView get(@PathParam("id") long id) {
        return people.command(id);
    }
}
