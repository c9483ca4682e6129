package cn.xiangzhi.rating.api;

import cn.xiangzhi.rating.application.Campaigns;
import cn.xiangzhi.rating.application.ConsequenceRules;
import cn.xiangzhi.rating.application.RatingViews;
import cn.xiangzhi.shared.web.ApiInput;
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

/** The rows of a rating: subjects (and their breaches), the tenant's bottom lines and consequence rules, the vote ledger, problems and promises. */
public final class RatingRecordsResource {

    private RatingRecordsResource() {
    }

    public record BreachBody(Long bottomLineId, String note) {
    }

    public record BottomLineBody(String code, String name) {
    }

    public record ConsequenceBody(String name, Integer starsFrom, Integer starsTo, Integer years, Boolean rise) {
    }

    public record ProblemBody(Long subjectId, String problem, String promise, String dueOn) {
    }

    public record DoneBody(String evidence) {
    }

    /** {@code GET ?campaign=}, {@code GET {id}}, {@code POST {id}/breach {bottomLineId, note}} (null clears). */
    @Tag(name = "rating-subjects", description = "Branches and members rated in a campaign, and the bottom lines they broke")
    @Path("t/{tenant}/rating-subjects")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Subjects {
        @Inject
        Campaigns campaigns;

        @GET
        public List<RatingViews.SubjectView> list(@QueryParam("campaign") Long campaign) {
            return campaigns.subjects(campaign);
        }

        @GET
        @Path("{id}")
        public RatingViews.SubjectView get(@PathParam("id") long id) {
            return campaigns.subject(id);
        }

        @POST
        @Path("{id}/breach")
        public RatingViews.SubjectView breach(@PathParam("id") long id, BreachBody body) {
            BreachBody b = ApiInput.required(body);
            return campaigns.breach(id, b.bottomLineId(), b.note());
        }
    }

    /** {@code GET}, {@code GET {id}}, {@code POST {code, name}}, {@code POST defaults}. */
    @Tag(name = "rating-bottom-lines", description = "The tenant's bottom-line rules: breaking one forbids five stars")
    @Path("t/{tenant}/rating-bottom-lines")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class BottomLines {
        @Inject
        Campaigns campaigns;

        @GET
        public List<RatingViews.BottomLineView> list() {
            return campaigns.bottomLines();
        }

        @GET
        @Path("{id}")
        public RatingViews.BottomLineView get(@PathParam("id") long id) {
            return campaigns.bottomLine(id);
        }

        @POST
        public Response add(BottomLineBody body) {
            BottomLineBody b = ApiInput.required(body);
            return created(campaigns.addBottomLine(b.code(), b.name()));
        }

        @POST
        @Path("defaults")
        public List<RatingViews.BottomLineView> defaults() {
            return campaigns.addDefaultBottomLines();
        }
    }

    /** {@code GET}, {@code GET {id}}, {@code POST {name, starsFrom, starsTo, years, rise}}, {@code DELETE {id}}, {@code POST defaults}. */
    @Tag(name = "rating-consequence-rules", description = "The tenant's consequences of a rating's results (bonus, talk, rectification, a new secretary)")
    @Path("t/{tenant}/rating-consequence-rules")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Consequences {
        @Inject
        ConsequenceRules rules;

        @GET
        public List<RatingViews.ConsequenceView> list() {
            return rules.rules();
        }

        @GET
        @Path("{id}")
        public RatingViews.ConsequenceView get(@PathParam("id") long id) {
            return rules.rule(id);
        }

        @POST
        public Response add(ConsequenceBody body) {
            ConsequenceBody c = ApiInput.required(body);
            return created(rules.add(c.name(), c.starsFrom(), c.starsTo(), c.years(), c.rise()));
        }

        @DELETE
        @Path("{id}")
        public Response remove(@PathParam("id") long id) {
            rules.remove(id);
            return Response.noContent().build();
        }

        @POST
        @Path("defaults")
        public List<RatingViews.ConsequenceView> defaults() {
            return rules.addDefaults();
        }
    }

    /** The vote ledger, never naming raters: {@code GET ?campaign=}, {@code GET {id}}. */
    @Tag(name = "rating-votes", description = "The ballots of rating campaigns as stored (append-only)")
    @Path("t/{tenant}/rating-votes")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Votes {
        @Inject
        Campaigns campaigns;

        @GET
        public List<RatingViews.VoteView> list(@QueryParam("campaign") Long campaign) {
            return campaigns.votes(campaign);
        }

        @GET
        @Path("{id}")
        public RatingViews.VoteView get(@PathParam("id") long id) {
            return campaigns.vote(id);
        }
    }

    /** {@code GET ?campaign=}, {@code GET {id}}, {@code POST {subjectId, problem, promise, dueOn}}, {@code POST {id}/done {evidence}}. */
    @Tag(name = "rating-problems", description = "Problems a rating found, with the branch's promise, published until done")
    @Path("t/{tenant}/rating-problems")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Problems {
        @Inject
        Campaigns campaigns;

        @GET
        public List<RatingViews.ProblemView> list(@QueryParam("campaign") Long campaign) {
            return campaigns.problems(campaign);
        }

        @GET
        @Path("{id}")
        public RatingViews.ProblemView get(@PathParam("id") long id) {
            return campaigns.problem(id);
        }

        @POST
        public Response add(ProblemBody body) {
            ProblemBody p = ApiInput.required(body);
            return created(campaigns.addProblem(ApiInput.required(p.subjectId(), "error.rating.subject"), p.problem(), p.promise(), p.dueOn()));
        }

        @POST
        @Path("{id}/done")
        public RatingViews.ProblemView done(@PathParam("id") long id, DoneBody body) {
            return campaigns.problemDone(id, ApiInput.required(body).evidence());
        }
    }
}
