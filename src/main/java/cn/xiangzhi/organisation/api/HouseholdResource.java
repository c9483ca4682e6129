package cn.xiangzhi.organisation.api;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

/** Households over REST: paged search by code or head's name, and single-row changes. */
@Tag(name = "households", description = "Households over REST")
@Path("t/{tenant}/households")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    Organisation organisation;

    public record HouseholdBody(String code, Long villageId, Long gridId, String headName, String address, String phone) {
        Organisation.HouseholdForm form() {
            if (villageId == null) {
                throw new DomainException("error.grid.village");
            }
            return new Organisation.HouseholdForm(code, villageId, gridId, headName, address, phone);
        }
    }

    @GET
    public List<HouseholdView> search(@QueryParam("village") Long village, @QueryParam("q") String q,
                                      @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("100") int max) {
        return organisation.households(village, q, first, max);
    }

    @GET
    @Path("{id}")
    public HouseholdView get(@PathParam("id") long id) {
        return organisation.household(id);
    }

    @POST
    public Response add(HouseholdBody body) {
        if (body == null) {
            throw new DomainException("error.grid.village");
        }
        return created(organisation.addHousehold(body.form()));
    }

    @PUT
    @Path("{id}")
    public HouseholdView update(@PathParam("id") long id, HouseholdBody body) {
        if (body == null) {
            throw new DomainException("error.grid.village");
        }
        return organisation.updateHousehold(id, body.form());
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        organisation.removeHousehold(id);
        return Response.noContent().build();
    }
}
