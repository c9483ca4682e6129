package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A household's scored points of one month (the sum of its {@link LineType#SCORED} lines and their
 * number), kept by the database: an insert trigger on the ledger adds each scored line to its row
 * (ADR 0012). Read-only here; scores and rankings read these rows instead of summing the lines.
 */
@Entity
@ReadOnly
@Table(name = "points_household_month")
public class HouseholdMonthTotal extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false, insertable = false)
    private Household household;

    /** The household's id without loading it (for the audit snapshot). */
    @Column(name = "household_id", insertable = false, updatable = false)
    private Long householdId;

    @Column(nullable = false, updatable = false, insertable = false)
    private int month;

    @Column(nullable = false, updatable = false, insertable = false)
    private int points;

    @Column(name = "line_count", nullable = false, updatable = false, insertable = false)
    private int lines;

    protected HouseholdMonthTotal() {
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("householdId", householdId);
        state.put("month", month);
        state.put("points", points);
        state.put("lines", lines);
        return state;
    }

    public Household getHousehold() {
        return household;
    }

    public int getMonth() {
        return month;
    }

    public int getPoints() {
        return points;
    }

    public int getLines() {
        return lines;
    }
}
