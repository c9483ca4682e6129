package cn.xiangzhi.shops.api;

import cn.xiangzhi.shops.application.Settlement;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Settlement's tables as flat resources (like shop-villages): the statements and lines the user sees. */
public final class SettlementResources {

    private SettlementResources() {
    }

    /** {@code GET ?shopId=} the statements of the shops the user sees; {@code GET {id}} one with its lines. */
    @Tag(name = "shop-statements", description = "A shop's monthly statements: list, one, payment, Excel and PDF")
    @Path("t/{tenant}/shop-statements")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Statements {

        @Inject
        Settlement settlement;

        @GET
        public List<Settlement.StatementView> list(@QueryParam("shopId") Long shopId) {
            return settlement.statements(shopId);
        }

        @GET
        @Path("{id}")
        public Settlement.StatementView get(@PathParam("id") long id) {
            return settlement.statement(id);
        }
    }

    /** {@code GET ?statementId=} statement lines; {@code GET {id}} one. */
    @Tag(name = "shop-statement-lines", description = "GET ?statementId= statement lines; GET {id} one")
    @Path("t/{tenant}/shop-statement-lines")
    @RequestScoped
    @Produces(MediaType.APPLICATION_JSON)
    public static class Lines {

        @Inject
        Settlement settlement;

        @GET
        public List<Settlement.LineView> list(@QueryParam("statementId") Long statementId) {
            return settlement.lines(statementId);
        }

        @GET
        @Path("{id}")
        public Settlement.LineView get(@PathParam("id") long id) {
            return settlement.line(id);
        }
    }
}
