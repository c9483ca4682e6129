package cn.xiangzhi.points.infrastructure;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The key each tenant signs its household cards with: 32 random bytes in {@code household_card_key},
 * made on the tenant's first use and never changed or served. Plain JDBC on the application's JTA
 * data source (EclipseLink refuses native SQL with multitenant entities). The key is made in a
 * transaction of its own that commits at once: a first use whose own transaction rolls back leaves
 * a key nobody has used, which is harmless, and simultaneous first uses wait on the unique row and
 * then all read the winner's key (shared locks only, so no lock upgrade and no deadlock). The key is
 * no entity: nothing of ours may list, audit or serialise it. Keys never change, so they are
 * remembered.
 */
@ApplicationScoped
public class CardKeys {

    @Inject
    BusinessClock clock;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Long, byte[]> known = new ConcurrentHashMap<>();

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    private DataSource dataSource;

    /** The bound tenant's card key. */
    public byte[] current() {
        long tenant = TenantContext.current().id();
        return known.computeIfAbsent(tenant, t -> CDI.current().select(CardKeys.class).get().obtain(t));
    }

    /** Reads the tenant's key, making it first if there is none; commits on its own. */
    @jakarta.transaction.Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] obtain(long tenant) {
        try (Connection connection = dataSource.getConnection()) {
            byte[] stored = select(connection, tenant, "");
            if (stored != null) {
                return stored;
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            // a simultaneous first use may win: insert ignore waits for it and keeps its key
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert ignore into household_card_key (tenant_id, secret, created_at) values (?, ?, ?)")) {
                insert.setLong(1, tenant);
                insert.setBytes(2, secret);
                insert.setTimestamp(3, Timestamp.from(clock.now()));
                insert.executeUpdate();
            }
            return select(connection, tenant, " lock in share mode"); // a locking read sees the winner's committed row
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the card key of tenant " + tenant, e);
        }
    }

    private static byte[] select(Connection connection, long tenant, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select secret from household_card_key where tenant_id = ?"
                + lock)) {
            select.setLong(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }
}
