package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.infrastructure.ClusterHealth;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.ForbiddenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Objects;

/**
 * The cluster's health for the operator ({@code GET /api/platform/cluster}, operators only, issue 21):
 * the instances of the data grid, the database node this instance writes to with Galera's view of
 * the cluster, and the application's figures.
 */
@Tag(name = "platform/cluster", description = "The cluster's health for the operator: instances, database nodes and the writer, the application's figures (GET /api/platform/cluster)")
@Path("platform/cluster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClusterResource {

    @Inject
    ClusterHealth health;

    @GET
    public JsonObject cluster() {
        if (!CurrentUser.require().isOperator()) {
            throw new ForbiddenException("platform operators only");
        }
        JsonArrayBuilder instances = Json.createArrayBuilder();
        health.instances().forEach(i -> instances.add(Json.createObjectBuilder().add("address", i.address()).add("here", i.here())));
        ClusterHealth.DatabaseNode db = health.database();
        ClusterHealth.Figures figures = health.figures();
        return Json.createObjectBuilder()
                .add("instances", instances)
                .add("database", Json.createObjectBuilder()
                        .add("writer", db.address())
                        .add("clusterSize", Objects.toString(db.clusterSize(), ""))
                        .add("clusterStatus", Objects.toString(db.clusterStatus(), ""))
                        .add("state", Objects.toString(db.state(), ""))
                        .add("nodes", Objects.toString(db.nodes(), "")))
                .add("figures", Json.createObjectBuilder()
                        .add("redemptions", figures.redemptions())
                        .add("deviceRecords", figures.deviceRecords())
                        .add("failedSignIns", figures.failedSignIns()))
                .build();
    }
}
