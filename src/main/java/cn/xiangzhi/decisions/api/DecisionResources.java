package cn.xiangzhi.decisions.api;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.decisions.application.PowerList;
import cn.xiangzhi.decisions.application.VillageBodies;
import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.decisions.domain.BodyMember;
import cn.xiangzhi.decisions.domain.DecisionAttachment;
import cn.xiangzhi.decisions.domain.MatterStatus;
import cn.xiangzhi.decisions.domain.StepKind;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.domain.DomainException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import static cn.xiangzhi.shared.web.ApiInput.date;
import static cn.xiangzhi.shared.web.ApiInput.enumOf;

/**
 * REST of the power list and decisions (all under {@code /api/t/{tenant}/}): procedures and their
 * steps, the power list, the village bodies, matters with their recorded steps, attachments, and
 * the overdue publications. Thin: each call hands off to {@link PowerList}, {@link Matters} or
 * {@link VillageBodies}.
 */
public final class DecisionResources {

    private DecisionResources() {
    }




    /** {@code GET} the procedures (the standard three first), {@code POST {code, name, steps: [...]}} adds one, {@code DELETE {id}} retires it. */
    @Tag(name = "decision-procedures", description = "Decision procedures: the standard three first, and the tenant's own")
    @Path("t/{tenant}/decision-procedures")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Procedures {

        @Inject
        PowerList powerList;

        public record StepBody(String kind, String name, String body, String attendance, Boolean strict, String households,
                               String pass, Integer dueDays) {
            PowerList.StepForm form() {
                StepKind kind = enumOf(StepKind.class, this.kind, "error.decision.stepKind");
                if (kind == null) {
                    throw new DomainException("error.decision.stepKind", (Object) null);
                }
                return new PowerList.StepForm(kind, name, enumOf(Body.class, body, "error.decision.body"), attendance, strict,
                        households, pass, dueDays);
            }
        }

        public record ProcedureBody(String code, String name, List<StepBody> steps) {
        }

        @GET
        public List<PowerList.ProcedureView> list() {
            return powerList.procedures();
        }

        @GET
        @Path("{id}")
        public PowerList.ProcedureView get(@PathParam("id") long id) {
            return powerList.procedure(id);
        }

        @POST
        public Response create(ProcedureBody body) {
            if (body == null || body.steps() == null) {
                throw new DomainException("error.decision.noSteps");
            }
            return created(powerList.createProcedure(body.code(), body.name(), body.steps().stream().map(StepBody::form).toList()));
        }

        @DELETE
        @Path("{id}")
        public PowerList.ProcedureView retire(@PathParam("id") long id) {
            return powerList.retireProcedure(id);
        }
    }

    /** The steps of the procedures ({@code ?procedure=}); read only: a procedure is never changed. */
    @Tag(name = "decision-procedure-steps", description = "The steps of the procedures (?procedure=); read only")
    @Path("t/{tenant}/decision-procedure-steps")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class ProcedureSteps {

        @Inject
        PowerList powerList;

        @GET
        public List<PowerList.StepView> list(@QueryParam("procedure") Long procedure) {
            return powerList.steps(procedure);
        }

        @GET
        @Path("{id}")
        public PowerList.StepView get(@PathParam("id") long id) {
            return powerList.step(id);
        }
    }

    /** The power list: {@code POST {code, name, category?, procedureId}}, {@code PUT {id}}, {@code DELETE {id}} retires. */
    @Tag(name = "power-list", description = "The power list")
    @Path("t/{tenant}/power-list")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Items {

        @Inject
        PowerList powerList;

        public record ItemBody(String code, String name, String category, Long procedureId) {
            long procedure() {
                if (procedureId == null) {
                    throw new DomainException("error.decision.procedure");
                }
                return procedureId;
            }
        }

        @GET
        public List<PowerList.ItemView> list() {
            return powerList.items();
        }

        @GET
        @Path("{id}")
        public PowerList.ItemView get(@PathParam("id") long id) {
            return powerList.item(id);
        }

        @POST
        public Response create(ItemBody body) {
            if (body == null) {
                throw new DomainException("error.decision.procedure");
            }
            return created(powerList.addItem(body.code(), body.name(), body.category(), body.procedure()));
        }

        @PUT
        @Path("{id}")
        public PowerList.ItemView update(@PathParam("id") long id, ItemBody body) {
            if (body == null) {
                throw new DomainException("error.decision.procedure");
            }
            return powerList.updateItem(id, body.name(), body.category(), body.procedure());
        }

        @DELETE
        @Path("{id}")
        public PowerList.ItemView retire(@PathParam("id") long id) {
            return powerList.retireItem(id);
        }
    }

