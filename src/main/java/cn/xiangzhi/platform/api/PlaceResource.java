package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The tenant's places over REST (the tenant comes from the URL, bound by the resolution filter). */
@Tag(name = "places", description = "The tenant's places over REST (the tenant comes from the URL, bound by the resolution filter)")
@Path("t/{tenant}/places")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlaceResource {

    @Inject
    PlaceDirectory places;

    public record NewPlace(Long parentId, String level, String name, String divisionCode) {
    }

    public record Rename(String name, Long version) {
    }

    @GET
    public List<PlaceView> list() {
        return places.visible();
    }

    @GET
    @Path("{id}")
    public PlaceView get(@PathParam("id") long id) {
        return places.get(id);
    }

    @POST
    public Response add(NewPlace body) {
        if (body == null || body.parentId() == null || body.level() == null) {
            throw new DomainException("error.place.childLevel", body == null ? null : body.level(), "?");
        }
        PlaceView created = places.add(body.parentId(), parseLevel(body.level()), body.name(), body.divisionCode());
        return created(created);
    }

    @PUT
    @Path("{id}")
    public PlaceView rename(@PathParam("id") long id, Rename body) {
        return places.rename(id, body == null ? null : body.name(), body == null ? null : body.version());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        places.remove(id);
        return Response.noContent().build();
    }

    static PlaceLevel parseLevel(String level) {
        return ApiInput.required(ApiInput.enumOf(PlaceLevel.class, level, "error.place.childLevel", level, "?"),
                "error.place.childLevel", level, "?");
    }
}
