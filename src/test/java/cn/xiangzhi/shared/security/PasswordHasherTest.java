package cn.xiangzhi.shared.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String stored = PasswordHasher.hash("村务公开2026".toCharArray());
        assertTrue(PasswordHasher.matches("村务公开2026".toCharArray(), stored));
        assertFalse(PasswordHasher.matches("村务公开2025".toCharArray(), stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndNamesItsAlgorithmAndWork() {
        String first = PasswordHasher.hash("same-password".toCharArray());
        String second = PasswordHasher.hash("same-password".toCharArray());
        assertNotEquals(first, second, "a random salt per password");
        assertTrue(first.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), first);
    }

    @Test
    void malformedOrMissingStoredHashesNeverMatch() {
        assertFalse(PasswordHasher.matches("x".toCharArray(), null));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "plain-text"));
        assertFalse(PasswordHasher.matches("x".toCharArray(), "md5$1$a$b"));
    }

    @Test
    void aRememberedMatchBelongsToItsStoredHashAndAWrongPasswordIsNeverRemembered() {
        String stored = PasswordHasher.hash("remembered-1".toCharArray());
        assertTrue(PasswordHasher.matches("remembered-1".toCharArray(), stored));
        assertTrue(PasswordHasher.VerifiedPasswords.contains(PasswordHasher.VerifiedPasswords.key("remembered-1".toCharArray(), stored)),
                "a verified password is remembered");
        assertTrue(PasswordHasher.matches("remembered-1".toCharArray(), stored), "and matches again");
        assertFalse(PasswordHasher.matches("remembered-2".toCharArray(), stored), "another password still fails");
        assertFalse(PasswordHasher.VerifiedPasswords.contains(PasswordHasher.VerifiedPasswords.key("remembered-2".toCharArray(), stored)),
                "a failure is not remembered");

        String changed = PasswordHasher.hash("remembered-3".toCharArray());
        assertFalse(PasswordHasher.matches("remembered-1".toCharArray(), changed), "after a password change the old one fails");
        assertFalse(PasswordHasher.matches("remembered-1".toCharArray(), "pbkdf2-sha256$1$AAAA$AAAA"),
                "a remembered password does not open another stored hash");
    }
}
