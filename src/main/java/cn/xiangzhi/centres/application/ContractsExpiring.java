package cn.xiangzhi.centres.application;

import cn.xiangzhi.decisions.application.Contracts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Map;

/**
 * The dashboard's "contracts expiring" column: per village, the contracts the register's own alert
 * list counts as expiring within {@link Contracts#DEFAULT_ALERT_DAYS} days.
 */
@ApplicationScoped
public class ContractsExpiring implements VillageFigures {

    @Inject
    Contracts contracts;

    @Override
    public String key() {
        return TownshipDashboard.CONTRACTS_EXPIRING;
    }

    @Override
    public Map<Long, Long> figures(Collection<Long> villageIds) {
        return contracts.expiringCounts(villageIds);
    }
}
