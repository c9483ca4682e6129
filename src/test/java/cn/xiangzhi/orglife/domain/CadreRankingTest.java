package cn.xiangzhi.orglife.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CadreRankingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final LocalDate LATER = LocalDate.of(2027, 1, 10);

    private static CadreRanking.Cadre cadre(long village, long township, String pin, String name) {
        return new CadreRanking.Cadre(village, township, pin, name, "CADRE", null);
    }

    private static CadreRanking.Punch at(long village, String pin, String localTime) {
        return new CadreRanking.Punch(village, pin, java.time.LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant());
    }

    @Test
    void workingDaysAreMondayToFridayAndTheCurrentMonthCountsUpToToday() {
        assertEquals(21, CadreRanking.workingDays(NOVEMBER, LATER), "November 2026 starts on a Sunday: 21 weekdays");
        assertEquals(4, CadreRanking.workingDays(NOVEMBER, LocalDate.of(2026, 11, 5)), "2 to 5 November");
        assertEquals(0, CadreRanking.workingDays(NOVEMBER, LocalDate.of(2026, 10, 31)), "a month not begun has none");
    }

    @Test
    void cadresAreRankedByTheShareOfWorkingDaysPresentAndEqualFiguresShareARank() {
        List<CadreRanking.Cadre> cadres = List.of(cadre(10, 1, "1", "甲"), cadre(10, 1, "2", "乙"), cadre(20, 2, "1", "丙"),
                cadre(20, 2, "2", "丁"));
        List<CadreRanking.Punch> punches = List.of(
                at(10, "1", "2026-11-02T08:00"), at(10, "1", "2026-11-02T17:30"), at(10, "1", "2026-11-03T08:00"),
                at(10, "2", "2026-11-02T08:00"),
                at(20, "1", "2026-11-02T08:00"), at(20, "1", "2026-11-03T08:00"),
                at(20, "2", "2026-11-07T09:00")); // a Saturday: a day present, but no working day
        List<CadreRanking.Line> lines = CadreRanking.rank(NOVEMBER, LATER, SHANGHAI, cadres, punches);
        assertEquals(List.of("甲", "丙", "乙", "丁"), lines.stream().map(l -> l.cadre().name()).toList());
        assertEquals(List.of(1, 1, 3, 4), lines.stream().map(CadreRanking.Line::countyRank).toList(), "甲 and 丙 tie at 2 of 21");
        assertEquals(List.of(1, 1, 2, 2), lines.stream().map(CadreRanking.Line::townshipRank).toList(), "each first in their township");
        assertEquals(new TreeSet<>(List.of(2, 3)), lines.get(0).daysPresent(), "two punches on the 2nd are one day");
        assertEquals(2, lines.get(0).workingDaysPresent());
        assertEquals(2.0 / 21, lines.get(0).rate(), 1e-9);
        SortedSet<Integer> saturday = lines.get(3).daysPresent();
        assertEquals(new TreeSet<>(List.of(7)), saturday);
        assertEquals(0, lines.get(3).workingDaysPresent());
    }

    @Test
    void theDayOfAPunchIsTheTenantsDayAndPeopleAreKeptApartByVillage() {
        // 23:30 on 30 November in Shanghai is 15:30 UTC: a November day, not a December one
        List<CadreRanking.Line> lines = CadreRanking.rank(NOVEMBER, LATER, SHANGHAI,
                List.of(cadre(10, 1, "1", "甲"), cadre(20, 1, "1", "乙")),
                List.of(at(10, "1", "2026-11-30T23:30"), at(10, "1", "2026-12-01T00:30")));
        assertEquals(new TreeSet<>(List.of(30)), lines.get(0).daysPresent());
        assertTrue(lines.get(1).daysPresent().isEmpty(), "the same PIN in another village is another person");
    }

    @Test
    void aCadreRemovedBeforeTheMonthIsNotRankedAndOneRemovedDuringItIs() {
        Instant october = LocalDate.of(2026, 10, 20).atStartOfDay(SHANGHAI).toInstant();
        Instant midNovember = LocalDate.of(2026, 11, 16).atStartOfDay(SHANGHAI).toInstant();
        List<CadreRanking.Line> lines = CadreRanking.rank(NOVEMBER, LATER, SHANGHAI, List.of(
                new CadreRanking.Cadre(10, 1, "1", "离任", "CADRE", october),
                new CadreRanking.Cadre(10, 1, "2", "调走", "FIRST_SECRETARY", midNovember)),
                List.of(at(10, "2", "2026-11-02T08:00")));
        assertEquals(List.of("调走"), lines.stream().map(l -> l.cadre().name()).toList());
    }
}
