package cn.xiangzhi.liaison.api;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.liaison.application.LiaisonImport;
import cn.xiangzhi.liaison.application.LiaisonReports;
import cn.xiangzhi.liaison.application.LiaisonSettings;
import cn.xiangzhi.liaison.application.Liaisons;
import cn.xiangzhi.liaison.application.Visits;
import cn.xiangzhi.liaison.domain.LiaisonKind;
import cn.xiangzhi.liaison.domain.LiaisonRules;
import cn.xiangzhi.liaison.domain.LiaisonVisit;
import cn.xiangzhi.liaison.domain.VisitPhoto;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.ApiInput;
import cn.xiangzhi.shared.web.Downloads;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Liaison duties over REST (issue 18): liaisons and their households, visits with their photos and the
 * requests found on them, the household archive, coverage and appraisal, and the tenant's rules.
 * Every refusal is a 4xx whose {@code error} names the field or the limit.
 */
public final class LiaisonResources {

    private LiaisonResources() {
    }

    /** {@code GET ?village=}, {@code GET {id}}, {@code POST {villageId, kind, residentId | partyMemberId, mentorId}}. */
    @Tag(name = "liaisons", description = "Lane chiefs, household liaisons, committee members and party members who look after households")
    @Path("t/{tenant}/liaisons")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class People {

        @Inject
        Liaisons liaisons;

        public record LiaisonBody(Long villageId, String kind, Long residentId, Long partyMemberId, Long mentorId) {
        }

        @GET
        public List<Liaisons.LiaisonView> list(@QueryParam("village") Long village) {
            return liaisons.liaisons(village);
        }

        @GET
        @Path("{id}")
        public Liaisons.LiaisonView get(@PathParam("id") long id) {
            return liaisons.liaison(id);
        }

        @POST
        public Response add(LiaisonBody body) {
            LiaisonBody b = ApiInput.required(body);
            return created(liaisons.add(b.villageId(), ApiInput.enumOf(LiaisonKind.class, b.kind(), "error.liaison.kind"), b.residentId(),
                    b.partyMemberId(), b.mentorId()));
        }
    }

    /** {@code GET ?liaison=&village=}, {@code GET {id}}, {@code POST {liaisonId, householdId}} (409 beyond the limit), {@code DELETE {id}}. */
    @Tag(name = "liaison-assignments", description = "Households assigned to liaisons, within the tenant's limits")
    @Path("t/{tenant}/liaison-assignments")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Assignments {

        /** The largest import file. */
        static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;

        @Inject
        Liaisons liaisons;

        @Inject
        LiaisonImport imports;

        public record AssignmentBody(Long liaisonId, Long householdId) {
        }

        @GET
        public List<Liaisons.AssignmentView> list(@QueryParam("liaison") Long liaison, @QueryParam("village") Long village) {
            return liaisons.assignments(liaison, village);
        }

        @GET
        @Path("{id}")
        public Liaisons.AssignmentView get(@PathParam("id") long id) {
            return liaisons.assignment(id);
        }

        @POST
        public Response assign(AssignmentBody body) {
            AssignmentBody b = ApiInput.required(body);
            return created(liaisons.assign(b.liaisonId(), b.householdId()));
        }

        @DELETE
        @Path("{id}")
        public Response unassign(@PathParam("id") long id) {
            liaisons.unassign(id);
            return Response.noContent().build();
        }

        /**
         * Assignments from a spreadsheet (the raw .xlsx or .csv as the body; columns 户编号, 联户人户编号, 联户人, 身份):
         * 200 with what was (with {@code dryRun=true}: would be) added, or 422 with every problem by row, nothing written.
         */
        @POST
        @Path("import")
        @Consumes(MediaType.WILDCARD)
        public Response importFile(@QueryParam("name") @DefaultValue("assignments") String name,
                                   @QueryParam("dryRun") @DefaultValue("false") boolean dryRun, InputStream body) throws IOException {
            byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_IMPORT_BYTES + 1);
            if (content.length > MAX_IMPORT_BYTES) {
                throw new DomainException("error.liaisonImport.tooLarge", MAX_IMPORT_BYTES / (1024 * 1024));
            }
            LiaisonImport.Result result = imports.run(name, content, dryRun);
            return Response.status(result.problems().isEmpty() ? 200 : 422).entity(result).build();
        }

