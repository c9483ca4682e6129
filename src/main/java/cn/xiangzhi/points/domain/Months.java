package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** Months are stored as yyyymm integers (202611) and written as "2026-11". */
public final class Months {

    private Months() {
    }

    public static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth toYearMonth(int month) {
        return YearMonth.of(month / 100, month % 100);
    }

    /** Parses "2026-11"; refuses anything else with {@code error.points.month}. */
    public static int parse(String text) {
        try {
            return of(YearMonth.parse(text == null ? "" : text.strip()));
        } catch (DateTimeParseException e) {
            throw new DomainException("error.points.month", text);
        }
    }

    public static String format(int month) {
        return toYearMonth(month).toString();
    }
}
