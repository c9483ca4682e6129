package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.DecisionProcedure;
import cn.xiangzhi.decisions.domain.PowerListItem;
import cn.xiangzhi.platform.application.StarterApplied;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVRecord;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives a tenant the standard decision procedures and adds its starter's power list
 * ({@code powerlist.csv}: {@code code,name,category,procedure}, the procedure by its code). Items
 * whose code exists are left alone, so applying the starter again adds nothing.
 */
@ApplicationScoped
public class StarterPowerList {

    @Inject
    TenantEntityManager db;

    @Inject
    StandardProcedureInstaller standardProcedures;

    void onStarterApplied(@Observes StarterApplied event) {
        EntityManager em = db.tenant();
        int added = standardProcedures.installIn(em);
        List<CSVRecord> rows = event.rows("powerlist.csv");
        if (!rows.isEmpty()) {
            Map<String, DecisionProcedure> procedures = em.createQuery("select p from DecisionProcedure p", DecisionProcedure.class)
                    .getResultList().stream().collect(Collectors.toMap(DecisionProcedure::getCode, Function.identity()));
            Set<String> codes = new HashSet<>(em.createQuery("select i.code from PowerListItem i", String.class).getResultList());
            for (CSVRecord row : rows) {
                if (codes.contains(row.get("code"))) {
                    continue;
                }
                DecisionProcedure procedure = procedures.get(row.get("procedure"));
                if (procedure == null) {
                    throw new DomainException("error.decision.procedure");
                }
                em.persist(new PowerListItem(row.get("code"), row.get("name"), row.get("category"), procedure));
                codes.add(row.get("code"));
                added++;
            }
            em.flush();
        }
        event.added(added);
    }
}