        /** The households of a village without a liaison ({@code ?village=} required). */
        @GET
        @Path("unassigned")
        public List<Liaisons.HouseholdLine> unassigned(@QueryParam("village") Long village) {
            return liaisons.unassigned(ApiInput.required(village, "error.liaison.village", ""));
        }
    }

    /**
     * {@code GET ?household=&liaison=}, {@code GET {id}}, {@code POST {householdId, visitedOn, notes, confirmation}},
     * {@code POST {id}/photos?name=} (the image as the body), {@code POST {id}/requests {kind, matterType, description, handler}}.
     */
    @Tag(name = "liaison-visits", description = "Visits to households with the household's confirmation, photos and requests found")
    @Path("t/{tenant}/liaison-visits")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class VisitResource {

        @Inject
        Visits visits;

        public record VisitBody(Long householdId, String visitedOn, String notes, String confirmation) {
        }

        public record RequestBody(String kind, String matterType, String description, String handler) {
        }

        @GET
        public List<Visits.VisitView> list(@QueryParam("household") Long household, @QueryParam("liaison") Long liaison) {
            return visits.visits(household, liaison);
        }

        @GET
        @Path("{id}")
        public Visits.VisitView get(@PathParam("id") long id) {
            return visits.visit(id);
        }

        @POST
        public Response record(VisitBody body) {
            VisitBody b = ApiInput.required(body);
            return created(visits.record(b.householdId(), ApiInput.date(b.visitedOn(), "error.visit.visitedOn", b.visitedOn(),
                    LiaisonVisit.MAX_DAYS_BACK), b.notes(), b.confirmation()));
        }

        /** A photo of the visit (JPEG, PNG, WebP; 5 MB; four per visit) as the body. */
        @POST
        @Path("{id}/photos")
        @Consumes(MediaType.WILDCARD)
        public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
            // at most one byte more than allowed: a huge body is refused without filling the heap
            byte[] content = body == null ? new byte[0] : body.readNBytes(VisitPhoto.MAX_BYTES + 1);
            return created(visits.attach(id, name, content));
        }

        @GET
        @Path("{id}/photos/{photo}")
        @Produces(MediaType.WILDCARD)
        public Response photo(@PathParam("id") long id, @PathParam("photo") long photo) {
            Visits.Download file = visits.photo(id, photo);
            return Downloads.inline(file.contentType(), file.fileName(), file.content());
        }

        /** Raises a request found on the visit: a citizen service request due after the tenant's days for its kind. */
        @POST
        @Path("{id}/requests")
        public Response raise(@PathParam("id") long id, RequestBody body) {
            RequestBody b = ApiInput.required(body);
            return created(visits.raise(id, ApiInput.enumOf(RequestKind.class, b.kind(), "error.serviceRequest.kind"), b.matterType(),
                    b.description(), b.handler()));
        }
    }

    /** The photos of the visits ({@code ?visit=}): what they are, without their bytes; added through the visit. */
    @Tag(name = "liaison-visit-photos", description = "The photos of the visits (?visit=); read only")
    @Path("t/{tenant}/liaison-visit-photos")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Photos {

        @Inject
        Visits visits;

        @GET
        public List<Visits.PhotoView> list(@QueryParam("visit") Long visit) {
            return visit == null ? List.of() : visits.photos(visit);
        }

        @GET
        @Path("{id}")
        public Visits.PhotoView get(@PathParam("id") long id) {
            return visits.photoInfo(id);
        }
    }

    /**
     * {@code GET {householdId}}: the household archive (民情日记); {@code POST {householdId}/requests/{id}/confirmation
     * {digits}}: the household confirms a request solved with the last four digits of the head's phone.
     */
    @Tag(name = "household-archives", description = "A household's people, liaison, visits, requests, points and restrictions")
    @Path("t/{tenant}/household-archives")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Archives {

        @Inject
        Visits visits;

        public record ConfirmationBody(String digits) {
        }

        @GET
        @Path("{household}")
        public Visits.Archive get(@PathParam("household") long household) {
            return visits.archive(household);
        }

        @POST
        @Path("{household}/requests/{id}/confirmation")
        public ServiceRequests.RequestView confirm(@PathParam("household") long household, @PathParam("id") long id,
                                                   ConfirmationBody body) {
            return visits.confirmSolved(household, id, ApiInput.required(body).digits());
        }
    }

    /**
     * {@code GET /coverage?month=}: the month's coverage per village and liaison; {@code GET /appraisal?quarter=2026-Q4}
     * and {@code GET /appraisal/export}: the quarter's ranking, as JSON or Excel; {@code GET /requests?overdue=}: requests
     * found on visits of the reader's scope.
     */
    @Tag(name = "liaison-reports", description = "Monthly coverage, quarterly appraisal and the requests found on visits")
    @Path("t/{tenant}/liaison-reports")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Reports {

        @Inject
        LiaisonReports reports;

        @Inject
        ServiceRequests requests;

        @GET
        @Path("coverage")
        public LiaisonReports.CoverageReport coverage(@QueryParam("month") String month) {
            return reports.coverage(month);
        }

        @GET
        @Path("appraisal")
        public LiaisonReports.AppraisalReport appraisal(@QueryParam("quarter") String quarter) {
            return reports.appraisal(quarter);
        }

        @GET
        @Path("appraisal/export")
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response export(@QueryParam("quarter") String quarter) {
            return Downloads.xlsx(reports.appraisalWorkbook(quarter, Enum::name));
        }

        @GET
        @Path("requests")
        public List<ServiceRequests.RequestView> requests(@QueryParam("overdue") boolean overdue) {
            return requests.foundOnVisits(Access.require(Permission.LIAISON_VIEW).scopePath(), overdue, 500);
        }
    }

    /** The tenant's liaison rules: {@code GET} (the one object), {@code GET {id}}, {@code PUT} all of them at once. */
    @Tag(name = "liaison-rules", description = "Households per liaison, 初心三人行 ranges and the days to a request's deadline per kind")
    @Path("t/{tenant}/liaison-rules")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Rules {

        @Inject
        LiaisonSettings settings;

        @GET
        public LiaisonSettings.RulesView get() {
            return settings.get();
        }

        @GET
        @Path("{id}")
        public LiaisonSettings.RulesView get(@PathParam("id") long id) {
            return settings.get(id);
        }

        @PUT
        public LiaisonSettings.RulesView update(LiaisonRules.Values values) {
            return settings.update(values);
        }
    }
}
