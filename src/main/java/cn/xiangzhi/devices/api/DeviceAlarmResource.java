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

/** Alarms terminals raised (55: broken open): {@code GET ?device=} newest first (at most 1,000), {@code GET {id}}. Append-only: nothing changes them. */
@Tag(name = "device-alarms", description = "Alarms terminals raised (55: broken open)")
@Path("t/{tenant}/device-alarms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeviceAlarmResource {

    @Inject
    DeviceRecords records;

    @GET
    public List<DeviceRecords.AlarmView> list(@QueryParam("device") Long device) {
        return records.alarms(device);
    }

    @GET
    @Path("{id}")
    public DeviceRecords.AlarmView get(@PathParam("id") long id) {
        return records.alarm(id);
    }
}
