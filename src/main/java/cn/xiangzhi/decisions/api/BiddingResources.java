package cn.xiangzhi.decisions.api;

import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.domain.LotStatus;
import cn.xiangzhi.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;
import static cn.xiangzhi.shared.web.ApiInput.date;
import static cn.xiangzhi.shared.web.ApiInput.enumOf;

/**
 * REST of project bidding and the contracts register (under {@code /api/t/{tenant}/}): lots, their
 * bidders and bids, closing a lot, contracts and those expiring. Thin: hands off to {@link Biddings}
 * and {@link Contracts}.
 */
public final class BiddingResources {

    private BiddingResources() {
    }

    /** Lots: {@code POST {villageId, matterId?, title, description?, unit, quantity?, reservePrice}}; {@code POST {id}/close}. */
    @Tag(name = "bidding-lots", description = "Lots")
    @Path("t/{tenant}/bidding-lots")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Lots {

        @Inject
        Biddings biddings;

        public record LotBody(Long villageId, Long matterId, String title, String description, String unit, BigDecimal quantity,
                              BigDecimal reservePrice) {
        }

        @GET
        public List<Biddings.LotView> list(@QueryParam("village") Long village, @QueryParam("status") String status) {
            return biddings.lots(village, enumOf(LotStatus.class, status, "error.decision.status"));
        }

        @GET
        @Path("{id}")
        public Biddings.LotView get(@PathParam("id") long id) {
            return biddings.lot(id);
        }

        @POST
        public Response register(LotBody body) {
            if (body == null || body.villageId() == null) {
                throw new DomainException("error.decision.village");
            }
            return created(biddings.register(body.villageId(), body.matterId(), body.title(), body.description(), body.unit(),
                    body.quantity(), body.reservePrice()));
        }

        @POST
        @Path("{id}/close")
        public Biddings.LotView close(@PathParam("id") long id) {
            return biddings.close(id);
        }
    }

    /** Bidders of a lot ({@code ?lot=}): {@code POST {lotId, name, idNumber, phone?}}. */
    @Tag(name = "bidders", description = "Bidders of a lot (?lot=)")
    @Path("t/{tenant}/bidders")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Bidders {

        @Inject
        Biddings biddings;

        public record BidderBody(Long lotId, String name, String idNumber, String phone) {
        }

        @GET
        public List<Biddings.BidderView> list(@QueryParam("lot") Long lot) {
            return lot == null ? List.of() : biddings.bidders(lot);
        }

        @GET
        @Path("{id}")
        public Biddings.BidderView get(@PathParam("id") long id) {
            return biddings.bidder(id);
        }

        @POST
        public Response register(BidderBody body) {
            if (body == null || body.lotId() == null) {
                throw new DomainException("error.bidding.lot");
            }
            return created(biddings.registerBidder(body.lotId(), body.name(), body.idNumber(), body.phone()));
        }
    }

    /** Bids of a lot ({@code ?lot=}): {@code POST {lotId, bidderId, round, amount}}; 400 below the reserve, 409 out of round. */
    @Tag(name = "bids", description = "Bids of a lot (?lot=)")
    @Path("t/{tenant}/bids")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Bids {

        @Inject
        Biddings biddings;

        public record BidBody(Long lotId, Long bidderId, Integer round, BigDecimal amount) {
        }

        @GET
        public List<Biddings.BidView> list(@QueryParam("lot") Long lot) {
            return lot == null ? List.of() : biddings.bids(lot);
        }

        @GET
        @Path("{id}")
        public Biddings.BidView get(@PathParam("id") long id) {
            return biddings.bidOf(id);
        }

        @POST
        public Response record(BidBody body) {
            if (body == null || body.lotId() == null) {
                throw new DomainException("error.bidding.lot");
            }
            if (body.bidderId() == null) {
                throw new DomainException("error.bidding.notRegistered");
            }
            return created(biddings.bid(body.lotId(), body.bidderId(), body.round() == null ? 1 : body.round(), body.amount()));
        }
    }

    /**
     * Contracts: {@code POST {villageId?, title?, partyA?, partyB?, amount?, startDate, endDate, matterId?, lotId?}} (from
     * an awarded lot the missing fields are pre-filled); {@code GET expiring?days=} (default 30); {@code POST {id}/end}.
     */
    @Tag(name = "contracts", description = "Contracts")
    @Path("t/{tenant}/contracts")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ContractResource {

        @Inject
        Contracts contracts;

        public record ContractBody(Long villageId, String title, String partyA, String partyB, BigDecimal amount, String startDate,
                                   String endDate, Long matterId, Long lotId) {
        }

        @GET
        public List<Contracts.ContractView> list(@QueryParam("village") Long village) {
            return contracts.contracts(village);
        }

        @GET
        @Path("expiring")
        public List<Contracts.ContractView> expiring(@QueryParam("days") Integer days) {
            return contracts.expiring(days);
        }

        @GET
        @Path("draft")
        public Contracts.Draft draft(@QueryParam("lot") Long lot) {
            if (lot == null) {
                throw new DomainException("error.bidding.lot");
            }
            return contracts.draftFrom(lot);
        }

        @GET
        @Path("{id}")
        public Contracts.ContractView get(@PathParam("id") long id) {
            return contracts.contract(id);
        }

        @POST
        public Response register(ContractBody body) {
            if (body == null) {
                throw new DomainException("error.contract.parties");
            }
            return created(contracts.register(new Contracts.Form(body.villageId(), body.title(), body.partyA(), body.partyB(),
                    body.amount(), date(body.startDate(), "error.decision.date"), date(body.endDate(), "error.decision.date"), body.matterId(), body.lotId())));
        }

        @POST
        @Path("{id}/end")
        public Contracts.ContractView end(@PathParam("id") long id) {
            return contracts.end(id);
        }
    }
}
