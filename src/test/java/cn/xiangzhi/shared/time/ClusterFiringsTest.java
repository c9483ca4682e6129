package cn.xiangzhi.shared.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClusterFiringsTest {

    @Test
    void twoInstancesWhoseClocksDifferByLessThanHalfAMinuteClaimTheSameFiring() {
        Instant due = Instant.parse("2026-12-06T14:05:00Z");
        assertEquals(due, ClusterFirings.slot(Instant.parse("2026-12-06T14:04:41.500Z")), "a clock 18.5 s ahead, fired early");
        assertEquals(due, ClusterFirings.slot(Instant.parse("2026-12-06T14:05:00.020Z")), "the timer a little late");
        assertEquals(due, ClusterFirings.slot(Instant.parse("2026-12-06T14:05:29.999Z")), "a clock almost 30 s behind");
    }

    @Test
    void firingsAMinuteApartAreTwoFirings() {
        assertEquals(Instant.parse("2026-12-06T14:06:00Z"), ClusterFirings.slot(Instant.parse("2026-12-06T14:06:00.100Z")));
    }
}
