package cn.xiangzhi.decisions.application;

import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Gives a tenant opened without a starter the standard procedures when they are first needed, in
 * a transaction of its own that ends before the caller's reads begin. Two first reads at the same
 * moment both try; the later insert fails on the unique procedure code, and that caller reads the
 * procedures the other one installed instead of failing (PowerList).
 */
@ApplicationScoped
public class StandardProcedureInstaller {

    @Inject
    TenantEntityManager db;

    @Inject
    PowerList powerList;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int install() {
        return powerList.installStandard(db.tenant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean installed() {
        return !db.tenant().createQuery("select p.id from DecisionProcedure p", Long.class).setMaxResults(1)
                .getResultList().isEmpty();
    }
}
