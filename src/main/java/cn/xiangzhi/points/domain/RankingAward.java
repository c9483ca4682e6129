package cn.xiangzhi.points.domain;

import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.platform.domain.Place;
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
 * The record that a village's quarterly ranking of one grid level has been awarded: its bonus
 * lines are written once (unique per village, quarter and level), so awarding again adds nothing.
 */
@Entity
@Table(name = "points_award")
public class RankingAward extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 7, updatable = false)
    private String quarter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private GridLevel level;

    @Column(name = "line_count", nullable = false, updatable = false)
    private int lines;

    @Column(nullable = false, updatable = false)
    private int points;

    @Column(name = "awarded_by", nullable = false, length = 120, updatable = false)
    private String awardedBy;

    @Column(name = "awarded_at", nullable = false, updatable = false)
    private Instant awardedAt;

    protected RankingAward() {
    }

    public RankingAward(Place village, String quarter, GridLevel level, int lines, int points, String awardedBy, Instant at) {
        this.village = village;
        this.quarter = quarter;
        this.level = level;
        this.lines = lines;
        this.points = points;
        this.awardedBy = awardedBy;
        this.awardedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("quarter", quarter);
        state.put("level", level == null ? null : level.name());
        state.put("lines", lines);
        state.put("points", points);
        state.put("awardedBy", awardedBy);
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getQuarter() {
        return quarter;
    }

    public GridLevel getLevel() {
        return level;
    }

    public int getLines() {
        return lines;
    }

    public int getPoints() {
        return points;
    }
}
