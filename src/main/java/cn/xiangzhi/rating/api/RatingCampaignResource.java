package cn.xiangzhi.rating.api;

import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.rating.application.CampaignTrails;
import cn.xiangzhi.rating.application.Campaigns;
import cn.xiangzhi.rating.application.ConsequenceRules;
import cn.xiangzhi.rating.application.RatingReports;
import cn.xiangzhi.rating.application.RatingViews;
import cn.xiangzhi.rating.domain.StarScale;
import cn.xiangzhi.rating.domain.SubjectKind;
import cn.xiangzhi.rating.domain.Weights;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.ApiInput;
import cn.xiangzhi.shared.web.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Rating campaigns: {@code GET}, {@code GET {id}}, {@code POST} books one
 * ({@code {title, kind, villageIds, questions, scale, weights:{self,peer,pub,superior}, stars:{five,four,three,two}, opensAt, closesAt}});
 * {@code GET {id}/results} computed from the vote ledger; {@code GET {id}/tokens?village=} the households'
 * printed tokens; {@code POST {id}/votes {subjectId, answers, comment}} a signed-in superior's or peer's vote;
 * {@code GET {id}/qr.png?village=&subject=} the QR code of the phone page (of a village's subjects or of one subject);
 * {@code GET {id}/poster.pdf?subject=} a poster of it; {@code GET {id}/consequences} the consequences list;
 * {@code GET {id}/results.xlsx}; {@code GET {id}/trail} the campaign's audit trail; {@code GET {id}/tokens.pdf?village=} the slips to print; {@code GET subjects/{subject}/report.pdf}.
 */
@Tag(name = "rating-campaigns", description = "Star rating by QR code: campaigns, results, tokens, staff votes")
@Path("t/{tenant}/rating-campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingCampaignResource {

    @Inject
    Campaigns campaigns;

    @Inject
    Ballots ballots;

    @Inject
    RatingReports reports;

    @Inject
    ConsequenceRules consequenceRules;

    @Inject
    CampaignTrails trails;

    public record CampaignBody(String title, String kind, List<Long> villageIds, List<String> questions, Integer scale, Weights weights,
                               StarScale stars, String opensAt, String closesAt) {
    }

    public record VoteBody(Long subjectId, List<String> answers, String comment) {
    }

    @GET
    public List<RatingViews.CampaignView> list() {
        return campaigns.campaigns();
    }

    @GET
    @Path("{id}")
    public RatingViews.CampaignView get(@PathParam("id") long id) {
        return campaigns.campaign(id);
    }

    @POST
    public Response book(CampaignBody body) {
        CampaignBody c = ApiInput.required(body);
        return created(campaigns.book(new Campaigns.CampaignForm(c.title(), ApiInput.enumOf(SubjectKind.class, c.kind(), "error.rating.subjectKind"),
                c.villageIds(), c.questions(), c.scale(), c.weights(), c.stars(), c.opensAt(), c.closesAt())));
    }

    @GET
    @Path("{id}/results")
    public RatingViews.Results results(@PathParam("id") long id) {
        return campaigns.results(id);
    }

    @GET
    @Path("{id}/tokens")
    public List<RatingViews.TokenSlip> tokens(@PathParam("id") long id, @QueryParam("village") Long village) {
        return campaigns.tokens(id, ApiInput.required(village, "error.rating.villages"));
    }

    @GET
    @Path("{id}/tokens.pdf")
    @Produces("application/pdf")
    public Response tokenSlips(@PathParam("id") long id, @QueryParam("village") Long village, @Context UriInfo uri) {
        return Downloads.inline("application/pdf", "rating-tokens-" + id + ".pdf",
                reports.slipsPdf(id, ApiInput.required(village, "error.rating.villages"), origin(uri)));
    }

    @POST
    @Path("{id}/votes")
    public RatingViews.Cast vote(@PathParam("id") long id, VoteBody body) {
        VoteBody v = ApiInput.required(body);
        return ballots.voteAsUser(id, ApiInput.required(v.subjectId(), "error.rating.subject"), v.answers(), v.comment());
    }

    @GET
    @Path("{id}/qr.png")
    @Produces("image/png")
    public Response qr(@PathParam("id") long id, @QueryParam("village") Long village, @QueryParam("subject") Long subject,
                       @Context UriInfo uri) {
        return Downloads.inline("image/png", "rating-" + id + ".png", reports.qrPng(id, village, subject, origin(uri)));
    }

    @GET
    @Path("{id}/poster.pdf")
    @Produces("application/pdf")
    public Response poster(@PathParam("id") long id, @QueryParam("subject") Long subject, @Context UriInfo uri) {
        return Downloads.inline("application/pdf", "rating-poster-" + id + ".pdf", reports.posterPdf(id, subject, origin(uri)));
    }

    @GET
    @Path("{id}/consequences")
    public List<RatingViews.ConsequenceLine> consequences(@PathParam("id") long id) {
        return consequenceRules.list(id);
    }

    @GET
    @Path("{id}/results.xlsx")
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    public Response resultsWorkbook(@PathParam("id") long id) {
        return Downloads.xlsx(consequenceRules.workbook(id));
    }

    @GET
    @Path("{id}/trail")
    public RatingViews.Trail trail(@PathParam("id") long id) {
        return trails.trail(id);
    }

    /** Scheme, host and context path of this server as the caller reached it. */
    private static String origin(UriInfo uri) {
        return uri.getBaseUri().toString().replaceFirst("/api/?$", "");
    }

    @GET
    @Path("subjects/{subject}/report.pdf")
    @Produces("application/pdf")
    public Response report(@PathParam("subject") long subject) {
        return Downloads.inline("application/pdf", "rating-report-" + subject + ".pdf", reports.reportPdf(subject));
    }
}
