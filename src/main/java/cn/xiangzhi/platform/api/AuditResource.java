package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.AuditLog;
import cn.xiangzhi.platform.domain.AuditEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The tenant's audit log over REST, read-only, for auditors and tenant admins. */
@Tag(name = "audit", description = "The tenant's audit log over REST, read-only, for auditors and tenant admins")
@Path("t/{tenant}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    public List<AuditEntry> search(@QueryParam("actor") String actor, @QueryParam("type") String type,
                                   @QueryParam("text") String text,
                                   @QueryParam("first") @DefaultValue("0") int first,
                                   @QueryParam("max") @DefaultValue("100") int max) {
        return log.search(new AuditLog.Filter(null, null, actor, type, text), first, max);
    }

    @GET
    @Path("{id}")
    public AuditEntry get(@PathParam("id") long id) {
        return log.get(id);
    }
}
