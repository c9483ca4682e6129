package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiInputTest {

    @Test
    void aMissingBodyOrValueIsRefusedWithItsKey() {
        DomainException body = assertThrows(DomainException.class, () -> ApiInput.required(null));
        assertEquals("error.body.required", body.key());
        assertFalse(body.isConflict(), "a 400, not a 409");
        DomainException value = assertThrows(DomainException.class, () -> ApiInput.required(null, "error.centre.village"));
        assertEquals("error.centre.village", value.key());
        assertEquals("x", ApiInput.required("x", "error.centre.village"));
    }

    @Test
    void enumValuesAreReadStrippedAndAnUnknownOneIsNamedInTheRefusal() {
        assertEquals(DayOfWeek.MONDAY, ApiInput.enumOf(DayOfWeek.class, " MONDAY ", "error.day"));
        assertNull(ApiInput.enumOf(DayOfWeek.class, " ", "error.day"), "blank is absent");
        assertNull(ApiInput.enumOf(DayOfWeek.class, null, "error.day"));
        DomainException unknown = assertThrows(DomainException.class, () -> ApiInput.enumOf(DayOfWeek.class, "MONDAYS", "error.day"));
        assertEquals("error.day", unknown.key());
        assertArrayEquals(new Object[]{"MONDAYS"}, unknown.args());
        DomainException custom = assertThrows(DomainException.class,
                () -> ApiInput.enumOf(DayOfWeek.class, "x", "error.place.childLevel", "x", "?"));
        assertArrayEquals(new Object[]{"x", "?"}, custom.args());
    }

    @Test
    void datesAreIsoAndAnotherFormIsNamedInTheRefusal() {
        assertEquals(LocalDate.of(2026, 12, 3), ApiInput.date("2026-12-03 ", "error.decision.date"));
        assertNull(ApiInput.date("", "error.decision.date"));
        DomainException wrong = assertThrows(DomainException.class, () -> ApiInput.date("2026/12/03", "error.decision.date"));
        assertEquals("error.decision.date", wrong.key());
        assertArrayEquals(new Object[]{"2026/12/03"}, wrong.args());
    }
}
