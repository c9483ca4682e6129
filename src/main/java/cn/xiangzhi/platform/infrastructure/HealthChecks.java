package cn.xiangzhi.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * MicroProfile Health for the load balancer and the container: ready when the schema is migrated
 * and the database answers within two seconds; live while the application is deployed. The
 * answers say up or down and nothing else (no error texts, no versions).
 */
@ApplicationScoped
public class HealthChecks {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Readiness
    @ApplicationScoped
    public static class DatabaseReady implements HealthCheck {
        @Inject
        HealthChecks checks;

        @Override
        public HealthCheckResponse call() {
            return checks.database();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {
        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("xiangzhi");
        }
    }

    HealthCheckResponse database() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return HealthCheckResponse.named("database").status(valid && migration.isDone()).build();
        } catch (SQLException e) {
            // up or down, nothing internal: the reason goes to the log, not to whoever asks
            LOG.log(Level.WARNING, "readiness: database unavailable", e);
            return HealthCheckResponse.named("database").down().build();
        }
    }
}
