package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.Ranking;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Excel exports of a village's points (ledgers, scores and rankings are exported to Excel): the
 * same data and the same permission and scope checks as the JSON answers, as xlsx workbooks
 * with Chinese column headers.
 */
@ApplicationScoped
@Transactional
public class PointsExports {

    @Inject
    BusinessClock clock;


    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    PointsScores scores;

    /** A village's ledger lines, of one month or (without {@code month}) of all months, by household code. */
    public Workbook ledger(long villageId, String month) {
        Place village = places.visiblePlace(villageId, Permission.POINTS_VIEW);
        Integer m = month == null || month.isBlank() ? null : Months.parse(month);
        var query = db.tenant().createQuery("select l from LedgerLine l join fetch l.household h left join fetch l.item"
                + " where l.village = :v" + (m == null ? "" : " and l.month = :m") + " order by h.code, l.id", LedgerLine.class)
                .setParameter("v", village);
        if (m != null) {
            query.setParameter("m", m);
        }
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("积分台账", List.of("户编号", "户主", "指标", "类型", "分值", "月份", "提报人", "审核人", "佐证", "原因", "记录时间"));
            query.getResultStream().forEach(l -> sheet.row(l.getHousehold().getCode(), l.getHousehold().getHeadName(),
                    l.getItem() == null ? null : l.getItem().getCode() + " " + l.getItem().getName(), l.getType().name(),
                    l.getPoints(), Months.format(l.getMonth()), l.getProposer(), l.getApprover(), l.getEvidence(), l.getReason(),
                    l.getCreatedAt()));
            String suffix = m == null ? "" : "-" + Months.format(m);
            return new Workbook(sheet.toBytes(), "积分台账-" + village.getName() + suffix + ".xlsx",
                    "points-lines-" + village.getId() + suffix + ".xlsx");
        }
    }

    /** A village's month scores: a households sheet and a grids sheet (with leader scores). */
    public Workbook scores(long villageId, String month) {
        PointsScores.MonthScores s = scores.of(villageId, month);
        String name = placeName(villageId);
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("户积分", List.of("户编号", "户主", "月积分"));
            s.households().forEach(h -> sheet.row(h.code(), h.headName(), h.points()));
            sheet.sheet("网格积分", List.of("网格编号", "网格名称", "层级", "网格长", "网格积分", "户数", "户均积分", "网格长积分"));
            s.grids().forEach(g -> sheet.row(g.code(), g.name(), g.level().name(), g.leaderName(), g.points(), g.households(),
                    g.average(), g.leaderScore()));
            return new Workbook(sheet.toBytes(), "月度积分-" + name + "-" + s.month() + ".xlsx",
                    "points-scores-" + villageId + "-" + s.month() + ".xlsx");
        }
    }

    /** A village's quarterly ranking: one sheet per grid level, with each grid's household shares. */
    public Workbook ranking(long villageId, String quarter) {
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            String name = placeName(villageId);
            String q = null;
            for (GridLevel level : GridLevel.values()) {
                PointsScores.QuarterRanking ranking = scores.ranking(villageId, quarter, level);
                q = ranking.quarter();
                sheet.sheet(level.name(), List.of("名次", "网格编号", "季度积分", "等次", "奖励积分", "各户分得"));
                for (Ranking.Placement p : ranking.placements()) {
                    sheet.row(p.rank(), p.code(), p.score(), p.tier().name(), p.bonus(), p.shares().entrySet().stream()
                            .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(", ")));
                }
            }
            return new Workbook(sheet.toBytes(), "季度评比-" + name + "-" + q + ".xlsx", "points-ranking-" + villageId + "-" + q + ".xlsx");
        }
    }

    private String placeName(long villageId) {
        return places.visiblePlace(villageId, Permission.POINTS_VIEW).getName();
    }
}
