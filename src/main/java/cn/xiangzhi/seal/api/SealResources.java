package cn.xiangzhi.seal.api;

import cn.xiangzhi.seal.application.SealApplications;
import cn.xiangzhi.seal.application.SealStatistics;
import cn.xiangzhi.seal.application.Seals;
import cn.xiangzhi.seal.domain.ApplicationStatus;
import cn.xiangzhi.seal.domain.SealKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.ApiInput;
import cn.xiangzhi.shared.web.Downloads;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/** The smart seal's REST resources for people (the terminals' protocol is {@link SealProtocolResource}). */
public final class SealResources {

    private SealResources() {
    }

    /** Application classes with their approval chains: {@code {code, name, requiresMatter, chain: [role…]}}. */
    @Tag(name = "seal-classes", description = "Classes of seal applications and their approval chains")
    @Path("t/{tenant}/seal-classes")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Classes {

        @Inject
        Seals seals;

        public record ClassBody(String code, String name, Boolean requiresMatter, List<String> chain) {
        }

        @GET
        public List<Seals.ClassView> list() {
            return seals.classes();
        }

        @GET
        @Path("{id}")
        public Seals.ClassView get(@PathParam("id") long id) {
            return seals.sealClass(id);
        }

        @POST
        public Response add(ClassBody body) {
            ClassBody c = ApiInput.required(body);
            return created(seals.addClass(c.code(), c.name(), c.requiresMatter(), c.chain()));
        }

        /** Adds the seed's three classes the tenant does not have yet (日常事务, 一般决策事项, 重大决策事项). */
        @POST
        @Path("defaults")
        public List<Seals.ClassView> defaults() {
            return seals.addDefaultClasses();
        }

        @PUT
        @Path("{id}")
        public Seals.ClassView change(@PathParam("id") long id, ClassBody body) {
            ClassBody c = ApiInput.required(body);
            return seals.changeClass(id, c.name(), c.requiresMatter(), c.chain());
        }
    }

    /** Village seals in seal terminals: register (the terminal's secret answered once), move, retire, new secret. */
    @Tag(name = "seals", description = "Village seals bound to seal terminals")
    @Path("t/{tenant}/seals")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class SealList {

        @Inject
        Seals seals;

        public record SealBody(Long villageId, String kind, String name, Long deviceId) {
        }

        public record MoveBody(Long deviceId) {
        }

        public record RetireBody(String reason) {
        }

        @GET
        public List<Seals.SealView> list() {
            return seals.seals();
        }

        @GET
        @Path("{id}")
        public Seals.SealView get(@PathParam("id") long id) {
            return seals.seal(id);
        }

        @POST
        public Response register(SealBody body) {
            SealBody s = ApiInput.required(body);
            return created(seals.register(s.villageId(), ApiInput.enumOf(SealKind.class, s.kind(), "error.seal.kind"), s.name(),
                    s.deviceId()));
        }

        @POST
        @Path("{id}/move")
        public Seals.Registered move(@PathParam("id") long id, MoveBody body) {
            return seals.move(id, ApiInput.required(body).deviceId());
        }

        @POST
        @Path("{id}/retire")
        public Seals.SealView retire(@PathParam("id") long id, RetireBody body) {
            return seals.retire(id, ApiInput.required(body).reason());
        }

        /** A new secret for the seal's terminal, answered once; the old one stops working. */
        @POST
        @Path("{id}/secret")
        public Seals.Registered secret(@PathParam("id") long id) {
            return seals.reissueSecret(id);
        }
    }

    /** Seal terminals as the protocol sees them: last heartbeat, battery, lid, highest sequence number (never the secret). */
    @Tag(name = "seal-terminals", description = "Seal terminals' state")
    @Path("t/{tenant}/seal-terminals")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Terminals {

        @Inject
        Seals seals;

        @GET
        public List<Seals.TerminalView> list() {
            return seals.terminals();
        }

        @GET
        @Path("{id}")
        public Seals.TerminalView get(@PathParam("id") long id) {
            return seals.terminalView(id);
        }
    }

