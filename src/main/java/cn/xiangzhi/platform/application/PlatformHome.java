package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.home.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/** The platform's steps of a new tenant's setup: its villages, its users beyond the first admin, a kiosk. */
@ApplicationScoped
@Transactional
public class PlatformHome implements SetupStep {

    @Inject
    TenantEntityManager db;

    @Override
    public List<Step> steps() {
        return List.of(
                new Step(10, "home.setup.places", "places.xhtml", count("select count(p) from Place p where p.level in :villages",
                        List.of(PlaceLevel.VILLAGE, PlaceLevel.COMMUNITY)) > 0),
                new Step(30, "home.setup.users", "users.xhtml", count("select count(u) from UserAccount u", null) > 1),
                new Step(60, "home.setup.kiosk", "kiosks.xhtml", count("select count(k) from KioskToken k", null) > 0));
    }

    private long count(String jpql, List<PlaceLevel> levels) {
        var query = db.tenant().createQuery(jpql, Long.class);
        if (levels != null) {
            query.setParameter("villages", levels);
        }
        return query.getSingleResult();
    }
}
