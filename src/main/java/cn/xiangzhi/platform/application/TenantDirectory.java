package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** Looks tenants up by their URL code, for every request that names one. */
@ApplicationScoped
@Transactional
public class TenantDirectory {

    @Inject
    TenantEntityManager db;

    public Optional<TenantSnapshot> findByCode(String code) {
        if (code == null || !Tenant.CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return db.platform().createQuery("select t from Tenant t where t.code = :code", Tenant.class)
                .setParameter("code", code)
                .getResultStream().findFirst().map(TenantSnapshot::of);
    }

    /** The tenant with this id (a device's, from the registry). */
    public Optional<TenantSnapshot> findById(long id) {
        return Optional.ofNullable(db.platform().find(Tenant.class, id)).map(TenantSnapshot::of);
    }
}
