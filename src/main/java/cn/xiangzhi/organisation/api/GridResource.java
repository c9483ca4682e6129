package cn.xiangzhi.organisation.api;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.domain.GridLevel;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/** Grids of the tenant's villages over REST. */
@Tag(name = "grids", description = "Grids of the tenant's villages over REST")
@Path("t/{tenant}/grids")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GridResource {

    @Inject
    Organisation organisation;

    public record GridBody(Long villageId, Long parentId, String level, String code, String name, String leaderName,
                           Long leaderHouseholdId) {
    }

    @GET
    public List<GridView> list(@QueryParam("village") Long village) {
        return organisation.grids(village);
    }

    @GET
    @Path("{id}")
    public GridView get(@PathParam("id") long id) {
        return organisation.grid(id);
    }

    @POST
    public Response add(GridBody body) {
        if (body == null || body.villageId() == null) {
            throw new DomainException("error.grid.village");
        }
        GridLevel level = ApiInput.enumOf(GridLevel.class, body.level(), "error.grid.parent", body.level(), null);
        GridView grid = organisation.addGrid(new Organisation.GridForm(body.villageId(), body.parentId(), level, body.code(),
                body.name(), body.leaderName()));
        return created(grid);
    }

    @PUT
    @Path("{id}")
    public GridView update(@PathParam("id") long id, GridBody body) {
        if (body == null) {
            throw new DomainException("error.name.required");
        }
        return organisation.updateGrid(id, body.name(), body.leaderName(), body.leaderHouseholdId());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        organisation.removeGrid(id);
        return Response.noContent().build();
    }
}
