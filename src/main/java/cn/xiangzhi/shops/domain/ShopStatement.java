package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shop's monthly statement (结算单): every redemption and return at the shop dated in one month,
 * snapshotted as {@link StatementLine}s when it is issued, with the totals and the money the tenant
 * owes the shop — net points × the rate per point in force at issue, rounded HALF_UP to the fen
 * (a month with more returned than redeemed points has a negative amount: the shop owes it back).
 * Once issued it never changes (every column but the payment's is not updatable and nothing deletes
 * it): a later return goes into the statement of the month of the return. Marking it paid, once,
 * with a reference, is the only change.
 */
@Entity
@Table(name = "shop_statement")
public class ShopStatement extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "shop_id", nullable = false, updatable = false)
    private Shop shop;

    /** The month, as {@code YYYY-MM}. */
    @Column(nullable = false, length = 7, updatable = false)
    private String period;

    @Column(nullable = false, length = 60, updatable = false)
    private String number;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 120, updatable = false)
    private String issuedBy;

    @Column(nullable = false, updatable = false)
    private int redemptions;

    @Column(name = "returns_count", nullable = false, updatable = false)
    private int returns;

    @Column(name = "points_redeemed", nullable = false, updatable = false)
    private int pointsRedeemed;

    @Column(name = "points_returned", nullable = false, updatable = false)
    private int pointsReturned;

    @Column(name = "net_points", nullable = false, updatable = false)
    private int netPoints;

    @Column(name = "yuan_per_point", nullable = false, precision = 10, scale = 4, updatable = false)
    private BigDecimal yuanPerPoint;

    @Column(name = "money_due", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal moneyDue;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "paid_by", length = 120)
    private String paidBy;

    @Column(name = "paid_reference", length = 200)
    private String paidReference;

    @OneToMany(mappedBy = "statement", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("occurredAt, id")
    private List<StatementLine> lines = new ArrayList<>();

    /**
     * How long after a month ends its statement can be issued: a redemption dated just before
     * midnight may still be committing (waiting for a household's lock) and must not miss the
     * statement of its month, which never changes once issued.
     */
    public static final Duration SETTLING = Duration.ofHours(1);

    protected ShopStatement() {
    }

    /** The first instant the statement of {@code period} may be issued: the month's end in {@code zone}, plus {@link #SETTLING}. */
    public static Instant issuableFrom(YearMonth period, ZoneId zone) {
        return period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().plus(SETTLING);
    }

    /**
     * Issues the statement of {@code shop} for {@code period} over {@code covered} (the month's
     * redemptions and returns, in time order) at {@code yuanPerPoint}.
     */
    public static ShopStatement issue(Shop shop, YearMonth period, List<StatementLine.Source> covered, BigDecimal yuanPerPoint,
                                      String by, Instant at) {
        if (yuanPerPoint == null || yuanPerPoint.signum() < 0) {
            throw DomainException.conflict("error.statement.noRate");
        }
        ShopStatement s = new ShopStatement();
        s.shop = shop;
        s.period = period.toString();
        s.number = shop.getCode() + "-" + period;
        s.issuedBy = by;
        s.issuedAt = at;
        s.yuanPerPoint = yuanPerPoint.setScale(4, RoundingMode.UNNECESSARY);
        for (StatementLine.Source source : covered) {
            StatementLine line = new StatementLine(s, source);
            s.lines.add(line);
            if (line.getKind() == Redemption.Kind.REDEMPTION) {
                s.redemptions++;
                s.pointsRedeemed += line.getPoints();
            } else {
                s.returns++;
                s.pointsReturned += line.getPoints();
            }
        }
        s.netPoints = s.pointsRedeemed - s.pointsReturned;
        s.moneyDue = moneyDue(s.netPoints, s.yuanPerPoint);
        return s;
    }

    /** Net points × yuan per point, HALF_UP to the fen (0.01 yuan). */
    public static BigDecimal moneyDue(int netPoints, BigDecimal yuanPerPoint) {
        return yuanPerPoint.multiply(BigDecimal.valueOf(netPoints)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Records the payment, once; the reference (bank transfer number, receipt…) is required. */
    public void markPaid(String reference, String by, Instant at) {
        if (paidAt != null) {
            throw DomainException.conflict("error.statement.paid", number, paidReference);
        }
        if (reference == null || reference.isBlank() || reference.strip().length() > 200) {
            throw new DomainException("error.statement.reference");
        }
        this.paidReference = reference.strip();
        this.paidBy = by;
        this.paidAt = at;
    }

    public boolean isPaid() {
        return paidAt != null;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("shopId", shop == null ? null : shop.getId());
        state.put("period", period);
        state.put("number", number);
        state.put("netPoints", netPoints);
        state.put("yuanPerPoint", yuanPerPoint == null ? null : yuanPerPoint.toPlainString());
        state.put("moneyDue", moneyDue == null ? null : moneyDue.toPlainString());
        state.put("paidAt", paidAt == null ? null : paidAt.toString());
        state.put("paidBy", paidBy);
        state.put("paidReference", paidReference);
        return state;
    }

    public Shop getShop() {
        return shop;
    }

    public String getPeriod() {
        return period;
    }

    public String getNumber() {
        return number;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public int getRedemptions() {
        return redemptions;
    }

    public int getReturns() {
        return returns;
    }

    public int getPointsRedeemed() {
        return pointsRedeemed;
    }

    public int getPointsReturned() {
        return pointsReturned;
    }

    public int getNetPoints() {
        return netPoints;
    }

    public BigDecimal getYuanPerPoint() {
        return yuanPerPoint;
    }

    public BigDecimal getMoneyDue() {
        return moneyDue;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public String getPaidBy() {
        return paidBy;
    }

    public String getPaidReference() {
        return paidReference;
    }

    public List<StatementLine> getLines() {
        return List.copyOf(lines);
    }
}
