package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.TenantAdministration;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** The operator console over REST: list, open, suspend, resume and remove tenants. */
@Tag(name = "platform/tenants", description = "The operator console over REST")
@Path("platform/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantAdministration administration;

    public record OpenBody(String code, String name, String kind, String divisionCode, String adminUsername,
                           String adminName, String adminPhone, String adminPassword) {
    }

    public record SuspendBody(String reason) {
    }

    @GET
    public List<TenantSnapshot> list() {
        return administration.list();
    }

    @POST
    public Response open(OpenBody body) {
        if (body == null) {
            throw new DomainException("error.tenant.code", (Object) null);
        }
        TenantKind kind = ApiInput.enumOf(TenantKind.class, body.kind(), "error.tenant.kind");
        TenantSnapshot opened = administration.open(new TenantAdministration.Opening(body.code(), body.name(), null, kind,
                body.divisionCode(), body.adminUsername(), body.adminName(), body.adminPhone(),
                body.adminPassword() == null ? null : body.adminPassword().toCharArray(), null, null));
        return created(opened);
    }

    @POST
    @Path("{id}/suspend")
    public TenantSnapshot suspend(@PathParam("id") long id, SuspendBody body) {
        return administration.suspend(id, body == null ? null : body.reason());
    }

    /** Removes a suspended tenant and all its data; {@code ?confirm=} must be the tenant's code. */
    @jakarta.ws.rs.DELETE
    @Path("{id}")
    public JsonObject remove(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("confirm") String confirm) {
        return Json.createObjectBuilder().add("removedRows", administration.remove(id, confirm)).build();
    }

    @POST
    @Path("{id}/resume")
    public TenantSnapshot resume(@PathParam("id") long id) {
        return administration.resume(id);
    }
}
