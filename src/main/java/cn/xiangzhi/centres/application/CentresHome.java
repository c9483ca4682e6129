package cn.xiangzhi.centres.application;

import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.home.Attention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.util.List;

/** Service centres on the home page: citizen service requests of the reader's scope still open after their deadline. */
@ApplicationScoped
@Transactional
public class CentresHome implements Attention {

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Centres.VIEW)) {
            return List.of();
        }
        String scope = Access.require(Centres.VIEW).scopePath() + "%";
        long overdue = db.tenant().createQuery("select count(r) from ServiceRequest r where r.village.path like :scope"
                        + " and r.status in :open and r.deadline < :today", Long.class).setParameter("scope", scope)
                .setParameter("open", List.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.IN_PROGRESS))
                .setParameter("today", clock.today()).getSingleResult();
        return List.of(new Item("home.attention.overdueRequests", overdue, "centres.xhtml", true));
    }
}
