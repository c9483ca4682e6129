package cn.xiangzhi.platform.infrastructure;

import cn.xiangzhi.shared.cache.DataGrid;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster as this instance sees it, for the operator (issue 21): the members of the data grid
 * (ADR 0023), the database node this instance writes to — the writer, one at a time (ADR 0024) — with
 * Galera's own view of the cluster ({@code wsrep_%} status: size, primary or not, the node's state,
 * the addresses of the nodes), and the application's figures, counted in the database so that every
 * instance tells the same.
 */
@ApplicationScoped
public class ClusterHealth {

    /** A member of the data grid; {@code here}: this instance. */
    public record Instance(String address, boolean here) {
    }

    /** The node this instance's connections use, and Galera's view; all null on a server without Galera. */
    public record DatabaseNode(String address, String clusterSize, String clusterStatus, String state, String nodes) {
    }

    /**
     * What the application did, counted in the database (all tenants): redemptions, attendance
     * records of devices, and failed sign-ins within the throttle's window (older ones are deleted).
     */
    public record Figures(long redemptions, long deviceRecords, long failedSignIns) {
    }

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    DataSource dataSource;

    public List<Instance> instances() {
        List<Instance> members = new ArrayList<>();
        DataGrid.find().ifPresent(grid -> grid.getCluster().getMembers()
                .forEach(m -> members.add(new Instance(m.getAddress().getHost() + ":" + m.getAddress().getPort(), m.localMember()))));
        return members;
    }

    public DatabaseNode database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String address;
            try (ResultSet r = s.executeQuery("select concat(@@hostname, ':', @@port)")) {
                r.next();
                address = r.getString(1);
            }
            Map<String, String> wsrep = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("show status where variable_name in ('wsrep_cluster_size', 'wsrep_cluster_status',"
                    + " 'wsrep_local_state_comment', 'wsrep_incoming_addresses')")) {
                while (r.next()) {
                    wsrep.put(r.getString(1).toLowerCase(), r.getString(2));
                }
            }
            return new DatabaseNode(address, wsrep.get("wsrep_cluster_size"), wsrep.get("wsrep_cluster_status"),
                    wsrep.get("wsrep_local_state_comment"), wsrep.get("wsrep_incoming_addresses"));
        } catch (SQLException e) {
            throw new PersistenceException(e); // answered as any failure of the store (StoreFailure)
        }
    }

    public Figures figures() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new Figures(
                    count(s, "select count(*) from shop_redemption where kind = 'REDEMPTION'"),
                    count(s, "select count(*) from device_punch"),
                    count(s, "select count(*) from sign_in_failure"));
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
