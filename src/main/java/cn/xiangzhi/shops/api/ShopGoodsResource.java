package cn.xiangzhi.shops.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shops.application.Goods;
import cn.xiangzhi.shops.application.Goods.GoodsView;
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
import static cn.xiangzhi.shared.web.ApiInput.date;

/**
 * Goods of shops: {@code GET ?shopId=} lists them, {@code POST}
 * {@code {shopId, code, name, pricePoints, stock?, offeredFrom?, offeredUntil?}} adds one (no stock:
 * unlimited), {@code PUT {id}} changes name, price and dates, {@code POST {id}/restock {quantity}}
 * adds to the stock, {@code DELETE {id}} retires it (it is kept).
 */
@Tag(name = "shop-goods", description = "Goods of shops")
@Path("t/{tenant}/shop-goods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopGoodsResource {

    @Inject
    Goods goods;

    public record GoodsBody(Long shopId, String code, String name, Integer pricePoints, Integer stock, String offeredFrom,
                            String offeredUntil) {
        Goods.GoodsForm form() {
            return new Goods.GoodsForm(shopId, code, name, pricePoints, stock, date(offeredFrom, "error.goods.dates", offeredFrom, ""), date(offeredUntil, "error.goods.dates", offeredUntil, ""));
        }
    }

    public record Restock(Integer quantity) {
    }

    @GET
    public List<GoodsView> list(@QueryParam("shopId") Long shopId) {
        return goods.goods(shopId);
    }

    @GET
    @Path("{id}")
    public GoodsView get(@PathParam("id") long id) {
        return goods.get(id);
    }

    @POST
    public Response create(GoodsBody body) {
        if (body == null) {
            throw new DomainException("error.shop.required");
        }
        return created(goods.create(body.form()));
    }

    @PUT
    @Path("{id}")
    public GoodsView update(@PathParam("id") long id, GoodsBody body) {
        if (body == null) {
            throw new DomainException("error.name.required");
        }
        return goods.update(id, body.form());
    }

    @POST
    @Path("{id}/restock")
    public GoodsView restock(@PathParam("id") long id, Restock body) {
        return goods.restock(id, body == null ? null : body.quantity());
    }

    @DELETE
    @Path("{id}")
    public GoodsView retire(@PathParam("id") long id) {
        return goods.retire(id);
    }

}
