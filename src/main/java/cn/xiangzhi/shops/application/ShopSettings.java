package cn.xiangzhi.shops.application;

import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.settings.TenantSettings;
import cn.xiangzhi.shops.domain.ShopRules;
import jakarta.enterprise.context.ApplicationScoped;
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
public class ShopSettings extends TenantSettings<ShopRules, ShopRules.Values> {

    public ShopSettings() {
        super(ShopRules.class, ShopRules::new, ShopRules.Values.DEFAULTS, Permission.SHOP_VIEW, Permission.SHOP_MANAGE,
                "error.shopRules.missing");
    }

    /** The settings as REST and pages show them; {@code id} is null while the defaults apply. */
    public record RulesView(Long id, int returnDays, BigDecimal yuanPerPoint, String updatedBy, Instant updatedAt)
            implements Serializable {
        static RulesView of(ShopRules row) {
            return row == null ? new RulesView(null, ShopRules.Values.DEFAULTS.returnDays(), null, null, null)
                    : new RulesView(row.getId(), row.values().returnDays(), row.values().yuanPerPoint(), row.getUpdatedBy(),
                    row.getUpdatedAt());
        }
    }

    public RulesView get() {
        return RulesView.of(read());
    }

    /** The stored row by id (404 for another tenant's id or while the defaults apply). */
    public RulesView get(long id) {
        return RulesView.of(read(id));
    }

    /** Replaces both settings; invalid values are refused with the broken rule's key and change nothing. */
    public RulesView update(ShopRules.Values values) {
        return RulesView.of(replace(values));
    }
}