    /**
     * Applications to use a seal: {@code POST {sealId, classId, matterId?, purpose, stamps, validFrom, validUntil,
     * documents: [{fileName, content: base64}]}} (times on the tenant's clock, {@code 2026-12-06T08:00}); the next
     * step's decision {@code POST {id}/decision {approve, reason?}}.
     */
    @Tag(name = "seal-applications", description = "Applications to use a seal, their approval and trace")
    @Path("t/{tenant}/seal-applications")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Applications {

        @Inject
        SealApplications applications;

        public record DocumentBody(String fileName, String content) {
        }

        public record ApplicationBody(Long sealId, Long classId, Long matterId, String purpose, Integer stamps, String validFrom,
                                      String validUntil, List<DocumentBody> documents) {
        }

        public record DecisionBody(Boolean approve, String reason) {
        }

        @GET
        public List<SealApplications.ApplicationView> list(@QueryParam("village") Long village, @QueryParam("status") String status) {
            return applications.applications(village, ApiInput.enumOf(ApplicationStatus.class, status, "error.sealApplication.status"));
        }

        /** The pending applications whose next step is the signed-in user's to decide. */
        @GET
        @Path("waiting")
        public List<SealApplications.ApplicationView> waiting() {
            return applications.waitingForMe();
        }

        @GET
        @Path("{id}")
        public SealApplications.ApplicationView get(@PathParam("id") long id) {
            return applications.application(id);
        }

        /** The application with its approvals, documents and stamps. */
        @GET
        @Path("{id}/detail")
        public SealApplications.Detail detail(@PathParam("id") long id) {
            return applications.detail(id);
        }

        @POST
        public Response apply(ApplicationBody body) {
            ApplicationBody a = ApiInput.required(body);
            List<SealApplications.Upload> uploads = new ArrayList<>();
            if (a.documents() != null) {
                for (DocumentBody d : a.documents()) {
                    try {
                        uploads.add(new SealApplications.Upload(d.fileName(), Base64.getDecoder().decode(d.content() == null ? "" : d.content())));
                    } catch (IllegalArgumentException e) {
                        throw new DomainException("error.sealDocument.type");
                    }
                }
            }
            return created(applications.apply(new SealApplications.Form(a.sealId(), a.classId(), a.matterId(), a.purpose(), a.stamps(),
                    a.validFrom(), a.validUntil()), uploads));
        }

        @POST
        @Path("{id}/decision")
        public SealApplications.ApplicationView decide(@PathParam("id") long id, DecisionBody body) {
            DecisionBody d = ApiInput.required(body);
            return applications.decide(id, d.approve(), d.reason());
        }
    }

    @Tag(name = "seal-approvals", description = "Decided steps of seal applications")
    @Path("t/{tenant}/seal-approvals")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Approvals {

        @Inject
        SealApplications applications;

        @GET
        public List<SealApplications.ApprovalView> list() {
            return applications.approvals();
        }

        @GET
        @Path("{id}")
        public SealApplications.ApprovalView get(@PathParam("id") long id) {
            return applications.approval(id);
        }
    }

    @Tag(name = "seal-documents", description = "Documents uploaded with seal applications")
    @Path("t/{tenant}/seal-documents")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Documents {

        @Inject
        SealApplications applications;

        @GET
        public List<SealApplications.DocumentView> list() {
            return applications.documents();
        }

        @GET
        @Path("{id}")
        public SealApplications.DocumentView get(@PathParam("id") long id) {
            return applications.document(id);
        }

        @GET
        @Path("{id}/content")
        @Produces(MediaType.WILDCARD)
        public Response content(@PathParam("id") long id) {
            SealApplications.Download file = applications.documentContent(id);
            return Downloads.inline(file.contentType(), file.fileName(), file.content());
        }
    }

    /** Stamps as the terminals reported them, with their verdict; {@code {id}/trace}: stamp → seal, application, approvers, matter. */
    @Tag(name = "seal-stamps", description = "Stamps, their photos and their trace")
    @Path("t/{tenant}/seal-stamps")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Stamps {

        @Inject
        SealApplications applications;

        @GET
        public List<SealApplications.StampView> list(@QueryParam("village") Long village, @QueryParam("alarming") boolean alarming) {
            return applications.stamps(village, alarming);
        }

        @GET
        @Path("{id}")
        public SealApplications.StampView get(@PathParam("id") long id) {
            return applications.stamp(id);
        }

        @GET
        @Path("{id}/trace")
        public SealApplications.Trace trace(@PathParam("id") long id) {
            return applications.trace(id);
        }

        @GET
        @Path("{id}/photo")
        @Produces(MediaType.WILDCARD)
        public Response photo(@PathParam("id") long id) {
            SealApplications.Download file = applications.stampPhoto(id);
            return Downloads.inline(file.contentType(), file.fileName(), file.content());
        }
    }

    @Tag(name = "seal-alarms", description = "Alarms of seal terminals and of reconciliation, for the township")
    @Path("t/{tenant}/seal-alarms")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Alarms {

        @Inject
        SealApplications applications;

        @GET
        public List<SealApplications.AlarmView> list(@QueryParam("village") Long village) {
            return applications.alarms(village);
        }

        @GET
        @Path("{id}")
        public SealApplications.AlarmView get(@PathParam("id") long id) {
            return applications.alarm(id);
        }
    }

    /** Per village and month: applications, approvals, stamps, alarms, hours to approve; {@code ?from=2026-01&to=2026-06}. */
    @Tag(name = "seal-statistics", description = "Seal statistics per village and month")
    @Path("t/{tenant}/seal-statistics")
    @RequestScoped
    public static class Statistics {

        @Inject
        SealStatistics statistics;

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public SealStatistics.Report report(@QueryParam("from") String from, @QueryParam("to") String to) {
            return statistics.report(from, to);
        }

        @GET
        @Path("xlsx")
        @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
        public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
            return Downloads.xlsx(statistics.export(from, to));
        }
    }
}
