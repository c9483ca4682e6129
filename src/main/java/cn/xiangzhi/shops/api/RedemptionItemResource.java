package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.Counter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The goods of redemptions ({@code ?redemptionId=}), visible like their redemptions. */
@Tag(name = "redemption-items", description = "The goods of redemptions (?redemptionId=), visible like their redemptions")
@Path("t/{tenant}/redemption-items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedemptionItemResource {

    @Inject
    Counter counter;

    @GET
    public List<Counter.ItemView> list(@QueryParam("redemptionId") Long redemptionId) {
        return counter.items(redemptionId);
    }

    @GET
    @Path("{id}")
    public Counter.ItemView get(@PathParam("id") long id) {
        return counter.item(id);
    }
}
