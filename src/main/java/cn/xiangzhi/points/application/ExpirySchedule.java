package cn.xiangzhi.points.application;

import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.time.DailyJob;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The expiry job: every night at {@link #AT} of each tenant's own day (ADR 0014) it asks the
 * tenant's {@link PointsExpiry} for this month's run, which does nothing where expiry is off or this
 * month's run has finished. Daily rather than on the 1st, so that a server that was down on the 1st
 * catches up the next night; one tenant's failure is logged and does not stop the others. The timer
 * ticks every five minutes and runs the tenants whose 01:17 has come and who have not run today.
 * <p>
 * The bean manages its own transactions (that is, none): each tenant's run is a transaction of its
 * own, started by {@link PointsExpiry}. Under the container's default a timer's tick was one
 * transaction for every tenant, so the second tenant's run failed ("this transaction already works
 * for tenant 1") and marked the transaction for rollback, and every later tenant failed too.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpirySchedule implements DailyJob {

    static final LocalTime AT = LocalTime.of(1, 17);
    private static final Logger LOG = Logger.getLogger(ExpirySchedule.class.getName());

    @Inject
    PointsExpiry expiry;

    @Inject
    Tenants tenants;

    @Inject
    BusinessClock clock;

    /** The tenant's day on which the job last ran here. */
    private final Map<Long, LocalDate> lastRun = new ConcurrentHashMap<>();

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void tick() {
        runDue();
    }

    @Override
    public void runDue() {
        Instant now = clock.now();
        for (TenantRef tenant : tenants.active()) {
            if (!DailyJob.isDue(AT, tenant.zone(), lastRun.get(tenant.id()), now)) {
                continue;
            }
            lastRun.put(tenant.id(), LocalDate.ofInstant(now, tenant.zone()));
            TenantContext.runAs(tenant, () -> {
                try {
                    expiry.runDue().ifPresent(run -> LOG.info(() -> tenant.code() + ": expired " + run.points()
                            + " points of " + run.households() + " households (points up to " + run.cutoffMonth() + ")"));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, tenant.code() + ": expiry run failed; the next night tries again", e);
                }
            });
        }
    }

    /** The active tenants, read in a transaction of their own. */
    @jakarta.enterprise.context.ApplicationScoped
    @jakarta.transaction.Transactional
    public static class Tenants {
        @Inject
        TenantEntityManager db;

        public List<TenantRef> active() {
            return db.platform().createQuery("select t from Tenant t order by t.id", Tenant.class).getResultStream()
                    .filter(Tenant::isActive).map(t -> TenantSnapshot.of(t).ref()).toList();
        }
    }
}
