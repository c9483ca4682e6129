package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of the expiry job for a month: the rule it applied (months, cutoff), who or what started
 * it, and what it took back (households, points) once finished. An unfinished run (the server
 * stopped) is harmless: the next run of the month finishes the work, see {@link Expiry}.
 */
@Entity
@Table(name = "points_expiry_run")
public class ExpiryRun extends TenantOwnedEntity {

    @Column(nullable = false, updatable = false)
    private int month;

    @Column(name = "expiry_months", nullable = false, updatable = false)
    private int expiryMonths;

    @Column(name = "cutoff_month", nullable = false, updatable = false)
    private int cutoffMonth;

    @Column(nullable = false)
    private int households;

    @Column(nullable = false)
    private int points;

    @Column(name = "run_by", nullable = false, length = 120, updatable = false)
    private String runBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ExpiryRun() {
    }

    public ExpiryRun(int month, int expiryMonths, String by, Instant at) {
        this.month = month;
        this.expiryMonths = expiryMonths;
        this.cutoffMonth = Expiry.cutoff(month, expiryMonths);
        this.runBy = by;
        this.startedAt = at;
    }

    public void finish(int households, int points, Instant at) {
        this.households = households;
        this.points = points;
        this.finishedAt = at;
    }

    public int getMonth() {
        return month;
    }

    public int getExpiryMonths() {
        return expiryMonths;
    }

    public int getCutoffMonth() {
        return cutoffMonth;
    }

    public int getHouseholds() {
        return households;
    }

    public int getPoints() {
        return points;
    }

    public String getRunBy() {
        return runBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("month", month);
        state.put("expiryMonths", expiryMonths);
        state.put("cutoffMonth", cutoffMonth);
        state.put("households", households);
        state.put("points", points);
        state.put("runBy", runBy);
        state.put("finishedAt", finishedAt == null ? null : finishedAt.toString());
        return state;
    }
}
