package cn.xiangzhi.orglife.api;

import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.shared.web.ApiInput;
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

import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Meetings of organisational life: {@code GET ?village=}, {@code POST {villageId, typeId, startsAt,
 * endsAt, place, expectedPins}} (times on the tenant's clock, {@code 2026-12-05T09:00}), and
 * {@code GET {id}/attendance}: who came, when and for how long, from the village's terminals.
 */
@Tag(name = "meetings", description = "Meetings a village schedules, with attendance from its terminals")
@Path("t/{tenant}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    OrgLife orgLife;

    public record MeetingBody(Long villageId, Long typeId, String startsAt, String endsAt, String place, List<String> expectedPins) {
    }

    @GET
    public List<OrgLife.MeetingView> list(@QueryParam("village") Long village) {
        return orgLife.meetings(village);
    }

    @GET
    @Path("{id}")
    public OrgLife.MeetingView get(@PathParam("id") long id) {
        return orgLife.meeting(id);
    }

    @POST
    public Response schedule(MeetingBody body) {
        MeetingBody meeting = ApiInput.required(body);
        return created(orgLife.schedule(meeting.villageId(), meeting.typeId(), meeting.startsAt(), meeting.endsAt(), meeting.place(),
                meeting.expectedPins()));
    }

    public record ReviewBody(Boolean approve, String reason) {
    }

    /** The township's decision: {@code {approve: true}} or {@code {approve: false, reason}}. */
    @POST
    @Path("{id}/review")
    public OrgLife.MeetingView review(@PathParam("id") long id, ReviewBody body) {
        ReviewBody review = ApiInput.required(body);
        return orgLife.review(id, review.approve(), review.reason());
    }

    /** The compliance board of a month: per village and meeting type, required against held. */
    @GET
    @Path("compliance")
    public List<OrgLife.ComplianceLine> compliance(@QueryParam("month") String month) {
        return orgLife.compliance(month);
    }

    @GET
    @Path("{id}/attendance")
    public OrgLife.AttendanceView attendance(@PathParam("id") long id) {
        return orgLife.attendance(id);
    }
}
