package cn.xiangzhi.liaison.application;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.shared.home.Attention;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.util.List;

/**
 * Liaison duties on the home page (ADR 0018): requests found on visits that are past their deadline
 * (escalated to the township: its users see every village's), and households no liaison looks after.
 */
@ApplicationScoped
@Transactional
public class LiaisonHome implements Attention {

    @Inject
    ServiceRequests requests;

    @Inject
    Liaisons liaisons;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Permission.LIAISON_VIEW)) {
            return List.of();
        }
        String scope = Access.require(Permission.LIAISON_VIEW).scopePath();
        return List.of(new Item("home.attention.liaisonOverdue", requests.overdueFoundOnVisits(scope), "liaison-coverage.xhtml", true),
                new Item("home.attention.withoutLiaison", liaisons.countUnassigned(), "liaisons.xhtml", false));
    }
}
