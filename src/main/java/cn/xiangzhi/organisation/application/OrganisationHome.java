package cn.xiangzhi.organisation.application;

import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.home.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The organisation's step of a new tenant's setup: households imported (or entered). */
@ApplicationScoped
@Transactional
public class OrganisationHome implements SetupStep {

    @Inject
    TenantEntityManager db;

    @Override
    public List<Step> steps() {
        long households = db.tenant().createQuery("select count(h) from Household h", Long.class).getSingleResult();
        return List.of(new Step(20, "home.setup.import", "import.xhtml", households > 0));
    }
}
