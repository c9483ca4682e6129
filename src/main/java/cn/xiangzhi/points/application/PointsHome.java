package cn.xiangzhi.points.application;

import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.home.Attention;
import cn.xiangzhi.shared.home.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * Household points on the home page: proposals waiting for the village's confirmation and
 * objections waiting for the township's decision, in the reader's scope; and the catalogue as a
 * step of a new tenant's setup.
 */
@ApplicationScoped
@Transactional
public class PointsHome implements Attention, SetupStep {

    @Inject
    TenantEntityManager db;

    @Override
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        if (SecurityUtils.getSubject().isPermitted(Permission.POINTS_CONFIRM)) {
            String scope = Access.require(Permission.POINTS_CONFIRM).scopePath() + "%";
            long proposals = db.tenant().createQuery("select count(p) from Proposal p where p.household.village.path like :scope"
                    + " and p.status = :s", Long.class).setParameter("scope", scope).setParameter("s", ProposalStatus.PROPOSED)
                    .getSingleResult();
            items.add(new Item("home.attention.proposals", proposals, "points-review.xhtml", false));
        }
        if (SecurityUtils.getSubject().isPermitted(Permission.POINTS_REVIEW)) {
            String scope = Access.require(Permission.POINTS_REVIEW).scopePath() + "%";
            long objections = db.tenant().createQuery("select count(o) from Objection o where o.line.village.path like :scope"
                    + " and o.status = :s", Long.class).setParameter("scope", scope).setParameter("s", Objection.Status.OPEN)
                    .getSingleResult();
            items.add(new Item("home.attention.objections", objections, "points-review.xhtml", true));
        }
        return items;
    }

    @Override
    public List<Step> steps() {
        long items = db.tenant().createQuery("select count(i) from CatalogueItem i", Long.class).getSingleResult();
        return List.of(new Step(40, "home.setup.catalogue", "catalogue.xhtml", items > 0));
    }
}
