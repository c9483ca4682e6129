package cn.xiangzhi.centres.api;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.application.TownshipDashboard;
import cn.xiangzhi.centres.domain.AssetKind;
import cn.xiangzhi.centres.domain.DisputeStatus;
import cn.xiangzhi.centres.domain.ListingStatus;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.web.Messages;
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
import java.util.Locale;

import static cn.xiangzhi.shared.web.ApiInput.created;
import static cn.xiangzhi.shared.web.ApiInput.date;
import static cn.xiangzhi.shared.web.ApiInput.enumOf;
import static cn.xiangzhi.shared.web.ApiInput.required;

/**
 * REST of the service centres and the township dashboard (all under {@code /api/t/{tenant}/}):
 * disputes and their sessions, service requests, the collective assets and their listings. Thin:
 * each call hands off to {@link Disputes}, {@link ServiceRequests}, {@link Assets} or {@link TownshipDashboard}.
 */
public final class CentreResources {

    private CentreResources() {
    }



    /**
     * Disputes: {@code POST {villageId, title, kind, parties: [..], mediator}} opens one;
     * {@code POST {id}/sessions {heldOn, attendees, notes}} records a session (409 once closed);
     * {@code POST {id}/outcome {status: RESOLVED|FAILED|REFERRED, agreement, on}} closes it.
     */
    @Tag(name = "disputes", description = "Disputes")
    @Path("t/{tenant}/disputes")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class DisputeResource {

        @Inject
        Disputes disputes;

        public record DisputeBody(Long villageId, String title, String kind, List<String> parties, String mediator) {
        }

        public record SessionBody(String heldOn, String attendees, String notes) {
        }

        public record OutcomeBody(String status, String agreement, String on) {
        }

        @GET
        public List<Disputes.DisputeView> list(@QueryParam("village") Long village, @QueryParam("status") String status) {
            return disputes.disputes(village, enumOf(DisputeStatus.class, status, "error.dispute.status"));
        }

        @GET
        @Path("{id}")
        public Disputes.DisputeView get(@PathParam("id") long id) {
            return disputes.dispute(id);
        }

        @POST
        public Response open(DisputeBody body) {
            if (body == null) {
                throw new DomainException("error.centre.village");
            }
            return created(disputes.open(required(body.villageId(), "error.centre.village"), body.title(), body.kind(),
                    body.parties(), body.mediator()));
        }

        @POST
        @Path("{id}/sessions")
        public Response session(@PathParam("id") long id, SessionBody body) {
            if (body == null) {
                throw new DomainException("error.dispute.date", (Object) null);
            }
            return created(disputes.holdSession(id, date(body.heldOn(), "error.decision.date"), body.attendees(), body.notes()));
        }

        @POST
        @Path("{id}/outcome")
        public Disputes.DisputeView outcome(@PathParam("id") long id, OutcomeBody body) {
            if (body == null) {
                throw new DomainException("error.dispute.outcome", (Object) null);
            }
            return disputes.close(id, enumOf(DisputeStatus.class, body.status(), "error.dispute.outcome"), body.agreement(),
                    date(body.on(), "error.decision.date"));
        }
    }

    /** The sessions of the disputes ({@code ?dispute=}); read only: recorded through the dispute. */
    @Tag(name = "dispute-sessions", description = "The sessions of the disputes (?dispute=); read only")
    @Path("t/{tenant}/dispute-sessions")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class SessionResource {

        @Inject
        Disputes disputes;

        @GET
        public List<Disputes.SessionView> list(@QueryParam("dispute") Long dispute) {
            return disputes.sessions(dispute);
        }

        @GET
        @Path("{id}")
        public Disputes.SessionView get(@PathParam("id") long id) {
            return disputes.session(id);
        }
    }

