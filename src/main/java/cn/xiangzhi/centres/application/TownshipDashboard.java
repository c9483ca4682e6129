package cn.xiangzhi.centres.application;

import cn.xiangzhi.centres.domain.DisputeStatus;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.decisions.domain.MatterStatus;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The township dashboard (乡镇看板): per village of the reader's scope, the decision matters by
 * status, the open matters whose next step is overdue — a meeting or a publication, by
 * {@link Matters#overdue()} — the open disputes, the overdue service requests, and the columns of
 * {@link VillageFigures} providers (contracts expiring: 0 until the contracts register provides it).
 * Exported to Excel.
 */
@ApplicationScoped
@Transactional
public class TownshipDashboard {

    /** The column the contracts register fills (see {@link VillageFigures}). */
    public static final String CONTRACTS_EXPIRING = "contractsExpiring";

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    Matters matters;

    @Inject
    @Any
    Instance<VillageFigures> providers;

    @Inject
    BusinessClock clock;

    /** One village's line; {@code matters}: count by status name; {@code figures}: the providers' columns by key. */
    public record VillageLine(long villageId, String villageName, Map<String, Long> matters, long overdueSteps,
                              long overduePublications, long openDisputes, long overdueRequests, Map<String, Long> figures)
            implements Serializable {
        /** The matters of one status (by name, as the page asks). */
        public long count(String status) {
            return matters.getOrDefault(status, 0L);
        }
    }

    /** The dashboard: its provider columns (keys, in order) and a line per village. */
    public record Dashboard(LocalDate on, List<String> figures, List<VillageLine> villages) implements Serializable {
    }

    public Dashboard dashboard() {
        Access.require(Centres.VIEW);
        LocalDate today = LocalDate.now(clock);
        List<PlaceView> villages = places.visibleVillages();
        List<Long> ids = villages.stream().map(PlaceView::id).toList();
        Map<Long, Map<String, Long>> byStatus = new HashMap<>();
        Map<Long, Long> disputes = new HashMap<>();
        Map<Long, Long> requests = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] row : db.tenant().createQuery("select m.village.id, m.status, count(m) from Matter m"
                    + " where m.village.id in :v group by m.village.id, m.status", Object[].class).setParameter("v", ids).getResultList()) {
                byStatus.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>()).put(((MatterStatus) row[1]).name(), (Long) row[2]);
            }
            counts("select d.village.id, count(d) from Dispute d where d.village.id in :v and d.status in :s group by d.village.id",
                    ids, List.of(DisputeStatus.OPEN, DisputeStatus.MEDIATING), null, disputes);
            counts("select r.village.id, count(r) from ServiceRequest r where r.village.id in :v and r.status in :s"
                            + " and r.deadline < :today group by r.village.id",
                    ids, List.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.IN_PROGRESS), today, requests);
        }
        List<Matters.MatterView> overdue = matters.overdue();
        Map<Long, Long> overduePublications = overdue.stream().filter(m -> m.nextKind() != null && m.nextKind().isPublication())
                .collect(Collectors.groupingBy(Matters.MatterView::villageId, Collectors.counting()));
        Map<Long, Long> overdueSteps = overdue.stream().filter(m -> m.nextKind() == null || !m.nextKind().isPublication())
                .collect(Collectors.groupingBy(Matters.MatterView::villageId, Collectors.counting()));

        Map<String, Map<Long, Long>> figures = new LinkedHashMap<>();
        figures.put(CONTRACTS_EXPIRING, Map.of());
        providers.stream().sorted(Comparator.comparing(VillageFigures::key))
                .forEach(p -> figures.put(p.key(), p.figures(ids)));
        List<VillageLine> lines = new ArrayList<>();
        for (PlaceView v : villages) {
            Map<String, Long> columns = new LinkedHashMap<>();
            figures.forEach((key, values) -> columns.put(key, values.getOrDefault(v.id(), 0L)));
            lines.add(new VillageLine(v.id(), v.name(), byStatus.getOrDefault(v.id(), Map.of()),
                    overdueSteps.getOrDefault(v.id(), 0L), overduePublications.getOrDefault(v.id(), 0L),
                    disputes.getOrDefault(v.id(), 0L), requests.getOrDefault(v.id(), 0L), columns));
        }
        return new Dashboard(today, List.copyOf(figures.keySet()), lines);
    }

    /** The dashboard as one sheet; {@code header} names the provider columns (by key). */
    public Workbook export(Function<String, String> header) {
        Dashboard d = dashboard();
        List<String> columns = new ArrayList<>(List.of("村", "事项·进行中", "事项·已否决", "事项·已完成", "逾期步骤", "逾期公开",
                "未结纠纷", "逾期便民服务"));
        d.figures().forEach(key -> columns.add(header.apply(key)));
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("乡镇看板", columns);
            for (VillageLine l : d.villages()) {
                List<Object> row = new ArrayList<>(List.of(l.villageName(), l.count(MatterStatus.OPEN.name()),
                        l.count(MatterStatus.REJECTED.name()), l.count(MatterStatus.DONE.name()), l.overdueSteps(),
                        l.overduePublications(), l.openDisputes(), l.overdueRequests()));
                d.figures().forEach(key -> row.add(l.figures().get(key)));
                sheet.row(row.toArray());
            }
            return new Workbook(sheet.toBytes(), "乡镇看板-" + d.on() + ".xlsx", "township-dashboard-" + d.on() + ".xlsx");
        }
    }

    private void counts(String jpql, Collection<Long> villages, List<?> statuses, LocalDate today, Map<Long, Long> into) {
        var query = db.tenant().createQuery(jpql, Object[].class).setParameter("v", villages).setParameter("s", statuses);
        if (today != null) {
            query.setParameter("today", today);
        }
        for (Object[] row : query.getResultList()) {
            into.put((Long) row[0], (Long) row[1]);
        }
    }
}
