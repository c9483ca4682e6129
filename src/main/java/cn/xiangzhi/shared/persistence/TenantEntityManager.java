package cn.xiangzhi.shared.persistence;

import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.PersistenceUnitProperties;

import java.util.Objects;

/**
 * The one way application services reach the database.
 *
 * <p>{@link #tenant()} returns the transaction's entity manager bound to the tenant of
 * {@link TenantContext}: EclipseLink then adds {@code tenant_id = ?} to every query and insert of a
 * {@code @Multitenant} entity. It must be called inside a JTA transaction (services are
 * {@code @Transactional}); outside one the binding would be lost after the call, so it refuses.
 * {@link #platform()} is for the shared platform tables (tenants, operators) only.
 */
@ApplicationScoped
public class TenantEntityManager {

    static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    @PersistenceContext(unitName = "xiangzhi")
    private EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    /** The entity manager for tenant-owned data of the bound tenant. */
    public EntityManager tenant() {
        requireTransaction();
        TenantRef tenant = TenantContext.current();
        Object bound = em.getProperties().get(TENANT_PROPERTY);
        String id = Long.toString(tenant.id());
        if (bound != null && !Objects.equals(bound.toString(), id)) {
            throw new IllegalStateException("This transaction already works for tenant " + bound
                    + "; it cannot switch to " + id);
        }
        if (bound == null) {
            em.setProperty(TENANT_PROPERTY, id);
        }
        return em;
    }

    /**
     * The entity manager for shared platform tables (tenants, operators). It carries no tenant: a
     * query of a tenant-owned entity through it fails in EclipseLink until {@link #tenant()} binds one.
     */
    public EntityManager platform() {
        requireTransaction();
        return em;
    }

    private void requireTransaction() {
        DatabaseGate.check();
        int status = transactions.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Database access needs an active transaction (status " + status + ")");
        }
    }
}
