package cn.xiangzhi.points.api;

import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.points.application.PointsCatalogue;
import cn.xiangzhi.points.application.PointsExpiry;
import cn.xiangzhi.points.application.PointsExports;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.points.application.PointsMonths;
import cn.xiangzhi.points.application.PointsRecording;
import cn.xiangzhi.points.application.PointsScores;
import cn.xiangzhi.points.application.PointsSettings;
import cn.xiangzhi.points.application.PointsViews.ItemView;
import cn.xiangzhi.points.application.PointsViews.LineView;
import cn.xiangzhi.points.application.PointsViews.ProposalView;
import cn.xiangzhi.points.application.Restrictions;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.xiangzhi.shared.web.ApiInput.created;
import static cn.xiangzhi.shared.web.ApiInput.required;

/** The points context over REST: catalogue, proposals and their decisions, the ledger, rules, negative list, exports. */
public final class PointsResources {

    private PointsResources() {
    }


    @Tag(name = "points-items", description = "The points context over REST")
    @Path("t/{tenant}/points-items")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Items {
        @Inject
        PointsCatalogue catalogue;

        @GET
        public List<ItemView> list(@QueryParam("active") @DefaultValue("false") boolean active) {
            return catalogue.items(active);
        }

        @GET
        @Path("{id}")
        public ItemView get(@PathParam("id") long id) {
            return catalogue.item(id);
        }

        @POST
        public Response add(PointsCatalogue.ItemForm body) {
            return created(catalogue.add(required(body)));
        }

        @PUT
        @Path("{id}")
        public ItemView update(@PathParam("id") long id, PointsCatalogue.ItemForm body) {
            return catalogue.update(id, required(body));
        }

        /** Items are retired, not deleted: ledger lines name them. */
        @Operation(summary = "Items are retired, not deleted")
        @DELETE
        @Path("{id}")
        public ItemView retire(@PathParam("id") long id) {
            return catalogue.retire(id);
        }
    }

    @Tag(name = "points-proposals", description = "The points context over REST")
    @Path("t/{tenant}/points-proposals")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Proposals {
        @Inject
        PointsRecording recording;

        public record Ids(List<Long> ids) {
        }

        public record Rejection(long id, String reason) {
        }

        public record Rejections(List<Rejection> rejections) {
        }

        @GET
        public List<ProposalView> list(@QueryParam("month") String month, @QueryParam("status") ProposalStatus status) {
            return recording.proposals(month, status);
        }

        @GET
        @Path("{id}")
        public ProposalView get(@PathParam("id") long id) {
            return recording.proposal(id);
        }

        @POST
        public Response propose(PointsRecording.Recording body) {
            return created(recording.propose(required(body)));
        }

        @POST
        @Path("confirm")
        public Map<String, Integer> confirm(Ids body) {
            return Map.of("confirmed", recording.confirm(required(required(body).ids())));
        }

        @POST
        @Path("reject")
        public Map<String, Integer> reject(Rejections body) {
            Map<Long, String> reasons = new LinkedHashMap<>();
            required(required(body).rejections()).forEach(r -> reasons.put(r.id(), r.reason()));
            return Map.of("rejected", recording.reject(reasons));
        }
    }

    @Tag(name = "points-lines", description = "The points context over REST")
    @Path("t/{tenant}/points-lines")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Lines {
        @Inject
        PointsRecording recording;

        @Inject
        PointsMonths months;

        public record Reversal(String reason) {
        }

        /** A household's ledger (oldest first), or without {@code household} the latest lines in scope. */
        @Operation(summary = "A household's ledger (oldest first), or without household the latest lines in scope")
        @GET
        public List<LineView> list(@QueryParam("household") Long household, @QueryParam("max") @DefaultValue("100") int max) {
            return household == null ? recording.latestLines(max) : recording.ledger(household);
        }

        @GET
        @Path("{id}")
        public LineView get(@PathParam("id") long id) {
            return recording.line(id);
        }

        @GET
        @Path("balance")
        public PointsMonths.Balance balance(@QueryParam("household") long household) {
            return months.balance(household);
        }

        @Inject
        PointsExports exports;

        /** A village's ledger lines as Excel, of one month or (without {@code month}) of all. */
        @Operation(summary = "A village's ledger lines as Excel, of one month or (without month) of all")
        @GET
        @Path("export.xlsx")
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response export(@QueryParam("villageId") Long villageId, @QueryParam("month") String month) {
            return download(exports.ledger(required(villageId), month));
        }

        @POST
        @Path("{id}/reversal")
        public Response reverse(@PathParam("id") long id, Reversal body) {
            return created(recording.reverse(id, required(body).reason()));
        }
    }

