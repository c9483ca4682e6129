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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Photos terminals took at punches: {@code GET ?device=}, {@code GET {id}}, {@code GET {id}/content} (the JPEG). */
@Tag(name = "device-photos", description = "Photos terminals took at punches")
@Path("t/{tenant}/device-photos")
@RequestScoped
public class DevicePhotoResource {

    @Inject
    DeviceRecords records;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<DeviceRecords.PhotoView> list(@QueryParam("device") Long device) {
        return records.photos(device);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public DeviceRecords.PhotoView get(@PathParam("id") long id) {
        return records.photo(id);
    }

    @GET
    @Path("{id}/content")
    public Response content(@PathParam("id") long id) {
        return Response.ok(records.photoContent(id), "image/jpeg").header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
