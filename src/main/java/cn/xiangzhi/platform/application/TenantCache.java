package cn.xiangzhi.platform.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tenants that requests name, remembered for a few seconds (ADR 0011): every request of a
 * tenant used to begin a transaction and read the tenant's row before anything else. A change of a
 * tenant (suspension, resumption, look) forgets it at once and again when its transaction ends, so
 * this server never serves a suspended tenant after the suspension committed; another server of
 * the same database would notice within {@link #FRESH}. Unknown codes are not remembered (a tenant
 * signing up is found at once).
 */
@ApplicationScoped
public class TenantCache {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final int MAX = 10_000;

    private record Entry(TenantSnapshot tenant, long loadedAt) {
    }

    private final ConcurrentHashMap<String, Entry> byCode = new ConcurrentHashMap<>();

    @Inject
    TenantDirectory directory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    public Optional<TenantSnapshot> findByCode(String code) {
        Entry entry = code == null ? null : byCode.get(code);
        long now = System.nanoTime();
        if (entry != null && now - entry.loadedAt() < FRESH.toNanos()) {
            return Optional.of(entry.tenant());
        }
        Optional<TenantSnapshot> tenant = directory.findByCode(code);
        if (tenant.isPresent()) {
            if (byCode.size() >= MAX) {
                byCode.clear();
            }
            byCode.put(code, new Entry(tenant.get(), now));
        } else if (code != null) {
            byCode.remove(code);
        }
        return tenant;
    }

    /** Forgets a tenant that is being changed: now, and once the changing transaction has ended. */
    public void forget(String code) {
        byCode.remove(code);
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    byCode.remove(code);
                }
            });
        }
    }
}
