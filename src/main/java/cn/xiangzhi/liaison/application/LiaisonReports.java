package cn.xiangzhi.liaison.application;

import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.liaison.domain.Appraisal;
import cn.xiangzhi.liaison.domain.Coverage;
import cn.xiangzhi.liaison.domain.Liaison;
import cn.xiangzhi.liaison.domain.LiaisonKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage and appraisal (issue 18 point 5), for the reader's scope — a village, a township, the whole
 * county: the month's coverage per liaison and per village ({@link Coverage}), and the quarter's
 * appraisal of every liaison ({@link Appraisal}) with its Excel export. Each is a few grouped queries
 * over the whole scope, never one query per liaison.
 */
@ApplicationScoped
@Transactional
public class LiaisonReports {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    public record LiaisonCoverage(long liaisonId, String name, LiaisonKind kind, long villageId, String villageName,
                                  Coverage.Figures figures) implements Serializable {
    }

    public record VillageCoverage(long villageId, String villageName, long households, Coverage.Figures figures)
            implements Serializable {
    }

    /** A month's coverage: per village (with all its households, assigned or not), per liaison, and in total. */
    public record CoverageReport(YearMonth month, List<VillageCoverage> villages, List<LiaisonCoverage> liaisons, long households,
                                 Coverage.Figures total) implements Serializable {
    }

    /** The month's coverage ({@code 2026-12}; this month on the tenant's clock when absent). */
    public CoverageReport coverage(String month) {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        YearMonth period = month(month);
        String scope = user.scopePath() + "%";
        EntityManager em = db.tenant();
        Map<Long, Long> assigned = longs(em.createQuery("select a.liaison.id, count(a) from LiaisonAssignment a"
                + " where a.liaison.village.path like :scope group by a.liaison.id", Object[].class).setParameter("scope", scope).getResultList());
        Map<Long, Long> visited = longs(em.createQuery("select a.liaison.id, count(distinct a.household.id) from LiaisonAssignment a,"
                        + " LiaisonVisit v where v.household = a.household and v.visitedOn >= :from and v.visitedOn <= :to"
                        + " and a.liaison.village.path like :scope group by a.liaison.id", Object[].class)
                .setParameter("scope", scope).setParameter("from", period.atDay(1)).setParameter("to", period.atEndOfMonth()).getResultList());
        Map<Long, Long> households = longs(em.createQuery("select h.village.id, count(h) from Household h where h.village.path like :scope"
                + " group by h.village.id", Object[].class).setParameter("scope", scope).getResultList());
        List<LiaisonCoverage> liaisons = new ArrayList<>();
        Map<Long, List<Coverage.Figures>> byVillage = new LinkedHashMap<>();
        Map<Long, String> villageNames = new HashMap<>();
        for (Liaison l : em.createQuery("select l from Liaison l where l.village.path like :scope order by l.village.name, l.name, l.id",
                Liaison.class).setParameter("scope", scope).getResultList()) {
            Coverage.Figures f = new Coverage.Figures(assigned.getOrDefault(l.getId(), 0L).intValue(),
                    visited.getOrDefault(l.getId(), 0L).intValue());
            liaisons.add(new LiaisonCoverage(l.getId(), l.getName(), l.getKind(), l.getVillage().getId(), l.getVillage().getName(), f));
            byVillage.computeIfAbsent(l.getVillage().getId(), k -> new ArrayList<>()).add(f);
            villageNames.put(l.getVillage().getId(), l.getVillage().getName());
        }
        List<VillageCoverage> villages = byVillage.entrySet().stream().map(e -> new VillageCoverage(e.getKey(), villageNames.get(e.getKey()),
                households.getOrDefault(e.getKey(), 0L), Coverage.total(e.getValue()))).toList();
        long allHouseholds = households.values().stream().mapToLong(Long::longValue).sum();
        return new CoverageReport(period, villages, liaisons, allHouseholds,
                Coverage.total(villages.stream().map(VillageCoverage::figures).toList()));
    }

    public record AppraisalLine(int rank, long liaisonId, String name, LiaisonKind kind, String villageName, Appraisal.Figures figures,
                                int score) implements Serializable {
    }

    public record AppraisalReport(String quarter, LocalDate from, LocalDate to, List<AppraisalLine> lines) implements Serializable {
    }

