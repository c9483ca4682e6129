package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.infrastructure.ClusterHealth;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The operator console's cluster page: the instances of the data grid, the database writer and Galera's view, the figures (issue 21). */
@Named
@RequestScoped
public class ClusterView {

    @Inject
    ClusterHealth health;

    private List<ClusterHealth.Instance> instances;
    private ClusterHealth.DatabaseNode database;
    private ClusterHealth.Figures figures;

    @PostConstruct
    void load() {
        instances = health.instances();
        database = health.database();
        figures = health.figures();
    }

    public List<ClusterHealth.Instance> getInstances() {
        return instances;
    }

    public ClusterHealth.DatabaseNode getDatabase() {
        return database;
    }

    public ClusterHealth.Figures getFigures() {
        return figures;
    }

    /** The addresses of the Galera nodes, one per line (Galera gives them comma-separated). */
    public List<String> getNodes() {
        return database.nodes() == null || database.nodes().isBlank() ? List.of() : List.of(database.nodes().split(","));
    }
}
