package cn.xiangzhi.notices.api;

import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.notices.domain.NoticeFile;
import cn.xiangzhi.notices.domain.NoticeKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.time.BusinessClock;
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
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import static cn.xiangzhi.shared.web.ApiInput.created;
import static cn.xiangzhi.shared.web.ApiInput.date;
import static cn.xiangzhi.shared.web.ApiInput.enumOf;
import static cn.xiangzhi.shared.web.ApiInput.required;

/**
 * Notices for villagers: {@code POST {placeId, kind, title, body, lastDay}} publishes one (on the
 * kiosks and public pages of every village under the place); {@code POST {id}/files?name=} with a
 * PDF, JPEG or PNG (5 MB, six per notice) as the body adds a file; {@code POST {id}/withdraw {reason}}
 * takes it off the boards. {@code GET ?place=&withdrawn=true} lists the scope's notices.
 */
@Tag(name = "notices", description = "Notices and monthly disclosures for villagers")
@Path("t/{tenant}/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    @Inject
    Notices notices;

    public record NoticeBody(Long placeId, String kind, String title, String body, String lastDay) {
    }

    public record WithdrawBody(String reason) {
    }

    @GET
    public List<Notices.NoticeView> list(@QueryParam("place") Long place, @QueryParam("withdrawn") boolean withdrawn) {
        return notices.notices(place, withdrawn);
    }

    @GET
    @Path("{id}")
    public Notices.NoticeView get(@PathParam("id") long id) {
        return notices.notice(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(NoticeBody body) {
        if (body == null) {
            throw new DomainException("error.notice.place");
        }
        NoticeKind kind = enumOf(NoticeKind.class, body.kind(), "error.notice.kind");
        return created(notices.publish(required(body.placeId(), "error.notice.place"), kind == null ? NoticeKind.NOTICE : kind,
                body.title(), body.body(), date(body.lastDay(), "error.notice.lastDay"), List.of()));
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        // at most one byte more than allowed: a huge body is refused without filling the heap
        byte[] content = body == null ? new byte[0] : body.readNBytes(NoticeFile.MAX_BYTES + 1);
        return created(notices.attach(id, new Notices.Upload(name, content)));
    }

    @POST
    @Path("{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public Notices.NoticeView withdraw(@PathParam("id") long id, WithdrawBody body) {
        return notices.withdraw(id, body == null ? null : body.reason());
    }

    /** The files of the notices ({@code ?notice=}): what they are, without their bytes; added through the notice. */
    @Tag(name = "notice-files", description = "The files of the notices (?notice=); read only")
    @Path("t/{tenant}/notice-files")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Files {

        @Inject
        Notices notices;

        @GET
        public List<Notices.FileView> list(@QueryParam("notice") Long notice) {
            return notice == null ? List.of() : notices.notice(notice).files();
        }

        @GET
        @Path("{id}")
        public Notices.FileView get(@PathParam("id") long id) {
            return notices.file(id);
        }
    }

    /**
     * The monthly disclosures ({@code ?month=2026-12}, this month by default): for every village of the
     * scope, whether it published its party, village and finance disclosures that month; missing first.
     */
    @Tag(name = "notice-disclosures", description = "Which villages published their monthly disclosures")
    @Path("t/{tenant}/notice-disclosures")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Disclosures {

        @Inject
        Notices notices;

        @Inject
        BusinessClock clock;

        @GET
        public List<Notices.Disclosure> list(@QueryParam("month") String month) {
            return notices.disclosures(month == null || month.isBlank() ? clock.month() : monthOf(month));
        }

        private static YearMonth monthOf(String month) {
            try {
                return YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException("error.notice.month", month);
            }
        }
    }
}
