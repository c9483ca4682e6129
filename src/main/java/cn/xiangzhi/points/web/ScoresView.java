package cn.xiangzhi.points.web;

import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.points.application.PointsExports;
import cn.xiangzhi.points.application.PointsScores;
import cn.xiangzhi.points.application.PointsScores.MonthScores;
import cn.xiangzhi.points.application.PointsScores.QuarterRanking;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Charts;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.function.Supplier;

/**
 * A village's scores (households, grids, leaders) for a month and its quarterly ranking of a grid
 * level, with the award of the ranking's bonus and the Excel exports of ledger, scores and ranking.
 */
@Named
@ViewScoped
public class ScoresView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    PointsScores scores;

    @Inject
    PointsExports exports;


    @Inject
    VillagePicker villages;
    private Long villageId;
    private String month;
    private String quarter;
    private GridLevel level = GridLevel.HOUSEHOLD_GROUP;
    private MonthScores monthScores;
    private QuarterRanking ranking;

    @PostConstruct
    void load() {
        month = clock.month().toString();
        quarter = quarterOf(clock.month());
        villageId = villages.first();
        show();
    }

    static String quarterOf(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    public void show() {
        monthScores = null;
        ranking = null;
        if (villageId != null) {
            Pages.run(() -> {
                monthScores = scores.of(villageId, month);
                ranking = scores.ranking(villageId, quarter, level);
            }, null);
        }
    }

    public void award() {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return;
        }
        PointsScores.AwardView[] done = new PointsScores.AwardView[1];
        if (Pages.run(() -> done[0] = scores.award(villageId, quarter, level), null)) {
            Pages.info("scores.awarded", done[0].lines(), done[0].points());
        }
    }

    public StreamedContent exportLedger() {
        return download(() -> exports.ledger(villageId, month));
    }

    public StreamedContent exportScores() {
        return download(() -> exports.scores(villageId, month));
    }

    public StreamedContent exportRanking() {
        return download(() -> exports.ranking(villageId, quarter));
    }

    /** The workbook, or null (no download) with the reason on the page. */
    private StreamedContent download(Supplier<Workbook> make) {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return null;
        }
        return Downloads.xlsx(make);
    }

    public GridLevel[] getLevels() {
        return GridLevel.values();
    }


    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public GridLevel getLevel() {
        return level;
    }

    public void setLevel(GridLevel level) {
        this.level = level;
    }

    /** The grids' average points per household this month, a bar each, the best first: which grid to look at. */
    public String getGridChart() {
        if (monthScores == null) {
            return null;
        }
        var grids = monthScores.grids().stream().sorted(java.util.Comparator.comparing(PointsScores.GridRow::average).reversed()).toList();
        return Charts.stackedBars(grids.stream().map(g -> g.code() + " " + g.name()).toList(), java.util.List.of(
                new Charts.Series(Pages.text("scores.average"), "#2e7d32", grids.stream().map(g -> g.average().doubleValue()).toList())));
    }

    /** A bar of 28 px per grid, between 160 and 900 px. */
    public int getGridChartHeight() {
        return monthScores == null ? 0 : Math.max(160, Math.min(900, 60 + 28 * monthScores.grids().size()));
    }

    public MonthScores getMonthScores() {
        return monthScores;
    }

    public QuarterRanking getRanking() {
        return ranking;
    }
}
