package cn.xiangzhi.points.api;

import cn.xiangzhi.points.application.PointsHonours;
import cn.xiangzhi.points.application.PointsHonours.HonourView;
import cn.xiangzhi.points.domain.HonourRoll;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Yearly honours: {@code GET ?villageId=&year=} lists them, {@code GET preview?villageId=&year=&places=}
 * shows who would be honoured ({@code &ties=ALL|NONE}: a tie across the last place honoured in full or
 * not at all), {@code POST} {@code {villageId, year, places?, title?, ties?}} awards them
 * (once per village and year).
 */
@Tag(name = "points-honours", description = "Yearly honours")
@Path("t/{tenant}/points-honours")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HonourResource {

    @Inject
    PointsHonours honours;

    public record Award(Long villageId, Integer year, Integer places, String title, HonourRoll.Ties ties) {
    }

    @GET
    public List<HonourView> list(@QueryParam("villageId") Long villageId, @QueryParam("year") Integer year) {
        return honours.honours(villageId, year);
    }

    @GET
    @Path("preview")
    public List<HonourView> preview(@QueryParam("villageId") long villageId, @QueryParam("year") int year,
                                    @QueryParam("places") Integer places, @QueryParam("title") String title,
                                    @QueryParam("ties") HonourRoll.Ties ties) {
        return honours.preview(villageId, year, places, title, ties);
    }

    /** Whether the village's figures of the year are final, so that its honours may be awarded. */
    @GET
    @Path("status")
    public PointsHonours.YearStatus status(@QueryParam("villageId") long villageId, @QueryParam("year") int year) {
        return honours.status(villageId, year);
    }

    @GET
    @Path("{id}")
    public HonourView get(@PathParam("id") long id) {
        return honours.honour(id);
    }

    /** The certificates of a village's honours of a year, one A4 page each. */
    @Operation(summary = "The certificates of a village's honours of a year, one A4 page each")
    @GET
    @Path("certificates.pdf")
    @Produces("application/pdf")
    public Response certificates(@QueryParam("villageId") long villageId, @QueryParam("year") int year) {
        List<Long> ids = honours.honours(villageId, year).stream().map(HonourView::id).toList();
        if (ids.isEmpty()) {
            throw new NotFoundException("Honour", villageId);
        }
        return pdf(honours.certificates(ids), "honours-" + year + ".pdf");
    }

    @GET
    @Path("{id}/certificate.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id) {
        return pdf(honours.certificates(List.of(id)), "honour-" + id + ".pdf");
    }


    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<HonourView> award(Award award) {
        if (award == null || award.villageId() == null || award.year() == null) {
            throw new DomainException("error.honour.year", award == null ? null : award.year());
        }
        return honours.award(award.villageId(), award.year(), award.places(), award.title(), award.ties());
    }
}
