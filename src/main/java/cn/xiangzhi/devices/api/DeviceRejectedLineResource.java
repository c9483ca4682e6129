package cn.xiangzhi.devices.api;

import cn.xiangzhi.devices.application.DeviceRecords;
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

/** Lines terminals sent that could not be read, kept for review: {@code GET ?device=} newest first (at most 1,000), {@code GET {id}}. Append-only: nothing changes them. */
@Tag(name = "device-rejected-lines", description = "Lines terminals sent that could not be read, kept for review")
@Path("t/{tenant}/device-rejected-lines")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceRejectedLineResource {

    @Inject
    DeviceRecords records;

    @GET
    public List<DeviceRecords.RejectedView> list(@QueryParam("device") Long device) {
        return records.rejected(device);
    }

    @GET
    @Path("{id}")
    public DeviceRecords.RejectedView get(@PathParam("id") long id) {
        return records.rejectedLine(id);
    }
}