    /** Members of a village's bodies: {@code POST {villageId, body: BRANCH_COMMITTEE|VILLAGE_COMMITTEE|REPRESENTATIVES, name, title?, residentId?}}. */
    @Tag(name = "village-bodies", description = "Members of a village's bodies")
    @Path("t/{tenant}/village-bodies")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Bodies {

        @Inject
        VillageBodies bodies;

        public record MemberBody(Long villageId, String body, String name, String title, Long residentId) {
        }

        @GET
        public List<VillageBodies.MemberView> list(@QueryParam("village") Long village) {
            return bodies.members(village);
        }

        @GET
        @Path("{id}")
        public VillageBodies.MemberView get(@PathParam("id") long id) {
            return bodies.member(id);
        }

        @POST
        public Response create(MemberBody body) {
            if (body == null || body.villageId() == null) {
                throw new DomainException("error.decision.village");
            }
            return created(bodies.add(body.villageId(), enumOf(BodyMember.Seat.class, body.body(), "error.decision.seat"),
                    body.name(), body.title(), body.residentId()));
        }

        @DELETE
        @Path("{id}")
        public Response remove(@PathParam("id") long id) {
            bodies.remove(id);
            return Response.noContent().build();
        }
    }

    /**
     * Matters: {@code POST {villageId, itemId, title, description?}} registers one; {@code POST {id}/steps}
     * records the next step (409 with the step due when out of order); {@code GET overdue}.
     */
    @Tag(name = "decision-matters", description = "Matters")
    @Path("t/{tenant}/decision-matters")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class MatterResource {

        @Inject
        Matters matters;

        public record MatterBody(Long villageId, Long itemId, String title, String description) {
        }

        public record StepBody(Integer position, String heldOn, List<String> attendees, Integer present, Integer householdsPresent,
                               Integer votesFor, Integer votesAgainst, Integer abstaining, String minutes, List<Long> attachmentIds) {
            Matters.StepForm form() {
                if (position == null) {
                    throw new DomainException("error.decision.position");
                }
                return new Matters.StepForm(position, date(heldOn, "error.decision.date"), attendees, present, householdsPresent, n(votesFor),
                        n(votesAgainst), n(abstaining), minutes, attachmentIds);
            }

            private static int n(Integer i) {
                return i == null ? 0 : i;
            }
        }

        @GET
        public List<Matters.MatterView> list(@QueryParam("village") Long village, @QueryParam("status") String status) {
            return matters.matters(village, enumOf(MatterStatus.class, status, "error.decision.status"));
        }

        @GET
        @Path("overdue")
        public List<Matters.MatterView> overdue() {
            return matters.overdue();
        }

        @GET
        @Path("{id}")
        public Matters.MatterView get(@PathParam("id") long id) {
            return matters.matter(id);
        }

        @POST
        public Response register(MatterBody body) {
            if (body == null || body.villageId() == null || body.itemId() == null) {
                throw new DomainException("error.decision.item");
            }
            return created(matters.register(body.villageId(), body.itemId(), body.title(), body.description()));
        }

        @POST
        @Path("{id}/steps")
        public Response record(@PathParam("id") long id, StepBody body) {
            if (body == null) {
                throw new DomainException("error.decision.position");
            }
            return created(matters.record(id, body.form()));
        }
    }

    /** Recorded steps ({@code ?matter=}); read only: a record is never changed. */
    @Tag(name = "decision-steps", description = "Recorded steps (?matter=); read only")
    @Path("t/{tenant}/decision-steps")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Records {

        @Inject
        Matters matters;

        @GET
        public List<Matters.RecordView> list(@QueryParam("matter") Long matter) {
            if (matter == null) {
                return List.of();
            }
            return matters.records(matter);
        }

        @GET
        @Path("{id}")
        public Matters.RecordView get(@PathParam("id") long id) {
            return matters.stepRecord(id);
        }
    }

    /** Files of a matter: {@code POST ?matterId=&name=} with the file (PDF, JPEG, PNG; 5 MB) as the body. */
    @Tag(name = "decision-attachments", description = "Files of a matter")
    @Path("t/{tenant}/decision-attachments")
    @RequestScoped
    public static class Attachments {

        @Inject
        Matters matters;

        @POST
        @Consumes(MediaType.WILDCARD)
        @Produces(MediaType.APPLICATION_JSON)
        public Response upload(@QueryParam("matterId") long matterId, @QueryParam("name") String name, InputStream body)
                throws IOException {
            // at most one byte more than allowed: a huge body is refused without filling the heap
            byte[] content = body == null ? new byte[0] : body.readNBytes(DecisionAttachment.MAX_BYTES + 1);
            return created(matters.upload(matterId, name, content));
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public List<Matters.AttachmentView> list(@QueryParam("matter") Long matter) {
            return matter == null ? List.of() : matters.attachments(matter);
        }

        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public Matters.AttachmentView get(@PathParam("id") long id) {
            return matters.attachment(id);
        }

        @GET
        @Path("{id}/content")
        public Response content(@PathParam("id") long id) {
            Matters.Download file = matters.download(id);
            return Downloads.inline(file.contentType(), file.fileName(), file.content());
        }
    }
}
