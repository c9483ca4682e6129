package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealMessagesTest {

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String refusedField(Runnable parse) {
        DomainException e = assertThrows(DomainException.class, parse::run);
        assertEquals("error.seal.field", e.key());
        return (String) e.args()[0];
    }

    @Test
    void aStampIsReadWithItsPhotoAndUnknownFieldsAreIgnored() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        SealMessages.Stamp stamp = SealMessages.stamp(json("{\"sequence\":12,\"stampedAt\":\"2026-12-06T01:02:03Z\",\"operator\":\"张\","
                + "\"applicationId\":5,\"photo\":\"" + Base64.getEncoder().encodeToString(png) + "\",\"firmware\":\"2.1\"}"));
        assertEquals(12, stamp.sequence());
        assertEquals(Instant.parse("2026-12-06T01:02:03Z"), stamp.stampedAt());
        assertEquals(5L, stamp.applicationId());
        assertEquals("image/png", stamp.photoType());
        assertEquals(64, stamp.photoSha256().length());
        SealMessages.Stamp bare = SealMessages.stamp(json("{\"sequence\":1,\"stampedAt\":\"2026-12-06T01:02:03Z\",\"applicationId\":null}"));
        assertNull(bare.applicationId());
        assertNull(bare.photo());
    }

    @Test
    void eachBadFieldIsNamed() {
        assertEquals("sequence", refusedField(() -> SealMessages.stamp(json("{\"sequence\":\"7\",\"stampedAt\":\"2026-12-06T01:02:03Z\"}"))));
        assertEquals("sequence", refusedField(() -> SealMessages.stamp(json("{\"sequence\":1.5,\"stampedAt\":\"2026-12-06T01:02:03Z\"}"))));
        assertEquals("stampedAt", refusedField(() -> SealMessages.stamp(json("{\"sequence\":1,\"stampedAt\":\"2026-12-06 01:02\"}"))));
        assertEquals("photo", refusedField(() -> SealMessages.stamp(json("{\"sequence\":1,\"stampedAt\":\"2026-12-06T01:02:03Z\","
                + "\"photo\":\"" + Base64.getEncoder().encodeToString("%PDF-1.4 not a photo".getBytes()) + "\"}"))));
        assertEquals("photo", refusedField(() -> SealMessages.stamp(json("{\"sequence\":1,\"stampedAt\":\"2026-12-06T01:02:03Z\","
                + "\"photo\":\"***\"}"))));
        assertEquals("body", refusedField(() -> SealMessages.heartbeat(json("not json"))));
        assertEquals("body", refusedField(() -> SealMessages.heartbeat(new byte[0])));
        assertEquals("lid", refusedField(() -> SealMessages.heartbeat(json("{\"battery\":5,\"lid\":\"AJAR\"}"))));
        assertEquals("kind", refusedField(() -> SealMessages.alarm(json("{\"id\":\"1\",\"kind\":\"SEQUENCE_GAP\","
                + "\"occurredAt\":\"2026-12-06T01:02:03Z\"}"))), "the server flags gaps, a terminal does not send them");
    }

    @Test
    void aHeartbeatAndAnAlarmAreRead() {
        SealMessages.Heartbeat beat = SealMessages.heartbeat(json("{\"battery\":40,\"lid\":\"OPEN\"}"));
        assertEquals(40, beat.battery());
        assertTrue(beat.lidOpen());
        SealMessages.Alarm alarm = SealMessages.alarm(json("{\"id\":\" 77 \",\"kind\":\"MOVED\",\"occurredAt\":\"2026-12-06T01:02:03Z\"}"));
        assertEquals("77", alarm.id());
        assertEquals(AlarmKind.MOVED, alarm.kind());
        assertNull(alarm.detail());
    }
}
