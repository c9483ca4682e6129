package cn.xiangzhi.points.infrastructure;

import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key each tenant signs its household cards with: 32 random bytes in {@code household_card_key},
 * made on the tenant's first use and never changed or served. Plain JDBC on the application's JTA
 * data source (EclipseLink refuses native SQL with multitenant entities): inside the caller's
 * transaction the container hands out its connection, so a key made commits or rolls back with the
 * card that needed it. The key is no entity: nothing of ours may list, audit or serialise it. Keys
 * are remembered once committed (they never change): a key made in a transaction that rolls back
 * must not sign anything later.
 */
@ApplicationScoped
public class CardKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Long, byte[]> committed = new ConcurrentHashMap<>();

    @Resource(lookup = "java:app/jdbc/xiangzhi")
    private DataSource dataSource;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The bound tenant's card key; call inside the caller's transaction. */
    public byte[] current() {
        long tenant = TenantContext.current().id();
        byte[] known = committed.get(tenant);
        String madeHere = CardKeys.class.getName() + ":" + tenant;
        if (known == null) {
            known = (byte[]) transactions.getResource(madeHere);
        }
        if (known != null) {
            return known;
        }
        try (Connection connection = dataSource.getConnection()) {
            byte[] stored = select(connection, tenant, "");
            if (stored != null) { // committed by an earlier transaction: this one made none
                committed.put(tenant, stored);
                return stored;
            }
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            // a concurrent first use may win: insert ignore keeps its key, and both read the same one
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert ignore into household_card_key (tenant_id, secret, created_at) values (?, ?, ?)")) {
                insert.setLong(1, tenant);
                insert.setBytes(2, secret);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            // a locking read sees the winner's row even where this transaction's snapshot does not
            byte[] key = select(connection, tenant, " for update");
            transactions.putResource(madeHere, key);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        committed.put(tenant, key);
                    }
                }
            });
            return key;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the card key of tenant " + tenant, e);
        }
    }

    private static byte[] select(Connection connection, long tenant, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select secret from household_card_key where tenant_id = ?" + lock)) {
            select.setLong(1, tenant);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }
}
