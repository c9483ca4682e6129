package cn.xiangzhi.centres.application;

import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.domain.ContractStatus;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's "contracts expiring" column: per village, the active contracts of the register
 * that end within {@link Contracts#DEFAULT_ALERT_DAYS} days (or have ended and are not closed) —
 * the same rule as the register's own alert list.
 */
@ApplicationScoped
@Transactional
public class ContractsExpiring implements VillageFigures {

    @Inject
    TenantEntityManager db;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public String key() {
        return TownshipDashboard.CONTRACTS_EXPIRING;
    }

    @Override
    public Map<Long, Long> figures(Collection<Long> villageIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (villageIds.isEmpty()) {
            return counts;
        }
        db.tenant().createQuery("select c.village.id, count(c) from Contract c where c.village.id in :villages"
                        + " and c.status = :s and c.endDate <= :until group by c.village.id", Object[].class)
                .setParameter("villages", villageIds).setParameter("s", ContractStatus.ACTIVE)
                .setParameter("until", LocalDate.now(clock).plusDays(Contracts.DEFAULT_ALERT_DAYS)).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
