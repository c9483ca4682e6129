package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.FailedSignIns;
import cn.xiangzhi.platform.application.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The tenant's failed sign-ins per username and address ({@code ?days=} 1 to 90, default 7), for tenant admins. */
@Tag(name = "sign-in-failures", description = "The tenant's failed sign-ins per username and address (?days= 1 to 90, default 7), for tenant admins")
@Path("t/{tenant}/sign-in-failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInFailureResource {

    @Inject
    UserAdministration users;

    @GET
    public List<FailedSignIns> list(@QueryParam("days") @DefaultValue("7") int days) {
        return users.failedSignIns(days);
    }
}
