package cn.xiangzhi.orglife.api;

import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.orglife.domain.MeetingFile;
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

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Meetings of organisational life: {@code GET ?village=}, {@code POST {villageId, typeId, startsAt,
 * endsAt, place, expectedPins}} (times on the tenant's clock, {@code 2026-12-05T09:00}), and
 * {@code GET {id}/attendance}: who came, when and for how long, from the village's terminals, with the
 * snapshots, the uploaded minutes and photos ({@code POST {id}/files?kind=}) and the flags.
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

    /** The meeting's record: attendance, the terminals' snapshots, the uploaded files and the flags. */
    @GET
    @Path("{id}/attendance")
    public OrgLife.AttendanceView attendance(@PathParam("id") long id) {
        return orgLife.attendance(id);
    }

    /** Adds the minutes ({@code ?kind=MINUTES}: PDF, JPEG, PNG) or a photo ({@code ?kind=PHOTO}: JPEG, PNG), 5 MB, as the body. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind, @QueryParam("name") String name, InputStream body)
            throws IOException {
        MeetingFile.Kind checked = ApiInput.enumOf(MeetingFile.Kind.class, kind, "error.meetingFile.kind");
        // at most one byte more than allowed: a huge body is refused without filling the heap
        byte[] content = body == null ? new byte[0] : body.readNBytes(MeetingFile.MAX_BYTES + 1);
        return created(orgLife.attach(id, checked, name, content));
    }

    @GET
    @Path("{id}/files/{file}")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @PathParam("file") long file) {
        return inline(orgLife.file(id, file));
    }

    /** A snapshot a terminal of the village took during the meeting (JPEG). */
    @GET
    @Path("{id}/snapshots/{photo}")
    @Produces(MediaType.WILDCARD)
    public Response snapshot(@PathParam("id") long id, @PathParam("photo") long photo) {
        return inline(orgLife.terminalPhoto(id, photo));
    }

    static Response inline(OrgLife.Download file) {
        return Downloads.inline(file.contentType(), file.fileName(), file.content());
    }

    /** The minutes and photos of the meetings ({@code ?meeting=}): what they are, without their bytes; added through the meeting. */
    @Tag(name = "meeting-files", description = "The minutes and photos of the meetings (?meeting=); read only")
    @Path("t/{tenant}/meeting-files")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Files {

        @Inject
        OrgLife orgLife;

        @GET
        public List<OrgLife.FileView> list(@QueryParam("meeting") Long meeting) {
            return meeting == null ? List.of() : orgLife.files(meeting);
        }

        @GET
        @Path("{id}")
        public OrgLife.FileView get(@PathParam("id") long id) {
            return orgLife.fileInfo(id);
        }
    }
}
