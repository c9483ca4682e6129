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
}
