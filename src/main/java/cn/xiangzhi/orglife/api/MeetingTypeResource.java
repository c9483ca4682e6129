package cn.xiangzhi.orglife.api;

import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.orglife.domain.Frequency;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * The tenant's kinds of meeting: {@code GET}, {@code POST {code, name, frequency, minimumMinutes}},
 * {@code POST defaults} adds the seed's (三会一课, theme party day, the three working days) that are missing.
 */
@Tag(name = "meeting-types", description = "Kinds of meeting of organisational life and how often they are required")
@Path("t/{tenant}/meeting-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingTypeResource {

    @Inject
    OrgLife orgLife;

    public record TypeBody(String code, String name, String frequency, Integer minimumMinutes) {
    }

    @GET
    public List<OrgLife.TypeView> list() {
        return orgLife.types();
    }

    @GET
    @Path("{id}")
    public OrgLife.TypeView get(@PathParam("id") long id) {
        return orgLife.type(id);
    }

    @POST
    public Response add(TypeBody body) {
        TypeBody type = ApiInput.required(body);
        return created(orgLife.addType(type.code(), type.name(), ApiInput.enumOf(Frequency.class, type.frequency(),
                "error.meetingType.frequency"), type.minimumMinutes()));
    }

    @POST
    @Path("defaults")
    public List<OrgLife.TypeView> defaults() {
        return orgLife.addDefaults();
    }
}
