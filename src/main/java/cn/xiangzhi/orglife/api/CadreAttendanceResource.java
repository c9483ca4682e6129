package cn.xiangzhi.orglife.api;

import cn.xiangzhi.orglife.application.CadreAttendance;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Locale;

/**
 * Cadre attendance: {@code GET ?month=2026-12} the month's ranking of village cadres and first
 * secretaries by their days present on the terminals; {@code GET export.xlsx?month=} the same as a workbook.
 */
@Tag(name = "cadre-attendance", description = "Village cadres' daily presence on the terminals, ranked per township and county")
@Path("t/{tenant}/cadre-attendance")
@RequestScoped
public class CadreAttendanceResource {

    @Inject
    CadreAttendance attendance;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CadreAttendance.Report month(@QueryParam("month") String month) {
        return attendance.month(month);
    }

    @GET
    @Path("export.xlsx")
    @Produces({SheetWriter.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("month") String month) {
        return Downloads.xlsx(attendance.workbook(month, post -> Messages.text(Locale.SIMPLIFIED_CHINESE, "terminalUser.post." + post)));
    }
}