    /**
     * Service requests: {@code POST {villageId, applicant, phone, matterType, description, handler, receivedOn?, deadline?, days?}};
     * {@code POST {id}/status {status: IN_PROGRESS|DONE|REJECTED, handler?, reason?}}; {@code GET ?overdue=true}.
     */
    @Tag(name = "service-requests", description = "Service requests")
    @Path("t/{tenant}/service-requests")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class RequestResource {

        @Inject
        ServiceRequests requests;

        public record RequestBody(Long villageId, String applicant, String phone, String matterType, String description,
                                  String handler, String receivedOn, String deadline, Integer days) {
        }

        public record StatusBody(String status, String handler, String reason) {
        }

        @GET
        public List<ServiceRequests.RequestView> list(@QueryParam("village") Long village, @QueryParam("status") String status,
                                                      @QueryParam("overdue") boolean overdue) {
            return requests.requests(village, enumOf(ServiceRequestStatus.class, status, "error.serviceRequest.status"), overdue);
        }

        @GET
        @Path("{id}")
        public ServiceRequests.RequestView get(@PathParam("id") long id) {
            return requests.request(id);
        }

        @POST
        public Response receive(RequestBody body) {
            if (body == null) {
                throw new DomainException("error.centre.village");
            }
            return created(requests.receive(required(body.villageId(), "error.centre.village"), body.applicant(), body.phone(),
                    body.matterType(), body.description(), body.handler(), date(body.receivedOn(), "error.decision.date"), date(body.deadline(), "error.decision.date"),
                    body.days()));
        }

        @POST
        @Path("{id}/status")
        public ServiceRequests.RequestView move(@PathParam("id") long id, StatusBody body) {
            if (body == null) {
                throw new DomainException("error.serviceRequest.status", (Object) null);
            }
            return requests.move(id, enumOf(ServiceRequestStatus.class, body.status(), "error.serviceRequest.status"),
                    body.handler(), body.reason());
        }
    }

    /** The collective assets register: {@code POST {villageId, name, kind: LAND|BUILDING|EQUIPMENT|OTHER, quantity, unit, value?}}. */
    @Tag(name = "assets", description = "The collective assets register")
    @Path("t/{tenant}/assets")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class AssetResource {

        @Inject
        Assets assets;

        public record AssetBody(Long villageId, String name, String kind, BigDecimal quantity, String unit, BigDecimal value) {
        }

        @GET
        public List<Assets.AssetView> list(@QueryParam("village") Long village) {
            return assets.assets(village);
        }

        @GET
        @Path("{id}")
        public Assets.AssetView get(@PathParam("id") long id) {
            return assets.asset(id);
        }

        @POST
        public Response register(AssetBody body) {
            if (body == null) {
                throw new DomainException("error.centre.village");
            }
            return created(assets.register(required(body.villageId(), "error.centre.village"), body.name(),
                    enumOf(AssetKind.class, body.kind(), "error.asset.kind"), body.quantity(), body.unit(), body.value()));
        }
    }

    /** Assets on offer: {@code POST {assetId, terms, asking, listedOn?}}; {@code POST {id}/status {status: LEASED|TRANSFERRED|WITHDRAWN}}. */
    @Tag(name = "asset-listings", description = "Assets on offer")
    @Path("t/{tenant}/asset-listings")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class ListingResource {

        @Inject
        Assets assets;

        public record ListingBody(Long assetId, String terms, BigDecimal asking, String listedOn) {
        }

        public record StatusBody(String status) {
        }

        @GET
        public List<Assets.ListingView> list(@QueryParam("village") Long village, @QueryParam("status") String status) {
            return assets.listings(village, enumOf(ListingStatus.class, status, "error.listing.status"));
        }

        @GET
        @Path("{id}")
        public Assets.ListingView get(@PathParam("id") long id) {
            return assets.listing(id);
        }

        @POST
        public Response list(ListingBody body) {
            if (body == null) {
                throw new DomainException("error.listing.asset");
            }
            return created(assets.list(required(body.assetId(), "error.listing.asset"), body.terms(), body.asking(),
                    date(body.listedOn(), "error.decision.date")));
        }

        @POST
        @Path("{id}/status")
        public Assets.ListingView close(@PathParam("id") long id, StatusBody body) {
            return assets.closeListing(id, enumOf(ListingStatus.class, body == null ? null : body.status(), "error.listing.status"));
        }
    }

    /** The township dashboard: a line per village of the reader's scope. */
    @Tag(name = "township-dashboard", description = "The township dashboard")
    @Path("t/{tenant}/township-dashboard")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class DashboardResource {

        @Inject
        TownshipDashboard dashboard;

        @GET
        public TownshipDashboard.Dashboard get() {
            return dashboard.dashboard();
        }
    }

    /** The township dashboard as Excel: one sheet, a line per village. */
    @Tag(name = "township-dashboard", description = "The township dashboard")
    @Path("t/{tenant}/township-dashboard.xlsx")
    @RequestScoped
    public static class DashboardExport {

        @Inject
        TownshipDashboard dashboard;

        @GET
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response export() {
            return Downloads.xlsx(dashboard.export(key -> Messages.text(Locale.SIMPLIFIED_CHINESE, "dashboard.figure." + key)));
        }
    }
}
