package cn.xiangzhi.orglife.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who attended a meeting, derived from punches: a person attended when one of their punches falls in
 * the meeting's window, widened by {@link #MARGIN} on both sides (people check in before it starts
 * and out after it ends). Their time present runs from their first to their last punch in that
 * widened window, cut to the meeting's own window. Expected people without a punch are absent;
 * punches of people not expected count too (a guest, a cadre of the township). An expected person
 * who punched on the meeting's day but never within the widened window is marked
 * {@link Person#punchedOutside()}: the record and the terminal disagree on when the meeting was.
 */
public final class Attendance {

    /** How long before the start and after the end a punch still belongs to the meeting. */
    public static final Duration MARGIN = Duration.ofMinutes(30);

    private Attendance() {
    }

    /** One punch: the PIN and when. */
    public record Punch(String pin, Instant at) {
    }

    /**
     * One person's attendance: first and last punch, minutes present within the window, expected or
     * not; {@code punchedOutside}: the first punch of an expected person who punched only outside it.
     */
    public record Person(String pin, boolean expected, boolean attended, Instant firstPunch, Instant lastPunch, long minutesPresent,
                         Instant punchedOutside) {
    }

    /**
     * Everyone expected or punched within the widened window, expected people first, each by PIN.
     * {@code punches} may hold the whole day's punches of the village: those outside the widened
     * window only mark expected people who punched at another time.
     */
    public static List<Person> of(Instant start, Instant end, List<String> expected, List<Punch> punches) {
        Instant from = start.minus(MARGIN);
        Instant to = end.plus(MARGIN);
        Map<String, List<Instant>> byPin = new TreeMap<>();
        Map<String, Instant> outside = new TreeMap<>();
        for (Punch punch : punches) {
            if (!punch.at().isBefore(from) && !punch.at().isAfter(to)) {
                byPin.computeIfAbsent(punch.pin(), p -> new ArrayList<>()).add(punch.at());
            } else {
                outside.merge(punch.pin(), punch.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (String pin : expected) {
            people.put(pin, person(pin, true, byPin.get(pin), start, end, outside.get(pin)));
        }
        byPin.forEach((pin, times) -> people.putIfAbsent(pin, person(pin, false, times, start, end, null)));
        return people.values().stream()
                .sorted(Comparator.comparing((Person p) -> !p.expected()).thenComparing(Person::pin)).toList();
    }

    private static Person person(String pin, boolean expected, List<Instant> times, Instant start, Instant end, Instant outside) {
        if (times == null || times.isEmpty()) {
            return new Person(pin, expected, false, null, null, 0, outside);
        }
        Instant first = times.stream().min(Comparator.naturalOrder()).orElseThrow();
        Instant last = times.stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant in = first.isBefore(start) ? start : first;
        Instant out = last.isAfter(end) ? end : last;
        long minutes = out.isAfter(in) ? Duration.between(in, out).toMinutes() : 0;
        return new Person(pin, expected, true, first, last, minutes, null);
    }
}
