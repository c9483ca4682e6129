package cn.xiangzhi.points.application;

import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
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
public class PointsSettings extends TenantSettings<PointsRules, PointsRules.Values> {

    public PointsSettings() {
        super(PointsRules.class, PointsRules::new, PointsRules.Values.DEFAULTS, Permission.POINTS_VIEW,
                Permission.POINTS_SETTINGS, "error.pointsRules.missing");
    }

    /** The rules as REST and pages show them; {@code id} is null while the defaults apply. */
    public record RulesView(Long id, BigDecimal ownWeight, int goldPercent, int silverPercent, int bronzePercent,
                            int goldBonus, int silverBonus, int bronzeBonus, int objectionDays, int expiryMonths, String updatedBy,
                            Instant updatedAt) implements Serializable {
        static RulesView of(PointsRules row) {
            return row == null ? of(null, PointsRules.Values.DEFAULTS, null, null)
                    : of(row.getId(), row.values(), row.getUpdatedBy(), row.getUpdatedAt());
        }

        static RulesView of(Long id, PointsRules.Values v, String by, Instant at) {
            return new RulesView(id, v.ownWeight(), v.goldPercent(), v.silverPercent(), v.bronzePercent(), v.goldBonus(),
                    v.silverBonus(), v.bronzeBonus(), v.objectionDays(), v.expiryMonths(), by, at);
        }
    }

    public RulesView get() {
        return RulesView.of(read());
    }

    /** The stored row by id (404 for another tenant's id or while the defaults apply). */
    public RulesView get(long id) {
        return RulesView.of(read(id));
    }

    /** Replaces all the rules; invalid rules are refused with the first broken rule's key and change nothing. */
    public RulesView update(PointsRules.Values values) {
        return RulesView.of(replace(values));
    }
}