    @Tag(name = "points-months", description = "The points context over REST")
    @Path("t/{tenant}/points-months")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class PublishedMonths {
        @Inject
        PointsMonths months;

        public record Closing(Long villageId, String month, Integer objectionDays) {
        }

        @GET
        public List<PointsMonths.MonthView> list() {
            return months.months();
        }

        @GET
        @Path("{id}")
        public PointsMonths.MonthView get(@PathParam("id") long id) {
            return months.month(id);
        }

        @GET
        @Path("{id}/publication")
        public PointsMonths.Publication publication(@PathParam("id") long id) {
            return months.publication(id);
        }

        /** Closes a village's month (200 with the closed month, also when it was closed already). */
        @Operation(summary = "Closes a village's month (200 with the closed month, also when it was closed already)")
        @POST
        public PointsMonths.MonthView close(Closing body) {
            Closing closing = required(body);
            return months.close(required(closing.villageId()), closing.month(), closing.objectionDays());
        }
    }

    @Tag(name = "points-month-totals", description = "The points context over REST")
    @Path("t/{tenant}/points-month-totals")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class MonthTotals {
        @Inject
        PointsScores scores;

        /** A household's scored points per month (oldest first), or without {@code household} the latest in scope. */
        @Operation(summary = "A household's scored points per month (oldest first), or without household the latest in scope")
        @GET
        public List<PointsScores.MonthTotalView> list(@QueryParam("household") Long household,
                                                      @QueryParam("max") @DefaultValue("100") int max) {
            return scores.monthTotals(household, max);
        }

        @GET
        @Path("{id}")
        public PointsScores.MonthTotalView get(@PathParam("id") long id) {
            return scores.monthTotal(id);
        }
    }

    @Tag(name = "points-objections", description = "The points context over REST")
    @Path("t/{tenant}/points-objections")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Objections {
        @Inject
        PointsMonths months;

        public record Raising(Long lineId, String reason) {
        }

        public record Resolution(boolean uphold, String resolution) {
        }

        @GET
        public List<PointsMonths.ObjectionView> list(@QueryParam("status") Objection.Status status) {
            return months.objections(status);
        }

        @GET
        @Path("{id}")
        public PointsMonths.ObjectionView get(@PathParam("id") long id) {
            return months.objection(id);
        }

        @POST
        public Response raise(Raising body) {
            Raising raising = required(body);
            return Response.status(Response.Status.CREATED).entity(months.object(required(raising.lineId()), raising.reason())).build();
        }

        @POST
        @Path("{id}/resolution")
        public PointsMonths.ObjectionView resolve(@PathParam("id") long id, Resolution body) {
            return months.resolve(id, required(body).uphold(), body.resolution());
        }
    }

