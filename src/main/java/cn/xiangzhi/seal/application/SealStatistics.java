package cn.xiangzhi.seal.application;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.seal.domain.ApplicationStatus;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seal statistics Pingyin reports: for every village of the reader's scope and every month of a
 * period (months cut on the tenant's clock, ADR 0014), applications made and approved, stamps and
 * those that raised an alarm, alarms, and the average hours from applying to approval; as a table,
 * as Excel, and as the monthly totals a chart draws. Counted by the database, one grouped query per
 * figure and month.
 */
@ApplicationScoped
@Transactional
public class SealStatistics {

    /** The longest period asked at once. */
    static final int MAX_MONTHS = 24;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record Line(long villageId, String villageName, String month, long applications, long approved, long stamps,
                       long alarmingStamps, long alarms, Double hoursToApprove) implements Serializable {
    }

    /** A month of the whole scope, for the chart. */
    public record MonthTotal(String month, long applications, long stamps, long alarms) implements Serializable {
    }

    public record Report(String from, String to, List<Line> lines, List<MonthTotal> months) implements Serializable {
    }

    /** Months {@code from}..{@code to} ({@code 2026-01}); the last six months up to this one when absent. */
    public Report report(String from, String to) {
        Access.require(Permission.SEAL_VIEW);
        YearMonth last = month(to, clock.month(), "error.sealStats.to");
        YearMonth first = month(from, last.minusMonths(5), "error.sealStats.from");
        if (first.isAfter(last) || first.plusMonths(MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw new DomainException("error.sealStats.period", first, last);
        }
        List<PlaceView> villages = places.visibleVillages();
        List<Line> lines = new ArrayList<>();
        List<MonthTotal> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            Instant start = clock.startOf(m.atDay(1));
            Instant end = clock.startOf(m.plusMonths(1).atDay(1));
            Map<Long, Long> applications = counts("select a.villageId, count(a) from SealApplication a where a.appliedAt >= :from"
                    + " and a.appliedAt < :to group by a.villageId", start, end);
            Map<Long, Long> approved = counts("select a.villageId, count(a) from SealApplication a where a.appliedAt >= :from"
                    + " and a.appliedAt < :to and a.status = cn.xiangzhi.seal.domain.ApplicationStatus.APPROVED group by a.villageId",
                    start, end);
            Map<Long, Long> stamps = counts("select s.villageId, count(s) from SealStamp s where s.stampedAt >= :from"
                    + " and s.stampedAt < :to group by s.villageId", start, end);
            Map<Long, Long> alarming = counts("select s.villageId, count(s) from SealStamp s where s.stampedAt >= :from"
                    + " and s.stampedAt < :to and s.verdict <> cn.xiangzhi.seal.domain.StampVerdict.AUTHORISED group by s.villageId",
                    start, end);
            Map<Long, Long> alarms = counts("select a.villageId, count(a) from SealAlarm a where a.occurredAt >= :from"
                    + " and a.occurredAt < :to group by a.villageId", start, end);
            Map<Long, double[]> hours = hoursToApprove(start, end);
            long monthApplications = 0;
            long monthStamps = 0;
            long monthAlarms = 0;
            for (PlaceView v : villages) {
                double[] h = hours.get(v.id());
                Line line = new Line(v.id(), v.name(), m.toString(), applications.getOrDefault(v.id(), 0L), approved.getOrDefault(v.id(), 0L),
                        stamps.getOrDefault(v.id(), 0L), alarming.getOrDefault(v.id(), 0L), alarms.getOrDefault(v.id(), 0L),
                        h == null ? null : Math.round(h[0] / h[1] * 10) / 10.0);
                lines.add(line);
                monthApplications += line.applications();
                monthStamps += line.stamps();
                monthAlarms += line.alarms();
            }
            months.add(new MonthTotal(m.toString(), monthApplications, monthStamps, monthAlarms));
        }
        return new Report(first.toString(), last.toString(), lines, months);
    }

    public Workbook export(String from, String to) {
        Report report = report(from, to);
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("用印统计", List.of("村", "月份", "申请", "已批准", "用印次数", "异常用印", "告警", "平均审批时长（小时）"));
            for (Line l : report.lines()) {
                sheet.row(l.villageName(), l.month(), l.applications(), l.approved(), l.stamps(), l.alarmingStamps(), l.alarms(),
                        l.hoursToApprove());
            }
            String period = report.from() + "_" + report.to();
            return new Workbook(sheet.toBytes(), "用印统计-" + period + ".xlsx", "seal-statistics-" + period + ".xlsx");
        }
    }

    private Map<Long, Long> counts(String jpql, Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : db.tenant().createQuery(jpql, Object[].class).setParameter("from", from).setParameter("to", to)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** Per village: the sum of hours from applying to approval and the number of approved applications applied for in the month. */
    private Map<Long, double[]> hoursToApprove(Instant from, Instant to) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Object[] row : db.tenant().createQuery("select a.villageId, a.appliedAt, a.decidedAt from SealApplication a"
                        + " where a.appliedAt >= :from and a.appliedAt < :to and a.status = :approved", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("approved", ApplicationStatus.APPROVED).getResultList()) {
            double hours = Duration.between((Instant) row[1], (Instant) row[2]).toSeconds() / 3600.0;
            double[] sum = sums.computeIfAbsent((Long) row[0], v -> new double[2]);
            sum[0] += hours;
            sum[1]++;
        }
        return sums;
    }

    private static YearMonth month(String text, YearMonth fallback, String key) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(key, text);
        }
    }
}
