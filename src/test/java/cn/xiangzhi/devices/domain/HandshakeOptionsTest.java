package cn.xiangzhi.devices.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandshakeOptionsTest {

    private static final Instant WINTER = Instant.parse("2026-12-06T00:00:00Z");

    @Test
    void theOptionsBlockNamesTheSerialAndGivesOneOptionPerLine() {
        List<String> lines = HandshakeOptions.text("0316144680030", null, "9999", ZoneId.of("Asia/Shanghai"), WINTER).lines().toList();
        assertEquals("GET OPTION FROM: 0316144680030", lines.get(0));
        assertTrue(lines.contains("ATTLOGStamp=None"), lines.toString());
        assertTrue(lines.contains("OPERLOGStamp=9999"), lines.toString());
        assertTrue(lines.contains("Delay=10"), lines.toString());
        assertTrue(lines.contains("TimeZone=8"), lines.toString());
        assertTrue(lines.contains("TransFlag=TransData AttLog\tOpLog\tAttPhoto\tEnrollUser\tChgUser\tEnrollFP\tChgFP\tUserPic"), lines.toString());
        assertTrue(lines.contains("Realtime=1") && lines.contains("Encrypt=None") && lines.contains("PushProtVer=2.4.1"), lines.toString());
    }

    @Test
    void theTimeZoneIsInHoursOrInMinutesWhenNotAWholeHour() {
        assertEquals(8, HandshakeOptions.timeZone(ZoneId.of("Asia/Shanghai"), WINTER));
        assertEquals(330, HandshakeOptions.timeZone(ZoneId.of("Asia/Kolkata"), WINTER));
        assertEquals(-5, HandshakeOptions.timeZone(ZoneId.of("America/New_York"), WINTER));
        assertEquals(-4, HandshakeOptions.timeZone(ZoneId.of("America/New_York"), Instant.parse("2026-07-01T00:00:00Z")),
                "the offset at the moment of the handshake");
    }
}
