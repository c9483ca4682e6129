package cn.xiangzhi.seal.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SealSignatureTest {

    @Test
    void theCanonicalTextIsMethodPathTimestampNonceAndTheBodysDigestOnLines() {
        assertEquals("GET\n/api/seal/v1/authorisations\n1765000000\nabcdefghijklmnop\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                SealSignature.canonical("GET", "/api/seal/v1/authorisations", "1765000000", "abcdefghijklmnop", new byte[0]));
    }

    @Test
    void aSignatureMatchesOnlyItsSecretAndItsText() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                SealSignature.sign("Jefe", "what do ya want for nothing?"));
        String canonical = SealSignature.canonical("POST", "/api/seal/v1/stamps", "1765000000", "abcdefghijklmnop",
                "{\"sequence\":1}".getBytes(StandardCharsets.UTF_8));
        String signature = SealSignature.sign("secret-1", canonical);
        assertTrue(SealSignature.matches("secret-1", canonical, signature));
        assertFalse(SealSignature.matches("secret-2", canonical, signature));
        assertFalse(SealSignature.matches("secret-1", canonical.replace("1765000000", "1765000001"), signature));
        assertFalse(SealSignature.matches("secret-1", canonical, signature.toUpperCase()), "lowercase hex only");
        assertFalse(SealSignature.matches("secret-1", canonical, null));
    }

    @Test
    void aTimestampIsFreshWithinFiveMinutesEitherWay() {
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        assertTrue(SealSignature.fresh(now.minusSeconds(300), now));
        assertTrue(SealSignature.fresh(now.plusSeconds(300), now));
        assertFalse(SealSignature.fresh(now.minusSeconds(600), now));
        assertFalse(SealSignature.fresh(now.plusSeconds(301), now));
        assertNull(SealSignature.timestamp("2026-12-06T08:00:00Z"), "Unix seconds only");
        assertEquals(now, SealSignature.timestamp(Long.toString(now.getEpochSecond())));
    }

    @Test
    void secretsAreNewEachTime() {
        String one = SealSignature.newSecret();
        assertEquals(43, one.length());
        assertNotEquals(one, SealSignature.newSecret());
    }
}