    @Tag(name = "points-scores", description = "The points context over REST")
    @Path("t/{tenant}/points-scores")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Scores {
        @Inject
        PointsScores scores;

        /** A village's household, grid and leader scores of a month. */
        @Operation(summary = "A village's household, grid and leader scores of a month")
        @GET
        public PointsScores.MonthScores of(@QueryParam("village") Long village, @QueryParam("month") String month) {
            return scores.of(required(village), month);
        }

        /** A village's quarterly ranking of its grids of one level, e.g. {@code ?village=…&quarter=2026-Q4&level=HOUSEHOLD_GROUP}. */
        @Operation(summary = "A village's quarterly ranking of its grids of one level, e.g")
        @GET
        @Path("ranking")
        public PointsScores.QuarterRanking ranking(@QueryParam("village") Long village, @QueryParam("quarter") String quarter,
                                                   @QueryParam("level") GridLevel level) {
            return scores.ranking(required(village), quarter, level);
        }

        public record Award(Long villageId, String quarter, GridLevel level) {
        }

        /** Writes the ranking's bonus lines once; again it returns the same award. */
        @Operation(summary = "Writes the ranking's bonus lines once; again it returns the same award")
        @POST
        @Path("ranking/award")
        @Consumes(MediaType.APPLICATION_JSON)
        public PointsScores.AwardView award(Award body) {
            Award award = required(body);
            return scores.award(required(award.villageId()), award.quarter(), award.level());
        }

        @GET
        @Path("ranking/award/{id}")
        public PointsScores.AwardView awardOf(@PathParam("id") long id) {
            return scores.awardOf(id);
        }

        @GET
        @Path("ranking/award")
        public List<PointsScores.AwardView> awards() {
            return scores.awards();
        }

        @Inject
        PointsExports exports;

        /** The month's scores as Excel: a households sheet and a grids sheet. */
        @Operation(summary = "The month's scores as Excel")
        @GET
        @Path("export.xlsx")
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response export(@QueryParam("villageId") Long villageId, @QueryParam("month") String month) {
            return download(exports.scores(required(villageId), month));
        }

        /** The quarter's ranking as Excel: one sheet per grid level. */
        @Operation(summary = "The quarter's ranking as Excel")
        @GET
        @Path("ranking/export.xlsx")
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response exportRanking(@QueryParam("villageId") Long villageId, @QueryParam("quarter") String quarter) {
            return download(exports.ranking(required(villageId), quarter));
        }
    }

    static Response download(Workbook export) {
        return Downloads.xlsx(export);
    }

    /** The tenant's points rules: one object; {@code PUT} replaces all of them (tenant admin). */
    @Tag(name = "points-rules", description = "The tenant's points rules")
    @Path("t/{tenant}/points-rules")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Rules {
        @Inject
        PointsSettings settings;

        @GET
        public PointsSettings.RulesView get() {
            return settings.get();
        }

        @GET
        @Path("{id}")
        public PointsSettings.RulesView get(@PathParam("id") long id) {
            return settings.get(id);
        }

        @PUT
        public PointsSettings.RulesView update(PointsRules.Values body) {
            return settings.update(required(body));
        }
    }

    /** Expiry runs: the list, and a run now for this month or an earlier one (tenant admin; safe to repeat). */
    @Tag(name = "points-expiry-runs", description = "Expiry runs")
    @Path("t/{tenant}/points-expiry-runs")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ExpiryRuns {
        @Inject
        PointsExpiry expiry;

        public record Running(String month) {
        }

        @GET
        public List<PointsExpiry.RunView> list() {
            return expiry.runs();
        }

        @GET
        @Path("{id}")
        public PointsExpiry.RunView get(@PathParam("id") long id) {
            return expiry.run(id);
        }

        @POST
        public Response run(Running body) {
            return created(expiry.run(body == null ? null : body.month()));
        }
    }

    /** The negative list: restrictions are placed and lifted, never changed or deleted. */
    @Tag(name = "household-restrictions", description = "The negative list")
    @Path("t/{tenant}/household-restrictions")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class HouseholdRestrictions {
        @Inject
        Restrictions restrictions;

        public record Lifting(String reason) {
        }

        /** Restrictions not lifted and not over, of a household, a village, or everything in scope. */
        @Operation(summary = "Restrictions not lifted and not over, of a household, a village, or everything in scope")
        @GET
        public List<Restrictions.RestrictionView> list(@QueryParam("household") Long household, @QueryParam("village") Long village) {
            return restrictions.active(household, village);
        }

        @GET
        @Path("{id}")
        public Restrictions.RestrictionView get(@PathParam("id") long id) {
            return restrictions.get(id);
        }

        @POST
        public Response place(Restrictions.Placing body) {
            return created(restrictions.place(required(body)));
        }

        @POST
        @Path("{id}/lifting")
        public Restrictions.RestrictionView lift(@PathParam("id") long id, Lifting body) {
            return restrictions.lift(id, required(body).reason());
        }
    }
}
