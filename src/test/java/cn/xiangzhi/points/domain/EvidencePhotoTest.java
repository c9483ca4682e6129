package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvidencePhotoTest {

    @Test
    void theTypeComesFromTheFirstBytes() {
        assertEquals("image/jpeg", EvidencePhoto.typeOf(new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0}));
        assertEquals("image/png", EvidencePhoto.typeOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals("image/webp", EvidencePhoto.typeOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
        assertNull(EvidencePhoto.typeOf("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertNull(EvidencePhoto.typeOf(new byte[]{(byte) 0xff, (byte) 0xd8}));
    }

    @Test
    void emptyOversizedAndForeignFilesAreRefusedWithTheirReason() {
        assertEquals("error.photo.empty", assertThrows(DomainException.class,
                () -> new EvidencePhoto(null, new byte[0], "x", Instant.now())).key());
        byte[] big = new byte[EvidencePhoto.MAX_BYTES + 1];
        big[0] = (byte) 0xff;
        big[1] = (byte) 0xd8;
        big[2] = (byte) 0xff;
        assertEquals("error.photo.tooLarge", assertThrows(DomainException.class,
                () -> new EvidencePhoto(null, big, "x", Instant.now())).key());
        assertEquals("error.photo.type", assertThrows(DomainException.class,
                () -> new EvidencePhoto(null, "GIF89a....".getBytes(StandardCharsets.US_ASCII), "x", Instant.now())).key());
    }

    @Test
    void evidenceTextNamesPhotosByReference() {
        assertEquals(List.of(12L, 7L), EvidencePhoto.referencesIn("清理前 photo:12，清理后 photo:7"));
        assertEquals(List.of(), EvidencePhoto.referencesIn("村委会照片存档"));
        assertEquals(List.of(), EvidencePhoto.referencesIn(null));
        assertEquals("photo:5", EvidencePhoto.reference(5));
    }
}
