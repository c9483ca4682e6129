package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.Counter;
import cn.xiangzhi.shops.application.Counter.RedemptionView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The counter over REST (for integrations and the benchmark; clerks use counter.xhtml):
 * {@code GET customer?ref=} identifies a household by card text or code; {@code POST}
 * {@code {"household":…,"items":[{"goodsId":…,"quantity":…}],"idempotencyKey":…}} (or the key in an
 * {@code Idempotency-Key} header) redeems: 201 the first time, 200 with the same redemption when
 * repeated; {@code POST {id}/return} {@code {"reason":…,"idempotencyKey":…}} gives the points back.
 */
@Tag(name = "redemptions", description = "The counter over REST (for integrations and the benchmark; clerks use counter.xhtml)")
@Path("t/{tenant}/redemptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RedemptionResource {

    @Inject
    Counter counter;

    public record ReturnBody(String reason, String idempotencyKey) {
    }

    @GET
    @Path("customer")
    public Counter.Customer customer(@QueryParam("ref") String ref) {
        return counter.customer(ref);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response redeem(Counter.Request request, @HeaderParam("Idempotency-Key") String header) {
        Counter.Request withKey = request == null || request.idempotencyKey() != null || header == null ? request
                : new Counter.Request(request.household(), request.items(), header);
        RedemptionView done;
        try {
            done = counter.redeem(withKey);
        } catch (RuntimeException failed) { // a resend whose first attempt committed meanwhile is answered as a repeat
            done = counter.alreadyRedeemed(withKey).orElseThrow(() -> failed);
        }
        return Response.status(done.repeated() ? Response.Status.OK : Response.Status.CREATED).entity(done).build();
    }

    @GET
    public List<RedemptionView> list(@QueryParam("shopId") Long shopId, @QueryParam("max") @DefaultValue("100") int max) {
        return counter.redemptions(shopId, max);
    }

    @GET
    @Path("{id}")
    public RedemptionView get(@PathParam("id") long id) {
        return counter.redemption(id);
    }

    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response giveBack(@PathParam("id") long id, ReturnBody body, @HeaderParam("Idempotency-Key") String header) {
        String key = body != null && body.idempotencyKey() != null ? body.idempotencyKey() : header;
        RedemptionView done = counter.giveBack(id, body == null ? null : body.reason(), key);
        return Response.status(done.repeated() ? Response.Status.OK : Response.Status.CREATED).entity(done).build();
    }
}
