package cn.xiangzhi.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

/**
 * REST API root. Tenant resources live at {@code /api/t/{code}/...}, operator resources at
 * {@code /api/platform/...}; every call authenticates with HTTP Basic (see ADR 0002). The reference
 * is generated from these resources: the document at {@code /openapi}, browsable at {@code /api-docs/}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "乡治 Xiangzhi REST API", version = "1",
                description = "Each tenant's data at /api/t/{tenant}/… (the tenant's code), the operator's at "
                        + "/api/platform/…. Every call signs in with HTTP Basic as a user of that tenant (or an operator); "
                        + "refusals are JSON {\"error\": key, \"args\": […]} with a 4xx status. Conventions: docs/api.md."),
        servers = @Server(url = "/", description = "this server"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
