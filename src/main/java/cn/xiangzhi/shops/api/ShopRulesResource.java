package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.ShopSettings;
import cn.xiangzhi.shops.domain.ShopRules;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The tenant's shop settings, one object: {@code GET} (shop readers), {@code PUT}
 * {@code {"returnDays":7,"yuanPerPoint":0.0125}} replaces both (tenant admin); 400 with the broken rule.
 */
@Tag(name = "shop-rules", description = "The tenant's shop settings, one object")
@Path("t/{tenant}/shop-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ShopRulesResource {

    @Inject
    ShopSettings settings;

    @GET
    public ShopSettings.RulesView get() {
        return settings.get();
    }

    @GET
    @Path("{id}")
    public ShopSettings.RulesView get(@PathParam("id") long id) {
        return settings.get(id);
    }

    @PUT
    public ShopSettings.RulesView put(ShopRules.Values values) {
        return settings.update(values);
    }
}
