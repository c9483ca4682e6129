package cn.xiangzhi.shops.api;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shops.application.Settlement;
import cn.xiangzhi.shops.application.Settlement.StatementView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A shop's monthly statements: {@code GET} lists them (newest month first), {@code POST}
 * {@code {"period":"2026-11"}} issues the statement of a month that has ended (201; 200 with the
 * same statement when it was issued already), {@code GET {id}} shows one with its lines,
 * {@code POST {id}/payment} {@code {"reference":…}} marks it paid (once; again: 409),
 * {@code GET {id}.xlsx} and {@code GET {id}.pdf} download it.
 */
@Tag(name = "shop-statements", description = "A shop's monthly statements: list, one, payment, Excel and PDF")
@Path("t/{tenant}/shops/{shopId: \\d+}/statements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    @Inject
    Settlement settlement;

    public record IssueBody(String period) {
    }

    public record PaymentBody(String reference) {
    }

    @PathParam("shopId")
    long shopId;

    @GET
    public List<StatementView> list() {
        return settlement.statements(shopId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issue(IssueBody body) {
        Settlement.Issued issued = settlement.issue(shopId, body == null ? null : body.period());
        return Response.status(issued.created() ? Response.Status.CREATED : Response.Status.OK).entity(issued.statement()).build();
    }

    @GET
    @Path("{id: \\d+}")
    public StatementView get(@PathParam("id") long id) {
        return settlement.statement(shopId, id);
    }

    @POST
    @Path("{id: \\d+}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatementView pay(@PathParam("id") long id, PaymentBody body) {
        if (body == null) {
            throw new DomainException("error.statement.reference");
        }
        settlement.statement(shopId, id); // of this shop, or not found
        return settlement.pay(id, body.reference());
    }

    @GET
    @Path("{id: \\d+}.xlsx")
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    public Response xlsx(@PathParam("id") long id) {
        settlement.statement(shopId, id);
        return download(settlement.xlsx(id));
    }

    @GET
    @Path("{id: \\d+}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id) {
        settlement.statement(shopId, id);
        return download(settlement.pdf(id));
    }

    private static Response download(Settlement.Download file) {
        return Response.ok(file.content(), file.type())
                .header("Content-Disposition", SheetWriter.attachment(file.fileName(), file.asciiName())).build();
    }
}
