package cn.xiangzhi.points.api;

import cn.xiangzhi.points.application.HouseholdCards;
import cn.xiangzhi.points.application.HouseholdCards.CardView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/** Household cards over REST: a household's card (issue, reissue, revoke, print), the village sheet, verification. */
public final class HouseholdCardResources {

    private static final String PDF = "application/pdf";

    private HouseholdCardResources() {
    }

    /** A reason for a reissue or a revocation. */
    public record Reason(String reason) {
    }

    @Tag(name = "household-cards", description = "Household cards over REST")
    @Path("t/{tenant}/households/{household}/card")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Card {
        @Inject
        HouseholdCards cards;

        @PathParam("household")
        long household;

        /** The valid card (null when none) and the history. */
        @Operation(summary = "The valid card (null when none) and the history")
        @GET
        public HouseholdCards.Cards get() {
            return cards.cards(household);
        }

        /** Without a reason: issues the first (or next) card; with one: revokes the valid card and issues the next. */
        @Operation(summary = "Without a reason")
        @POST
        public Response issue(Reason body) {
            CardView card = body == null || body.reason() == null ? cards.issue(household) : cards.reissue(household, body.reason());
            return created(card);
        }

        /** Revokes the valid card; the reason comes in the body or as {@code ?reason=}. */
        @Operation(summary = "Revokes the valid card; the reason comes in the body or as ?reason=")
        @DELETE
        public CardView revoke(@QueryParam("reason") String reason, Reason body) {
            return cards.revoke(household, body != null && body.reason() != null ? body.reason() : reason);
        }

        @GET
        @Path("qr.png")
        @Produces("image/png")
        public Response qr() {
            return Response.ok(cards.qrPng(household), "image/png").build();
        }

        @GET
        @Path("card.pdf")
        @Produces(PDF)
        public Response pdf() {
            return Response.ok(cards.pdf(household), PDF)
                    .header("Content-Disposition", "inline; filename=\"household-card-" + household + ".pdf\"").build();
        }
    }

    @Tag(name = "household-cards", description = "Household cards over REST")
    @Path("t/{tenant}/household-cards")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Cards {
        @Inject
        HouseholdCards cards;

        @GET
        public List<CardView> list(@QueryParam("village") Long village, @QueryParam("max") @DefaultValue("100") int max) {
            return cards.list(village, max);
        }

        @GET
        @Path("{id}")
        public CardView get(@PathParam("id") long id) {
            return cards.card(id);
        }

        /** The scanned text as the body (what a USB scanner typed); 200 with the household, or 4xx with the reason. */
        @Operation(summary = "The scanned text as the body (what a USB scanner typed); 200 with the household, or 4xx with the reason")
        @POST
        @Path("verification")
        @Consumes({MediaType.TEXT_PLAIN, MediaType.WILDCARD})
        public HouseholdCards.Verified verify(String scanned) {
            return cards.verify(scanned);
        }

        public record Scan(String text) {
        }

        /** The same with a JSON body {@code {"text": "XZ1.…"}}. */
        @Operation(summary = "The same with a JSON body {\"text\"")
        @POST
        @Path("verification")
        @Consumes(MediaType.APPLICATION_JSON)
        public HouseholdCards.Verified verifyJson(Scan body) {
            return cards.verify(body == null ? null : body.text());
        }
    }

    /** A village's valid cards on A4 sheets, ten to a page: {@code ?villageId=}. */
    @Tag(name = "household-cards", description = "Household cards over REST")
    @Path("t/{tenant}/household-cards.pdf")
    @RequestScoped
    public static class VillageSheet {
        @Inject
        HouseholdCards cards;

        @GET
        @Produces(PDF)
        public Response pdf(@QueryParam("villageId") long villageId) {
            return Response.ok(cards.villagePdf(villageId), PDF)
                    .header("Content-Disposition", "inline; filename=\"household-cards-" + villageId + ".pdf\"").build();
        }
    }
}
