package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.Shops;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The villages shops serve, one link each: {@code GET ?shopId=} lists them, {@code GET {id}} reads
 * one, {@code DELETE {id}} stops the shop serving that village. They are set as a whole with
 * {@code PUT shops/{id}/villages}.
 */
@Tag(name = "shop-villages", description = "The villages shops serve, one link each")
@Path("t/{tenant}/shop-villages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ShopVillageResource {

    @Inject
    Shops shops;

    @GET
    public List<Shops.VillageLink> list(@QueryParam("shopId") Long shopId) {
        return shops.villageLinks(shopId);
    }

    @GET
    @Path("{id}")
    public Shops.VillageLink get(@PathParam("id") long id) {
        return shops.villageLink(id);
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        shops.removeVillageLink(id);
        return Response.noContent().build();
    }
}
