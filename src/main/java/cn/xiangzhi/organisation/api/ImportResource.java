package cn.xiangzhi.organisation.api;

import cn.xiangzhi.organisation.application.ImportTemplate;
import cn.xiangzhi.organisation.application.OrganisationImport;
import cn.xiangzhi.organisation.application.OrganisationImport.ImportError;
import cn.xiangzhi.organisation.application.OrganisationImport.ImportResult;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * The organisation import over REST: the raw file is the request body (.xlsx or .csv), the answer
 * says what was (or, with {@code dryRun=true}, would be) added, updated and left unchanged — or,
 * with 422, every error with its sheet, row, column and reason, nothing having been written.
 */
@Tag(name = "imports/organisation", description = "The organisation import over REST")
@Path("t/{tenant}/imports/organisation")
@RequestScoped
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    OrganisationImport imports;

    @Context
    HttpHeaders headers;

    public record ErrorLine(String sheet, int row, String column, String key, String reason) {
    }

    public record Answer(boolean written, OrganisationImport.Counts grids, OrganisationImport.Counts households,
                         OrganisationImport.Counts residents, List<ErrorLine> errors) {
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(byte[] file, @QueryParam("name") @DefaultValue("import") String name,
                        @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        ImportResult result = imports.run(name, file, dryRun, OrganisationImport.Progress.NONE);
        Locale locale = headers.getAcceptableLanguages().stream().filter(l -> !l.getLanguage().equals("*"))
                .findFirst().orElse(Locale.SIMPLIFIED_CHINESE);
        List<ErrorLine> errors = result.errors().stream().map(e -> line(e, locale)).toList();
        Answer answer = new Answer(result.written(), result.grids(), result.households(), result.residents(), errors);
        return Response.status(result.ok() ? 200 : 422).type(MediaType.APPLICATION_JSON_TYPE).entity(answer).build();
    }

    @GET
    @Path("template.xlsx")
    @Produces(XLSX)
    public Response templateXlsx() {
        Access.require(Permission.ORG_VIEW);
        return download(ImportTemplate.xlsx(), "xiangzhi-import-template.xlsx", XLSX);
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response templateCsv() {
        Access.require(Permission.ORG_VIEW);
        return download(ImportTemplate.csv(), "xiangzhi-import-template.csv", "text/csv; charset=UTF-8");
    }

    static ErrorLine line(ImportError e, Locale locale) {
        return new ErrorLine(e.sheet(), e.row(), e.column(), e.key(), Messages.text(locale, e.key(), e.args()));
    }

    private static Response download(byte[] content, String fileName, String type) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
