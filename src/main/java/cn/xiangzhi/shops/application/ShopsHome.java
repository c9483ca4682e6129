package cn.xiangzhi.shops.application;

import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.home.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The shops' step of a new tenant's setup: an exchange shop where households redeem points. */
@ApplicationScoped
@Transactional
public class ShopsHome implements SetupStep {

    @Inject
    TenantEntityManager db;

    @Override
    public List<Step> steps() {
        long shops = db.tenant().createQuery("select count(s) from Shop s", Long.class).getSingleResult();
        return List.of(new Step(50, "home.setup.shops", "shops.xhtml", shops > 0));
    }
}
