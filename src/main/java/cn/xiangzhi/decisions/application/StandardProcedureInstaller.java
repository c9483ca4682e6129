package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.DecisionProcedure;
import cn.xiangzhi.decisions.domain.StandardProcedures;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Gives a tenant the standard procedures ({@link StandardProcedures}): at sign-up from a starter, in
 * the sign-up's transaction ({@link #installIn}), or, for a tenant opened without a starter, when
 * they are first needed, in a transaction of its own that ends before the caller's reads begin
 * ({@link #install}). Two first reads at the same moment both try; the later insert fails on the
 * unique procedure code, and that caller reads the procedures the other one installed (PowerList).
 */
@ApplicationScoped
public class StandardProcedureInstaller {

    @Inject
    TenantEntityManager db;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int install() {
        return installIn(db.tenant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean installed() {
        return hasAny(db.tenant());
    }

    /**
     * Gives a tenant without any procedure the standard ones, in the caller's transaction; returns
     * how many were added. A tenant that has procedures keeps its choice (a retired standard stays
     * retired).
     */
    public int installIn(EntityManager em) {
        if (hasAny(em)) {
            return 0;
        }
        List<StandardProcedures.Template> all = StandardProcedures.all();
        for (StandardProcedures.Template t : all) { // one by one: ids keep the standard order
            em.persist(new DecisionProcedure(t.code(), t.name(), t.steps()));
            em.flush();
        }
        return all.size();
    }

    private static boolean hasAny(EntityManager em) {
        return !em.createQuery("select p.id from DecisionProcedure p", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
