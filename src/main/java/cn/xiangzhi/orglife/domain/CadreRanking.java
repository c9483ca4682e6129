package cn.xiangzhi.orglife.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Cadre attendance: the days of a month on which each village cadre and first secretary punched on
 * a terminal of their village (on the tenant's calendar), and the automatic ranking for the annual
 * appraisal — by the share of working days present (Monday to Friday, up to today in the current
 * month; public holidays are not known and count as working days), then by days present. Equal
 * figures share a rank (1, 1, 3), per township and across the county.
 */
public final class CadreRanking {

    private CadreRanking() {
    }

    /** A cadre or first secretary: their village and its township, their PIN, name and post; removed ones are ranked for the days before. */
    public record Cadre(long villageId, long townshipId, String pin, String name, String post, Instant removedAt) {
    }

    /** One punch: the village's terminal, the PIN and when. */
    public record Punch(long villageId, String pin, Instant at) {
    }

    /**
     * One cadre's month: the days of the month present, how many of them were working days, the
     * working days of the month so far, the share present (0 when no working day has passed) and the
     * ranks.
     */
    public record Line(Cadre cadre, SortedSet<Integer> daysPresent, int workingDaysPresent, int workingDays, double rate,
                       int countyRank, int townshipRank) {
    }

    /** The working days of {@code month} up to {@code today}: Monday to Friday. */
    public static int workingDays(YearMonth month, LocalDate today) {
        LocalDate last = month.atEndOfMonth().isBefore(today) ? month.atEndOfMonth() : today;
        if (last.isBefore(month.atDay(1))) {
            return 0;
        }
        return (int) month.atDay(1).datesUntil(last.plusDays(1)).filter(CadreRanking::working).count();
    }

    private static boolean working(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The ranked month of every cadre not removed before it began, best first. */
    public static List<Line> rank(YearMonth month, LocalDate today, ZoneId zone, List<Cadre> cadres, List<Punch> punches) {
        Instant monthStart = month.atDay(1).atStartOfDay(zone).toInstant();
        Map<String, SortedSet<LocalDate>> days = new HashMap<>();
        for (Punch punch : punches) {
            LocalDate day = punch.at().atZone(zone).toLocalDate();
            if (YearMonth.from(day).equals(month) && !day.isAfter(today)) {
                days.computeIfAbsent(punch.villageId() + "/" + punch.pin(), k -> new TreeSet<>()).add(day);
            }
        }
        int working = workingDays(month, today);
        List<Line> unranked = new ArrayList<>();
        for (Cadre cadre : cadres) {
            if (cadre.removedAt() != null && cadre.removedAt().isBefore(monthStart)) {
                continue;
            }
            SortedSet<LocalDate> present = days.getOrDefault(cadre.villageId() + "/" + cadre.pin(), Collections.emptySortedSet());
            SortedSet<Integer> dayNumbers = new TreeSet<>();
            present.forEach(d -> dayNumbers.add(d.getDayOfMonth()));
            int workingPresent = (int) present.stream().filter(CadreRanking::working).count();
            double rate = working == 0 ? 0 : (double) workingPresent / working;
            unranked.add(new Line(cadre, Collections.unmodifiableSortedSet(dayNumbers), workingPresent, working, rate, 0, 0));
        }
        Comparator<Line> best = Comparator.comparingDouble(Line::rate).reversed()
                .thenComparing(Comparator.comparingInt((Line l) -> l.daysPresent().size()).reversed());
        List<Line> sorted = unranked.stream().sorted(best.thenComparing(l -> l.cadre().villageId()).thenComparing(l -> l.cadre().pin()))
                .toList();
        Map<Line, Integer> county = ranks(sorted, best);
        Map<Line, Integer> township = new HashMap<>();
        sorted.stream().map(l -> l.cadre().townshipId()).distinct().forEach(t ->
                township.putAll(ranks(sorted.stream().filter(l -> l.cadre().townshipId() == t).toList(), best)));
        return sorted.stream().map(l -> new Line(l.cadre(), l.daysPresent(), l.workingDaysPresent(), l.workingDays(), l.rate(),
                county.get(l), township.get(l))).toList();
    }

    /** Competition ranks of lines already sorted best first: equal lines share a rank, the next one skips. */
    private static Map<Line, Integer> ranks(List<Line> sorted, Comparator<Line> best) {
        Map<Line, Integer> ranks = new IdentityHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            Line line = sorted.get(i);
            ranks.put(line, i > 0 && best.compare(sorted.get(i - 1), line) == 0 ? ranks.get(sorted.get(i - 1)) : i + 1);
        }
        return ranks;
    }

}
