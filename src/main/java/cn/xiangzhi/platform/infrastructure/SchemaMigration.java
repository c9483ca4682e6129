package cn.xiangzhi.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before the
 * application serves anything. The schema comes only from here.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    private DataSource dataSource;

    private volatile boolean done;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // migrations are numbered in blocks (V1-V29 platform, organisation, points, shops; V30
                // decisions; V40 bidding; V45 centres): a new points migration (V22, V23) has a lower
                // number than ones an existing database already has, and must still be applied
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
        done = true;
    }

    public boolean isDone() {
        return done;
    }
}
