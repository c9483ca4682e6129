package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.KioskTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * Kiosk tokens over REST, for tenant admins. {@code POST} answers the secret once; {@code DELETE}
 * revokes (the token stays on record).
 */
@Tag(name = "kiosk-tokens", description = "Kiosk tokens over REST, for tenant admins")
@Path("t/{tenant}/kiosk-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KioskTokenResource {

    @Inject
    KioskTokens tokens;

    public record IssueBody(Long villageId, String label) {
    }

    @GET
    public List<KioskTokens.TokenView> list() {
        return tokens.list();
    }

    @GET
    @Path("{id}")
    public KioskTokens.TokenView get(@PathParam("id") long id) {
        return tokens.get(id);
    }

    @POST
    public Response issue(IssueBody body) {
        long village = body == null || body.villageId() == null ? -1 : body.villageId();
        return created(tokens.issue(village, body == null ? null : body.label()));
    }

    @DELETE
    @Path("{id}")
    public KioskTokens.TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
