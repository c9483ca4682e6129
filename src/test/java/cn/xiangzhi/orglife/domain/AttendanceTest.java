package cn.xiangzhi.orglife.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttendanceTest {

    private static final Instant START = Instant.parse("2026-12-05T01:00:00Z");
    private static final Instant END = Instant.parse("2026-12-05T02:00:00Z");

    private static Attendance.Punch punch(String pin, String at) {
        return new Attendance.Punch(pin, Instant.parse(at));
    }

    @Test
    void timePresentRunsFromFirstToLastPunchCutToTheMeetingsWindow() {
        List<Attendance.Person> people = Attendance.of(START, END, List.of("1001", "1002"), List.of(
                punch("1001", "2026-12-05T00:50:00Z"), punch("1001", "2026-12-05T02:10:00Z"),
                punch("1002", "2026-12-05T01:20:00Z"), punch("1002", "2026-12-05T01:40:00Z")));
        assertEquals(60, people.get(0).minutesPresent(), "in before the start, out after the end: the whole hour");
        assertEquals(20, people.get(1).minutesPresent());
        assertTrue(people.get(0).attended() && people.get(0).expected());
    }

    @Test
    void punchesBeyondTheMarginDoNotCountAndExpectedPeopleWithoutPunchesAreAbsent() {
        List<Attendance.Person> people = Attendance.of(START, END, List.of("1001", "1004"), List.of(
                punch("1001", "2026-12-05T00:29:59Z"), punch("1004", "2026-12-05T02:30:01Z")));
        assertEquals(2, people.size());
        assertFalse(people.get(0).attended(), "31 minutes before the start");
        assertFalse(people.get(1).attended(), "31 minutes after the end");
        assertNull(people.get(1).firstPunch());
    }

    @Test
    void peopleWhoPunchedWithoutBeingExpectedAreListedAfterTheExpected() {
        List<Attendance.Person> people = Attendance.of(START, END, List.of("2002"), List.of(
                punch("0999", "2026-12-05T01:05:00Z"), punch("2002", "2026-12-05T01:05:00Z")));
        assertEquals(List.of("2002", "0999"), people.stream().map(Attendance.Person::pin).toList());
        assertFalse(people.get(1).expected());
        assertTrue(people.get(1).attended());
        assertEquals(0, people.get(1).minutesPresent(), "one punch: there, for no measurable time");
    }

    @Test
    void anExpectedPersonWhoPunchedThatDayOnlyOutsideTheWindowIsMarkedWithTheirFirstSuchPunch() {
        List<Attendance.Person> people = Attendance.of(START, END, List.of("1001", "1002"), List.of(
                punch("1001", "2026-12-05T06:00:00Z"), punch("1001", "2026-12-05T07:00:00Z"),
                punch("1002", "2026-12-05T01:10:00Z"), punch("1002", "2026-12-05T07:30:00Z"),
                punch("1009", "2026-12-05T07:00:00Z")));
        assertEquals(2, people.size(), "a guest who punched only at another time is not at the meeting: " + people);
        assertFalse(people.get(0).attended());
        assertEquals(Instant.parse("2026-12-05T06:00:00Z"), people.get(0).punchedOutside());
        assertTrue(people.get(1).attended());
        assertNull(people.get(1).punchedOutside(), "present at the meeting: another punch that day is no flag");
    }
}
