package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One redemption or return a statement covers, copied when the statement is issued. A return of a
 * redemption of an earlier month is a <b>correction</b>: it names that redemption and, when one was
 * issued, the statement that covered it (which stays as it was).
 */
@Entity
@Table(name = "shop_statement_line")
public class StatementLine extends TenantOwnedEntity {

    /** What a line copies: a redemption or return, and for a correction what it corrects. */
    public record Source(Redemption redemption, boolean correction, Long correctsRedemptionId, ShopStatement correctsStatement) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    private ShopStatement statement;

    @Column(name = "redemption_id", nullable = false, updatable = false)
    private long redemptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Redemption.Kind kind;

    @Column(name = "household_code", nullable = false, length = 40, updatable = false)
    private String householdCode;

    /** Points redeemed or returned, always positive. */
    @Column(nullable = false, updatable = false)
    private int points;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private boolean correction;

    @Column(name = "corrects_redemption_id", updatable = false)
    private Long correctsRedemptionId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrects_statement_id", updatable = false)
    private ShopStatement correctsStatement;

    protected StatementLine() {
    }

    StatementLine(ShopStatement statement, Source source) {
        Redemption r = source.redemption();
        this.statement = statement;
        this.redemptionId = r.getId();
        this.kind = r.getKind();
        this.householdCode = r.getHousehold().getCode();
        this.points = r.getPoints();
        this.occurredAt = r.getCreatedAt();
        this.correction = source.correction();
        this.correctsRedemptionId = source.correctsRedemptionId();
        this.correctsStatement = source.correctsStatement();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("redemptionId", redemptionId);
        state.put("kind", kind == null ? null : kind.name());
        state.put("points", points);
        state.put("correction", correction);
        return state;
    }

    public ShopStatement getStatement() {
        return statement;
    }

    public long getRedemptionId() {
        return redemptionId;
    }

    public Redemption.Kind getKind() {
        return kind;
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public int getPoints() {
        return points;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isCorrection() {
        return correction;
    }

    public Long getCorrectsRedemptionId() {
        return correctsRedemptionId;
    }

    public ShopStatement getCorrectsStatement() {
        return correctsStatement;
    }
}
