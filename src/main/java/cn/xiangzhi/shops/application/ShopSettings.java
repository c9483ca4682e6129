package cn.xiangzhi.shops.application;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import cn.xiangzhi.shops.domain.ShopRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The tenant's shop settings (see {@link ShopRules}): the return window and the rate per point.
 * Shop readers may read them, the tenant admin ({@code shop:manage}) changes them. Without a stored
 * row the defaults apply (7 days, no rate).
 */
@ApplicationScoped
@Transactional
public class ShopSettings {

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    /** The settings as REST and pages show them; {@code id} is null while the defaults apply. */
    public record RulesView(Long id, int returnDays, BigDecimal yuanPerPoint, String updatedBy, Instant updatedAt)
            implements Serializable {
        static RulesView of(ShopRules row) {
            return new RulesView(row.getId(), row.values().returnDays(), row.values().yuanPerPoint(), row.getUpdatedBy(),
                    row.getUpdatedAt());
        }
    }

    public RulesView get() {
        Access.require(Shops.VIEW);
        ShopRules row = stored(db.tenant());
        return row == null ? new RulesView(null, ShopRules.Values.DEFAULTS.returnDays(), null, null, null) : RulesView.of(row);
    }

    /** The stored row by id (404 for another tenant's id or while the defaults apply). */
    public RulesView get(long id) {
        Access.require(Shops.VIEW);
        ShopRules row = stored(db.tenant());
        if (row == null || row.getId() != id) {
            throw new NotFoundException("ShopRules", id);
        }
        return RulesView.of(row);
    }

    /** Replaces both settings; invalid values are refused with the broken rule's key and change nothing. */
    public RulesView update(ShopRules.Values values) {
        UserPrincipal user = Access.require(Shops.MANAGE);
        if (values == null) {
            throw new DomainException("error.shopRules.missing");
        }
        EntityManager em = db.tenant();
        ShopRules row = stored(em);
        if (row == null) {
            row = new ShopRules(values, user.describe(), clock.instant());
            em.persist(row);
        } else {
            row.change(values, user.describe(), clock.instant());
        }
        em.flush();
        return RulesView.of(row);
    }

    /** The settings in force, for the counter and the settlement (they have checked the caller's permission). */
    public ShopRules.Values current() {
        ShopRules row = stored(db.tenant());
        return row == null ? ShopRules.Values.DEFAULTS : row.values();
    }

    private static ShopRules stored(EntityManager em) {
        return em.createQuery("select r from ShopRules r", ShopRules.class).getResultStream().findFirst().orElse(null);
    }
}
