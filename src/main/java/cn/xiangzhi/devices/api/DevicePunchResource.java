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

/** Punches (check-ins) terminals sent: {@code GET ?device=} newest first (at most 1,000), {@code GET {id}}. Append-only: nothing changes them. */
@Tag(name = "device-punches", description = "Punches (check-ins) terminals sent")
@Path("t/{tenant}/device-punches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DevicePunchResource {

    @Inject
    DeviceRecords records;

    @GET
    public List<DeviceRecords.PunchView> list(@QueryParam("device") Long device) {
        return records.punches(device);
    }

    @GET
    @Path("{id}")
    public DeviceRecords.PunchView get(@PathParam("id") long id) {
        return records.punch(id);
    }
}
