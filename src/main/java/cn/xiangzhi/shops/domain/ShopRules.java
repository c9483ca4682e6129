package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.settings.TenantSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's shop settings (one row per tenant; without one {@link Values#DEFAULTS} apply): how
 * many days after a redemption a shop may take the goods back, and how many yuan the tenant pays a
 * shop per point redeemed there (the rate monthly statements are issued at). There is no default
 * rate: until the tenant admin sets one, no statement can be issued.
 */
@Entity
@Table(name = "shop_rules")
public class ShopRules extends TenantOwnedEntity implements TenantSettings.Row<ShopRules.Values> {

    /** The settings as values; {@code yuanPerPoint} null while no rate is set. */
    public record Values(Integer returnDays, BigDecimal yuanPerPoint) implements Serializable {

        /** A 7-day return window, no rate. */
        public static final Values DEFAULTS = new Values(7, null);

        public static final int MAX_RETURN_DAYS = 90;
        public static final BigDecimal MAX_RATE = new BigDecimal("100");

        /** These values if valid (both given, days 0..90, rate 0..100 yuan with at most 4 decimals); otherwise the broken rule. */
        public Values validated() {
            if (returnDays == null || yuanPerPoint == null) {
                throw new DomainException("error.shopRules.missing");
            }
            if (returnDays < 0 || returnDays > MAX_RETURN_DAYS) {
                throw new DomainException("error.shopRules.returnDays", returnDays, MAX_RETURN_DAYS);
            }
            if (yuanPerPoint.signum() < 0 || yuanPerPoint.compareTo(MAX_RATE) > 0 || yuanPerPoint.stripTrailingZeros().scale() > 4) {
                throw new DomainException("error.shopRules.rate", yuanPerPoint.toPlainString(), MAX_RATE.toPlainString());
            }
            return new Values(returnDays, yuanPerPoint.setScale(4));
        }
    }

    @Column(name = "return_days", nullable = false)
    private int returnDays;

    @Column(name = "yuan_per_point", precision = 10, scale = 4)
    private BigDecimal yuanPerPoint;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ShopRules() {
    }

    public ShopRules(Values values, String by, Instant at) {
        change(values, by, at);
    }

    /** Replaces both settings after validating them: invalid values change nothing. */
    @Override
    public final void change(Values values, String by, Instant at) {
        Values valid = values.validated();
        this.returnDays = valid.returnDays();
        this.yuanPerPoint = valid.yuanPerPoint();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Values values() {
        return new Values(returnDays, yuanPerPoint == null ? null : yuanPerPoint.setScale(4));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("returnDays", returnDays);
        state.put("yuanPerPoint", yuanPerPoint == null ? null : yuanPerPoint.toPlainString());
        return state;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
