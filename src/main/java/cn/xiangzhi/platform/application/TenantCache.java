package cn.xiangzhi.platform.application;

import cn.xiangzhi.shared.cache.ClusterForgetting;
import cn.xiangzhi.shared.cache.Remembered;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Optional;

/**
 * The tenants that requests name, remembered for a few seconds (ADR 0011): every request of a
 * tenant used to begin a transaction and read the tenant's row before anything else. A change of a
 * tenant (suspension, resumption, look) forgets it at once and again when its transaction ends, so
 * this server never serves a suspended tenant after the suspension committed; the other instances
 * of a cluster are told to forget it when the change has ended ({@link ClusterForgetting}, ADR 0025),
 * and would notice within {@link #FRESH} anyway. Unknown codes are not remembered (a tenant signing
 * up is found at once).
 */
@ApplicationScoped
public class TenantCache {

    static final Duration FRESH = Duration.ofSeconds(5);

    private final Remembered<String, TenantSnapshot> byCode = new Remembered<>(FRESH, 10_000);

    @Inject
    TenantDirectory directory;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterForgetting cluster;

    @PostConstruct
    void listen() {
        cluster.register("tenants", code -> byCode.forgetAll(code::equals, null));
    }

    public Optional<TenantSnapshot> findByCode(String code) {
        return code == null ? directory.findByCode(null) : byCode.get(code, directory::findByCode);
    }

    /** Forgets a tenant that is being changed: now, and once the changing transaction has ended. */
    public void forget(String code) {
        byCode.forget(code, transactions);
        cluster.forgetElsewhere("tenants", code);
    }
}
