package cn.xiangzhi.orglife.application;

import cn.xiangzhi.devices.application.DeviceRecords;
import cn.xiangzhi.devices.application.TerminalPeople;
import cn.xiangzhi.orglife.domain.CadreRanking;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cadre attendance (issue 15, point 5): village cadres and first secretaries punch on their village's
 * terminals; for a month, the days each was present, ranked automatically per township and across
 * the reader's scope ({@link CadreRanking}), and the same as a workbook for the annual appraisal.
 */
@ApplicationScoped
@Transactional
public class CadreAttendance {

    @Inject
    PlaceDirectory places;

    @Inject
    TerminalPeople people;

    @Inject
    DeviceRecords records;

    @Inject
    BusinessClock clock;

    /** One cadre's month as the page and the workbook show it. */
    public record Line(int countyRank, int townshipRank, String townshipName, String villageName, String name, String pin, String post,
                       SortedSet<Integer> daysPresent, int workingDaysPresent, int workingDays, double rate) implements Serializable {

        /** The share of working days present, in percent with one decimal. */
        public String getPercent() {
            return String.format(Locale.ROOT, "%.1f%%", rate * 100);
        }

        public boolean present(int day) {
            return daysPresent.contains(day);
        }
    }

    /** The month's ranking: its working days so far, its number of days, and a line per cadre, best first. */
    public record Report(YearMonth month, int workingDays, int days, List<Line> lines) implements Serializable {
    }

    /** The ranking of {@code month} ({@code 2026-12}; this month when absent) for the villages the reader sees. */
    public Report month(String month) {
        Access.require(Permission.ORGLIFE_VIEW);
        YearMonth period = OrgLife.month(month, clock);
        Map<Long, PlaceView> visible = places.visible().stream().collect(Collectors.toMap(PlaceView::id, Function.identity()));
        List<CadreRanking.Cadre> cadres = new ArrayList<>();
        for (TerminalPeople.RankedPerson person : people.rankedPeople()) {
            PlaceView village = visible.get(person.villageId());
            if (village != null) {
                cadres.add(new CadreRanking.Cadre(person.villageId(), village.parentId() == null ? village.id() : village.parentId(),
                        person.pin(), person.name(), person.post().name(), person.removedAt()));
            }
        }
        List<CadreRanking.Punch> punches = records.rankedPunches(clock.startOf(period.atDay(1)), clock.startOf(period.plusMonths(1).atDay(1)))
                .stream().filter(p -> visible.containsKey(p.villageId()))
                .map(p -> new CadreRanking.Punch(p.villageId(), p.pin(), p.at())).toList();
        List<Line> lines = CadreRanking.rank(period, clock.today(), clock.zone(), cadres, punches).stream()
                .map(l -> new Line(l.countyRank(), l.townshipRank(), name(visible, l.cadre().townshipId()), name(visible, l.cadre().villageId()),
                        l.cadre().name(), l.cadre().pin(), l.cadre().post(), l.daysPresent(), l.workingDaysPresent(), l.workingDays(),
                        l.rate())).toList();
        return new Report(period, CadreRanking.workingDays(period, clock.today()), period.lengthOfMonth(), lines);
    }

    /** The month's ranking as a workbook: one row per cadre with the ranks, the figures and a column per day (✓ when present). */
    public Workbook workbook(String month, Function<String, String> postName) {
        Report report = month(month);
        List<String> columns = new ArrayList<>(List.of("县排名", "乡镇排名", "乡镇", "村", "姓名", "工号", "职务", "工作日出勤", "工作日", "出勤率"));
        for (int day = 1; day <= report.days(); day++) {
            columns.add(day + "日");
        }
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("干部考勤 " + report.month(), columns);
            for (Line l : report.lines()) {
                List<Object> row = new ArrayList<>(List.of(l.countyRank(), l.townshipRank(), l.townshipName(), l.villageName(), l.name(),
                        l.pin(), postName.apply(l.post()), l.workingDaysPresent(), l.workingDays(), l.getPercent()));
                for (int day = 1; day <= report.days(); day++) {
                    row.add(l.present(day) ? "✓" : "");
                }
                sheet.row(row.toArray());
            }
            return new Workbook(sheet.toBytes(), "干部考勤-" + report.month() + ".xlsx", "cadre-attendance-" + report.month() + ".xlsx");
        }
    }

    private static String name(Map<Long, PlaceView> places, long id) {
        PlaceView place = places.get(id);
        return place == null ? "" : place.name();
    }
}
