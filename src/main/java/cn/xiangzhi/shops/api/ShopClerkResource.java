package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.Shops;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Shop clerks: {@code GET ?shopId=} lists them, {@code POST {shopId, userId}} makes a SHOP_CLERK user
 * the clerk of a shop (409 if already clerk of one), {@code DELETE {id}} ends it.
 */
@Tag(name = "shop-clerks", description = "Shop clerks")
@Path("t/{tenant}/shop-clerks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopClerkResource {

    @Inject
    Shops shops;

    public record Assignment(Long shopId, Long userId) {
    }

    @GET
    public List<Shops.ClerkView> list(@QueryParam("shopId") Long shopId) {
        return shops.clerks(shopId);
    }

    @GET
    @Path("{id}")
    public Shops.ClerkView get(@PathParam("id") long id) {
        return shops.clerk(id);
    }

    @POST
    public Response assign(Assignment body) {
        Shops.ClerkView clerk = shops.assignClerk(body == null ? null : body.shopId(), body == null ? null : body.userId());
        return created(clerk);
    }

    @DELETE
    @Path("{id}")
    public Response unassign(@PathParam("id") long id) {
        shops.unassignClerk(id);
        return Response.noContent().build();
    }
}
