package cn.xiangzhi.points.api;

import cn.xiangzhi.points.application.PointsEvidence;
import cn.xiangzhi.points.domain.EvidencePhoto;
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
 * Evidence photos: {@code POST ?villageId=} with the image as the body (JPEG, PNG or WebP, at most
 * 5 MB) answers 201 with its {@code photo:{id}} reference for a proposal's evidence; {@code GET}
 * lists the latest photos in scope, {@code GET {id}} describes one, {@code GET {id}/content} is the image.
 */
@Tag(name = "points-photos", description = "Evidence photos")
@Path("t/{tenant}/points-photos")
@RequestScoped
public class PhotoResource {

    @Inject
    PointsEvidence evidence;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(@QueryParam("villageId") long villageId, InputStream body) throws IOException {
        // read at most one byte more than a photo may have: a huge body is refused without filling the heap
        byte[] content = body == null ? new byte[0] : body.readNBytes(EvidencePhoto.MAX_BYTES + 1);
        return created(evidence.upload(villageId, content));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PointsEvidence.PhotoView> list(@QueryParam("villageId") Long villageId) {
        return evidence.latest(villageId);
    }

    @GET
    @Path("{id}/content")
    public Response photo(@PathParam("id") long id) {
        PointsEvidence.Photo photo = evidence.photo(id);
        return Response.ok(photo.content(), photo.contentType()).header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PointsEvidence.PhotoView info(@PathParam("id") long id) {
        return evidence.describe(id);
    }
}
