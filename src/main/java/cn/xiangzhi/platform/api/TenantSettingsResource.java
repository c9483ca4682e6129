package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.TenantAdministration;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.web.ApiInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's own settings for its admin ({@code tenant:settings}): {@code GET} the tenant as
 * settings show it, {@code PUT {"theme": …, "timeZone": …}} changes what is given (a time zone is a
 * region id such as {@code Asia/Shanghai}: its business days and months follow it, ADR 0014).
 */
@Tag(name = "settings", description = "The tenant's own settings for its admin (tenant:settings)")
@Path("t/{tenant}/settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantSettingsResource {

    @Inject
    TenantAdministration administration;

    public record SettingsBody(String theme, String timeZone) {
    }

    @GET
    public TenantSnapshot get() {
        return administration.current();
    }

    @PUT
    public TenantSnapshot change(SettingsBody body) {
        SettingsBody given = ApiInput.required(body);
        if (given.theme() != null) {
            administration.changeTheme(given.theme());
        }
        if (given.timeZone() != null) {
            administration.changeTimeZone(given.timeZone());
        }
        return administration.current();
    }
}
