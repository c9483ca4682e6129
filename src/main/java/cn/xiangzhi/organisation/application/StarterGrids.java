package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.platform.application.StarterApplied;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds a starter's grids ({@code grids.csv}: {@code village,level,code,name,leader,parent}, the
 * village by its code relative to the tenant's root as in {@code places.csv}, parents first).
 * Grids whose code exists are left alone, so applying the starter again adds nothing.
 */
@ApplicationScoped
public class StarterGrids {

    @Inject
    TenantEntityManager db;

    void onStarterApplied(@Observes StarterApplied event) {
        List<CSVRecord> rows = event.rows("grids.csv");
        if (rows.isEmpty()) {
            return;
        }
        EntityManager em = db.tenant();
        Map<String, Place> places = new HashMap<>();
        em.createQuery("select p from Place p", Place.class).getResultList().forEach(p -> places.put(p.getDivisionCode(), p));
        Map<String, Grid> grids = new HashMap<>();
        em.createQuery("select g from Grid g", Grid.class).getResultList().forEach(g -> grids.put(g.getCode(), g));
        int added = 0;
        for (CSVRecord row : rows) {
            String code = row.get("code");
            if (grids.containsKey(code)) {
                continue;
            }
            Starter.Place villageEntry = event.starter().places().stream().filter(p -> p.code().equals(row.get("village")))
                    .findFirst().orElseThrow(() -> new DomainException("error.starter.parent", event.starter().code(), code));
            Place village = places.get(event.starter().divisionCodeOf(villageEntry, event.root()).value());
            String parentCode = row.get("parent");
            Grid parent = parentCode.isEmpty() ? null : grids.get(parentCode);
            Grid grid = new Grid(village, parent, GridLevel.valueOf(row.get("level")), code, row.get("name"), row.get("leader"));
            em.persist(grid);
            grids.put(code, grid);
            added++;
        }
        em.flush();
        event.added(added);
    }
}
