package cn.xiangzhi.points.application;

import cn.xiangzhi.platform.application.StarterApplied;
import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.PointsKind;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds a starter's points catalogue ({@code catalogue.csv}:
 * {@code code,name,kind,points,evidence,proposers,monthly_cap}; proposers are role names separated
 * by spaces or "|"). Items whose code exists are left alone, so applying the starter again adds nothing.
 */
@ApplicationScoped
public class StarterCatalogue {

    @Inject
    TenantEntityManager db;

    void onStarterApplied(@Observes StarterApplied event) {
        List<CSVRecord> rows = event.rows("catalogue.csv");
        if (rows.isEmpty()) {
            return;
        }
        EntityManager em = db.tenant();
        Set<String> codes = new HashSet<>(em.createQuery("select i.code from CatalogueItem i", String.class).getResultList());
        int added = 0;
        for (CSVRecord row : rows) {
            if (codes.contains(row.get("code"))) {
                continue;
            }
            Set<Role> proposers = Arrays.stream(row.get("proposers").split("[ |]+")).filter(s -> !s.isBlank())
                    .map(Role::valueOf).collect(Collectors.toSet());
            String cap = row.get("monthly_cap");
            em.persist(new CatalogueItem(row.get("code"), row.get("name"), PointsKind.valueOf(row.get("kind")),
                    Integer.parseInt(row.get("points")), Boolean.parseBoolean(row.get("evidence")), proposers,
                    cap.isEmpty() ? null : Integer.valueOf(cap)));
            codes.add(row.get("code"));
            added++;
        }
        em.flush();
        event.added(added);
    }
}
