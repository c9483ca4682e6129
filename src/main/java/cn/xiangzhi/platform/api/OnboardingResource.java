package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.application.Onboarding;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.web.ApiInput;
import cn.xiangzhi.shared.web.ClientAddress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static cn.xiangzhi.shared.web.ApiInput.created;

/**
 * Sign-up over REST ({@code POST /api/signup}, no login, like the sign-up page) and, for a tenant
 * admin, applying the tenant's starter again ({@code POST /api/t/{code}/starter}).
 */
@Tag(name = "signup", description = "Sign-up over REST, without a login, like the sign-up page")
@Path("signup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    @Inject
    Onboarding onboarding;

    /** {@code placeName}: the county or township the organisation serves (the root of its places); {@code name} when omitted. */
    public record SignUpBody(String code, String name, String placeName, String kind, String divisionCode, String adminName,
                             String adminPhone, String password, String starter, String theme) {
    }

    @jakarta.ws.rs.core.Context
    HttpServletRequest request;

    @POST
    public Response signUp(SignUpBody body) {
        if (body == null) {
            throw new DomainException("error.tenant.code", (Object) null);
        }
        TenantKind kind = ApiInput.enumOf(TenantKind.class, body.kind(), "error.tenant.kind");
        TenantSnapshot tenant = onboarding.signUp(new Onboarding.SignUp(body.code(), body.name(),
                body.placeName() == null ? body.name() : body.placeName(), kind, body.divisionCode(),
                body.adminName(), body.adminPhone(), body.password() == null ? null : body.password().toCharArray(),
                body.starter(), body.theme(), ClientAddress.of(request)));
        return created(tenant);
    }

    /** Applies the tenant's starter again; answers how many places were added. */
    @Tag(name = "starter", description = "The tenant admin applies the tenant's starter again")
    @Path("t/{tenant}/starter")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class StarterResource {

        @Inject
        Onboarding onboarding;

        @POST
        public String reapply() {
            return Json.createObjectBuilder().add("added", onboarding.reapplyStarter()).build().toString();
        }
    }
}
