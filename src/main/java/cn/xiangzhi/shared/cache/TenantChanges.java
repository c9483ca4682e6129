package cn.xiangzhi.shared.cache;

import cn.xiangzhi.shared.persistence.TransactionEnd;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter per tenant that moves whenever the tenant's data is written on this server (the audit
 * trail reports every write: ADR 0004), for what is read often, written seldom and may be kept
 * until the next change — the boards of the village kiosks (ADR 0017). It moves when the first
 * write of a transaction is reported and again when that transaction has ended, so a value read
 * while a change was under way is never taken for a value read after it: take {@link #mark} before
 * reading and keep the value only as long as the mark is unchanged. Writes on another server are
 * not seen here: readers also bound how long they keep a value.
 */
@ApplicationScoped
public class TenantChanges {

    private final ConcurrentHashMap<Long, AtomicLong> counters = new ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry") // a bare @Resource left it null here
    TransactionSynchronizationRegistry transactions;

    /** The tenant's counter now: take it before reading. */
    public long mark(long tenantId) {
        return counter(tenantId).get();
    }

    /** A write of the tenant's data: the counter moves now and, once per transaction, when the transaction ends. */
    public void written(long tenantId) {
        AtomicLong counter = counter(tenantId);
        counter.incrementAndGet();
        Object key = TenantChanges.class.getName() + ":" + tenantId;
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION
                && transactions.getResource(key) != null) {
            return; // already told of this transaction's end
        }
        switch (TransactionEnd.then(transactions, counter::incrementAndGet)) {
            case REGISTERED -> transactions.putResource(key, Boolean.TRUE);
            case COMPLETING -> counter.incrementAndGet(); // the transaction is completing: this move is the last one needed
            case NO_TRANSACTION -> { }
        }
    }

    private AtomicLong counter(long tenantId) {
        return counters.computeIfAbsent(tenantId, id -> new AtomicLong());
    }
}
