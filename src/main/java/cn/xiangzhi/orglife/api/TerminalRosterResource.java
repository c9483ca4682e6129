package cn.xiangzhi.orglife.api;

import cn.xiangzhi.orglife.application.TerminalRoster;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST ?village=}: the village's party members not yet on its terminals get the next free PINs and are written to them. */
@Tag(name = "terminal-roster", description = "The village's party members onto its terminals in one step")
@Path("t/{tenant}/terminal-roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TerminalRosterResource {

    @Inject
    TerminalRoster roster;

    /** How many party members were enrolled. */
    public record Enrolled(int enrolled) {
    }

    @POST
    public Enrolled enrolPartyMembers(@QueryParam("village") Long village) {
        return new Enrolled(roster.enrolPartyMembers(village));
    }
}
