package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CardCodeTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_KEY = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final CardCode CARD = new CardCode("changshan", "CS-0012", 1);

    @Test
    void aCardReadsBackAsWhatItSaysAndIsSignedWithItsTenantsKey() {
        String payload = CARD.payload(KEY);
        assertTrue(payload.matches("XZ1\\.changshan\\.CS-0012\\.1\\.[A-Z2-7]{16}"), payload);
        assertTrue(payload.length() < 50, "short enough to type and to scan: " + payload);
        CardCode.Scanned scan = CardCode.read(payload);
        assertEquals(CARD, scan.code());
        assertTrue(scan.isSignedWith(KEY));
        assertFalse(scan.isSignedWith(OTHER_KEY), "another tenant's key does not verify it");
    }

    @Test
    void theScannersEnterAndSurroundingBlanksAreIgnored() {
        assertTrue(CardCode.read("  " + CARD.payload(KEY) + "\r\n").isSignedWith(KEY));
    }

    @Test
    void changingAnyCharacterMakesTheCardUnreadableOrItsSignatureWrong() {
        String payload = CARD.payload(KEY);
        for (int i = 0; i < payload.length(); i++) {
            for (char replacement : new char[]{'A', 'B', '7', '0', '.', 'x', '-'}) {
                if (payload.charAt(i) == replacement) {
                    continue;
                }
                String tampered = payload.substring(0, i) + replacement + payload.substring(i + 1);
                assertFalse(verifies(tampered), "accepted with character " + i + " changed: " + tampered);
            }
        }
        assertFalse(verifies(payload.substring(0, payload.length() - 1)), "a character missing");
        assertFalse(verifies(payload + "A"), "a character more");
    }

    @Test
    void everySerialHasItsOwnSignatureSoAnOldCardIsRecognisedAsTheOldOne() {
        CardCode second = new CardCode("changshan", "CS-0012", 2);
        String first = CARD.payload(KEY);
        String next = second.payload(KEY);
        assertNotEquals(first.substring(first.lastIndexOf('.')), next.substring(next.lastIndexOf('.')));
        assertEquals(1, CardCode.read(first).code().serial(), "the old card still reads as serial 1: the service refuses it as revoked");
        assertTrue(CardCode.read(first).isSignedWith(KEY));
        String serialBumped = first.replace(".1.", ".2.");
        assertFalse(CardCode.read(serialBumped).isSignedWith(KEY), "an old card cannot be turned into the new one");
    }

    @Test
    void textThatIsNoCardIsRefusedAsMalformed() {
        for (String text : new String[]{null, "", "hello", "XZ1.changshan.CS-0012.1", "XZ2.changshan.CS-0012.1.AAAAAAAAAAAAAAAA",
                "XZ1.changshan.CS-0012.01.AAAAAAAAAAAAAAAA", "XZ1.Changshan.CS-0012.1.AAAAAAAAAAAAAAAA",
                "XZ1.changshan.CS 0012.1.AAAAAAAAAAAAAAAA", "XZ1.changshan.CS-0012.1.aaaaaaaaaaaaaaaa"}) {
            DomainException refused = assertThrows(DomainException.class, () -> CardCode.read(text), String.valueOf(text));
            assertEquals("error.card.malformed", refused.key());
        }
    }

    private static boolean verifies(String text) {
        try {
            CardCode.Scanned scan = CardCode.read(text);
            return scan.code().tenantCode().equals("changshan") && scan.isSignedWith(KEY);
        } catch (DomainException malformed) {
            return false;
        }
    }
}
