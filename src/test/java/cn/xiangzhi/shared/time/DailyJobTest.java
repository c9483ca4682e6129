package cn.xiangzhi.shared.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyJobTest {

    private static final LocalTime AT = LocalTime.of(1, 17);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aJobOfOneSeventeenIsDueFromOneSeventeenOnTheTenantsClockWhateverTheServersZone() {
        // 17:16 UTC on 4 February is 01:16 on 5 February in Shanghai
        assertFalse(DailyJob.isDue(AT, SHANGHAI, null, Instant.parse("2027-02-04T17:16:00Z")));
        assertTrue(DailyJob.isDue(AT, SHANGHAI, null, Instant.parse("2027-02-04T17:17:00Z")));
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles"); // UTC-8 in February
        assertFalse(DailyJob.isDue(AT, losAngeles, null, Instant.parse("2027-02-04T09:16:00Z")), "01:16 in Los Angeles");
        assertTrue(DailyJob.isDue(AT, losAngeles, null, Instant.parse("2027-02-04T09:17:00Z")), "01:17 in Los Angeles");
    }

    @Test
    void itRunsOncePerDayOfTheTenant() {
        Instant morning = Instant.parse("2027-02-04T18:00:00Z"); // 02:00 on 5 February in Shanghai
        assertFalse(DailyJob.isDue(AT, SHANGHAI, LocalDate.of(2027, 2, 5), morning), "already ran on 5 February");
        assertTrue(DailyJob.isDue(AT, SHANGHAI, LocalDate.of(2027, 2, 4), morning), "last ran the day before");
        assertFalse(DailyJob.isDue(AT, SHANGHAI, LocalDate.of(2027, 2, 4), Instant.parse("2027-02-05T16:00:00Z")),
                "00:00 on 6 February: ran on the 5th, and 01:17 of the 6th has not come");
    }
}
