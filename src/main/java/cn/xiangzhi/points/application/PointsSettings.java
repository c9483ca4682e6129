package cn.xiangzhi.points.application;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The tenant's points rules (see {@link PointsRules}): everyone who reads points may read them, the
 * tenant admin ({@code points:settings}) changes them. Without a stored row the seed-002 defaults apply.
 */
@ApplicationScoped
@Transactional
public class PointsSettings {

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    /** The rules as REST and pages show them; {@code id} is null while the defaults apply. */
    public record RulesView(Long id, BigDecimal ownWeight, int goldPercent, int silverPercent, int bronzePercent,
                            int goldBonus, int silverBonus, int bronzeBonus, int objectionDays, int expiryMonths, String updatedBy,
                            Instant updatedAt) implements Serializable {
        static RulesView of(PointsRules row) {
            return of(row.getId(), row.values(), row.getUpdatedBy(), row.getUpdatedAt());
        }

        static RulesView of(Long id, PointsRules.Values v, String by, Instant at) {
            return new RulesView(id, v.ownWeight(), v.goldPercent(), v.silverPercent(), v.bronzePercent(), v.goldBonus(),
                    v.silverBonus(), v.bronzeBonus(), v.objectionDays(), v.expiryMonths(), by, at);
        }
    }

    public RulesView get() {
        Access.require("points:view");
        PointsRules row = stored(db.tenant());
        return row == null ? RulesView.of(null, PointsRules.Values.DEFAULTS, null, null) : RulesView.of(row);
    }

    /** The stored row by id (404 for another tenant's id or while the defaults apply). */
    public RulesView get(long id) {
        Access.require("points:view");
        PointsRules row = stored(db.tenant());
        if (row == null || row.getId() != id) {
            throw new NotFoundException("PointsRules", id);
        }
        return RulesView.of(row);
    }

    /** Replaces all the rules; invalid rules are refused with the first broken rule's key and change nothing. */
    public RulesView update(PointsRules.Values values) {
        UserPrincipal user = Access.require("points:settings");
        if (values == null) {
            throw new DomainException("error.pointsRules.missing");
        }
        EntityManager em = db.tenant();
        PointsRules row = stored(em);
        Instant now = clock.now();
        if (row == null) {
            row = new PointsRules(values, user.describe(), now);
            em.persist(row);
        } else {
            row.change(values, user.describe(), now);
        }
        em.flush();
        return RulesView.of(row);
    }

    /** The rules in force, for other points services (they have checked the caller's permission). */
    public PointsRules.Values current() {
        PointsRules row = stored(db.tenant());
        return row == null ? PointsRules.Values.DEFAULTS : row.values();
    }

    private static PointsRules stored(EntityManager em) {
        return em.createQuery("select r from PointsRules r", PointsRules.class).getResultStream().findFirst().orElse(null);
    }
}