    /** The quarter's appraisal ({@code 2026-Q4}; this quarter when absent): every liaison of the scope, ranked. */
    public AppraisalReport appraisal(String quarter) {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        LocalDate from = quarterStart(quarter);
        LocalDate to = from.plusMonths(3).minusDays(1);
        String scope = user.scopePath() + "%";
        EntityManager em = db.tenant();
        Map<Long, Long> households = longs(em.createQuery("select a.liaison.id, count(a) from LiaisonAssignment a"
                + " where a.liaison.village.path like :scope group by a.liaison.id", Object[].class).setParameter("scope", scope).getResultList());
        Map<Long, long[]> visits = new HashMap<>();
        for (Object[] row : em.createQuery("select v.liaison.id, v.confirmed, count(v) from LiaisonVisit v where v.visitedOn >= :from"
                        + " and v.visitedOn <= :to and v.liaison.village.path like :scope group by v.liaison.id, v.confirmed", Object[].class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] counts = visits.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]);
            counts[0] += ((Number) row[2]).longValue();
            counts[1] += Boolean.TRUE.equals(row[1]) ? ((Number) row[2]).longValue() : 0;
        }
        Map<Long, long[]> raised = new HashMap<>();
        for (Object[] row : em.createQuery("select v.liaison.id, r.status, r.finishedOn, r.deadline from ServiceRequest r, LiaisonVisit v"
                        + " where r.originVisitId = v.id and v.visitedOn >= :from and v.visitedOn <= :to and v.liaison.village.path like :scope",
                        Object[].class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] counts = raised.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[2]);
            counts[0]++;
            if (row[1] == ServiceRequestStatus.DONE && row[2] != null && !((LocalDate) row[2]).isAfter((LocalDate) row[3])) {
                counts[1]++;
            }
        }
        Map<Long, Liaison> liaisons = new HashMap<>();
        List<Appraisal.Figures> figures = new ArrayList<>();
        for (Liaison l : em.createQuery("select l from Liaison l where l.village.path like :scope", Liaison.class)
                .setParameter("scope", scope).getResultList()) {
            liaisons.put(l.getId(), l);
            long[] v = visits.getOrDefault(l.getId(), new long[2]);
            long[] r = raised.getOrDefault(l.getId(), new long[2]);
            figures.add(new Appraisal.Figures(l.getId(), households.getOrDefault(l.getId(), 0L).intValue(), (int) v[0], (int) v[1],
                    (int) r[0], (int) r[1]));
        }
        List<AppraisalLine> lines = Appraisal.rank(figures).stream().map(line -> {
            Liaison l = liaisons.get(line.figures().liaisonId());
            return new AppraisalLine(line.rank(), l.getId(), l.getName(), l.getKind(), l.getVillage().getName(), line.figures(), line.score());
        }).toList();
        return new AppraisalReport(from.getYear() + "-Q" + ((from.getMonthValue() - 1) / 3 + 1), from, to, lines);
    }

    /** The quarter's appraisal as a workbook: one row per liaison, ranked; {@code kindName} names a kind in the reader's language. */
    public Workbook appraisalWorkbook(String quarter, Function<LiaisonKind, String> kindName) {
        AppraisalReport report = appraisal(quarter);
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("联户考核 " + report.quarter(), List.of("排名", "村", "姓名", "类别", "联系户数", "走访次数", "户确认次数",
                    "反映诉求", "按期办结", "得分"));
            for (AppraisalLine l : report.lines()) {
                Appraisal.Figures f = l.figures();
                sheet.row(l.rank(), l.villageName(), l.name(), kindName.apply(l.kind()), f.households(), f.visits(), f.confirmations(),
                        f.raised(), f.solvedInTime(), l.score());
            }
            return new Workbook(sheet.toBytes(), "联户考核-" + report.quarter() + ".xlsx", "liaison-appraisal-" + report.quarter() + ".xlsx");
        }
    }

    private YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? clock.month() : YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("error.liaison.month", text);
        }
    }

    private LocalDate quarterStart(String text) {
        if (text == null || text.isBlank()) {
            YearMonth now = clock.month();
            return LocalDate.of(now.getYear(), (now.getMonthValue() - 1) / 3 * 3 + 1, 1);
        }
        Matcher m = QUARTER.matcher(text.strip());
        if (!m.matches()) {
            throw new DomainException("error.liaison.quarter", text);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1);
    }

    private static Map<Long, Long> longs(List<Object[]> rows) {
        Map<Long, Long> map = new HashMap<>();
        for (Object[] row : rows) {
            map.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return map;
    }
}
