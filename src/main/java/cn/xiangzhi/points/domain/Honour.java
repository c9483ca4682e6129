package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A household honoured by its village for a year (see {@link HonourRoll}); never changed once awarded. */
@Entity
@Table(name = "points_honour")
public class Honour extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(name = "honour_year", nullable = false, updatable = false)
    private int year;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Column(nullable = false, length = 60, updatable = false)
    private String title;

    @Column(name = "honour_rank", nullable = false, updatable = false)
    private int rank;

    @Column(nullable = false, updatable = false)
    private int score;

    @Column(name = "awarded_by", nullable = false, length = 120, updatable = false)
    private String awardedBy;

    @Column(name = "awarded_at", nullable = false, updatable = false)
    private Instant awardedAt;

    protected Honour() {
    }

    public Honour(Place village, int year, Household household, String title, int rank, int score, String awardedBy, Instant at) {
        if (title == null || title.isBlank() || title.strip().length() > 60) {
            throw new DomainException("error.honour.title");
        }
        this.village = village;
        this.year = year;
        this.household = household;
        this.title = title.strip();
        this.rank = rank;
        this.score = score;
        this.awardedBy = awardedBy;
        this.awardedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("year", year);
        state.put("householdId", household == null ? null : household.getId());
        state.put("title", title);
        state.put("rank", rank);
        state.put("score", score);
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public int getYear() {
        return year;
    }

    public Household getHousehold() {
        return household;
    }

    public String getTitle() {
        return title;
    }

    public int getRank() {
        return rank;
    }

    public int getScore() {
        return score;
    }

    public String getAwardedBy() {
        return awardedBy;
    }

    public Instant getAwardedAt() {
        return awardedAt;
    }
}
