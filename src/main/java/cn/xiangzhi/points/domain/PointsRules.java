package cn.xiangzhi.points.domain;

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
 * A tenant's points rules (one row per tenant; without one the seed-002 {@link Values#DEFAULTS}
 * apply): the weight of a grid leader's own household in their score (see {@link ScoreSheet}), the
 * quarterly ranking's tiers and bonus points (see {@link Ranking}), and the objection period a
 * month gets when it is closed without one, and after how many months unspent points expire (0:
 * never; see {@link Expiry}).
 */
@Entity
@Table(name = "points_rules")
public class PointsRules extends TenantOwnedEntity implements TenantSettings.Row<PointsRules.Values> {

    /**
     * The rules as values. Tiers are cumulative percentages of the ranked grids (gold &lt; silver &lt;
     * bronze, each 1..100); bonus points are per grid, shared by its households. Expiry months are
     * optional: without them (a client that predates them) points never expire.
     */
    public record Values(BigDecimal ownWeight, Integer goldPercent, Integer silverPercent, Integer bronzePercent,
                         Integer goldBonus, Integer silverBonus, Integer bronzeBonus, Integer objectionDays,
                         Integer expiryMonths)
            implements Serializable {

        /** Seed 002: 50% own household, top 10% / 30% / 50%, 30 / 20 / 10 points, 7 days; points never expire. */
        public static final Values DEFAULTS = new Values(new BigDecimal("0.50"), 10, 30, 50, 30, 20, 10, 7, 0);

        public static final int MAX_BONUS = 10_000;
        public static final int MAX_OBJECTION_DAYS = 30;
        public static final int MAX_EXPIRY_MONTHS = 120;

        /** These values if they are valid rules; otherwise a DomainException naming the first broken rule. */
        public Values validated() {
            if (ownWeight == null || goldPercent == null || silverPercent == null || bronzePercent == null || goldBonus == null
                    || silverBonus == null || bronzeBonus == null || objectionDays == null) {
                throw new DomainException("error.pointsRules.missing");
            }
            if (ownWeight.signum() < 0 || ownWeight.compareTo(BigDecimal.ONE) > 0 || ownWeight.stripTrailingZeros().scale() > 2) {
                throw new DomainException("error.pointsRules.ownWeight", ownWeight.toPlainString());
            }
            if (goldPercent < 1 || goldPercent >= silverPercent || silverPercent >= bronzePercent || bronzePercent > 100) {
                throw new DomainException("error.pointsRules.tiers", goldPercent, silverPercent, bronzePercent);
            }
            for (int bonus : new int[]{goldBonus, silverBonus, bronzeBonus}) {
                if (bonus < 0 || bonus > MAX_BONUS) {
                    throw new DomainException("error.pointsRules.bonus", bonus, MAX_BONUS);
                }
            }
            if (objectionDays < 1 || objectionDays > MAX_OBJECTION_DAYS) {
                throw new DomainException("error.pointsRules.objectionDays", objectionDays, MAX_OBJECTION_DAYS);
            }
            int expiry = expiryMonths == null ? 0 : expiryMonths;
            if (expiry < 0 || expiry > MAX_EXPIRY_MONTHS) {
                throw new DomainException("error.pointsRules.expiryMonths", expiry, MAX_EXPIRY_MONTHS);
            }
            return new Values(ownWeight.setScale(2), goldPercent, silverPercent, bronzePercent, goldBonus, silverBonus,
                    bronzeBonus, objectionDays, expiry);
        }

        /** The ranking's rules: tiers as shares (10% → 0.10) and the bonus per tier. */
        public Ranking.Rules ranking() {
            return new Ranking.Rules(goldPercent / 100.0, silverPercent / 100.0, bronzePercent / 100.0,
                    goldBonus, silverBonus, bronzeBonus);
        }
    }

    @Column(name = "own_weight", nullable = false, precision = 3, scale = 2)
    private BigDecimal ownWeight;

    @Column(name = "gold_percent", nullable = false)
    private int goldPercent;

    @Column(name = "silver_percent", nullable = false)
    private int silverPercent;

    @Column(name = "bronze_percent", nullable = false)
    private int bronzePercent;

    @Column(name = "gold_bonus", nullable = false)
    private int goldBonus;

    @Column(name = "silver_bonus", nullable = false)
    private int silverBonus;

    @Column(name = "bronze_bonus", nullable = false)
    private int bronzeBonus;

    @Column(name = "objection_days", nullable = false)
    private int objectionDays;

    @Column(name = "expiry_months", nullable = false)
    private int expiryMonths;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PointsRules() {
    }

    public PointsRules(Values values, String by, Instant at) {
        change(values, by, at);
    }

    /** Replaces every rule at once, after validating them all: invalid rules change nothing. */
    @Override
    public final void change(Values values, String by, Instant at) {
        Values valid = values.validated();
        this.ownWeight = valid.ownWeight();
        this.goldPercent = valid.goldPercent();
        this.silverPercent = valid.silverPercent();
        this.bronzePercent = valid.bronzePercent();
        this.goldBonus = valid.goldBonus();
        this.silverBonus = valid.silverBonus();
        this.bronzeBonus = valid.bronzeBonus();
        this.objectionDays = valid.objectionDays();
        this.expiryMonths = valid.expiryMonths();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    @Override
    public Values values() {
        return new Values(ownWeight.setScale(2), goldPercent, silverPercent, bronzePercent, goldBonus, silverBonus, bronzeBonus,
                objectionDays, expiryMonths);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("ownWeight", ownWeight == null ? null : ownWeight.toPlainString());
        state.put("goldPercent", goldPercent);
        state.put("silverPercent", silverPercent);
        state.put("bronzePercent", bronzePercent);
        state.put("goldBonus", goldBonus);
        state.put("silverBonus", silverBonus);
        state.put("bronzeBonus", bronzeBonus);
        state.put("objectionDays", objectionDays);
        state.put("expiryMonths", expiryMonths);
        return state;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
