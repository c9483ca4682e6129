package cn.xiangzhi.shops.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.web.ApiInput;
import cn.xiangzhi.shops.application.Shops;
import cn.xiangzhi.shops.application.Shops.ShopView;
import cn.xiangzhi.shops.domain.ShopKind;
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

/**
 * Exchange shops: {@code GET} lists the shops the user sees, {@code POST}
 * {@code {code, name, kind, partnerType?, address?, phone?}} registers one, {@code PUT {id}} edits it,
 * {@code DELETE {id}} deactivates it (it is kept), {@code PUT {id}/villages} {@code [villageId...]}
 * sets the villages whose households may redeem there.
 */
@Tag(name = "shops", description = "Exchange shops")
@Path("t/{tenant}/shops")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopResource {

    @Inject
    Shops shops;

    public record ShopBody(String code, String name, String kind, String partnerType, String address, String phone) {
        Shops.ShopForm form() {
            return new Shops.ShopForm(code, name, ShopResource.kind(kind), partnerType, address, phone);
        }
    }

    @GET
    public List<ShopView> list() {
        return shops.shops();
    }

    @GET
    @Path("{id}")
    public ShopView get(@PathParam("id") long id) {
        return shops.shop(id);
    }

    @POST
    public Response create(ShopBody body) {
        if (body == null) {
            throw new DomainException("error.shop.code", (Object) null);
        }
        return created(shops.create(body.form()));
    }

    @PUT
    @Path("{id}")
    public ShopView update(@PathParam("id") long id, ShopBody body) {
        if (body == null) {
            throw new DomainException("error.name.required");
        }
        return shops.update(id, body.form());
    }

    @DELETE
    @Path("{id}")
    public ShopView deactivate(@PathParam("id") long id) {
        return shops.deactivate(id);
    }

    @PUT
    @Path("{id}/villages")
    public ShopView villages(@PathParam("id") long id, List<Long> villageIds) {
        return shops.serveVillages(id, villageIds);
    }

    static ShopKind kind(String kind) {
        return ApiInput.enumOf(ShopKind.class, kind, "error.shop.kind");
    }
}
