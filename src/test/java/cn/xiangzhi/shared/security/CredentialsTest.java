package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {

    private static final Instant NOON = Instant.parse("2026-11-22T04:00:00Z");

    @Test
    void fiveFailuresInARowLockForFifteenMinutes() {
        Credentials credentials = Credentials.of("good-password".toCharArray());
        for (int i = 0; i < Credentials.MAX_FAILURES - 1; i++) {
            assertFalse(credentials.attempt("bad".toCharArray(), NOON));
            assertFalse(credentials.isLocked(NOON));
        }
        assertFalse(credentials.attempt("bad".toCharArray(), NOON));
        assertTrue(credentials.isLocked(NOON));
        assertTrue(credentials.isLocked(NOON.plus(Credentials.LOCK_DURATION).minusSeconds(1)));
        assertFalse(credentials.isLocked(NOON.plus(Credentials.LOCK_DURATION)));
    }

    @Test
    void aSuccessClearsTheCountOfFailures() {
        Credentials credentials = Credentials.of("good-password".toCharArray());
        for (int i = 0; i < Credentials.MAX_FAILURES - 1; i++) {
            credentials.attempt("bad".toCharArray(), NOON);
        }
        assertTrue(credentials.attempt("good-password".toCharArray(), NOON));
        assertEquals(0, credentials.failedAttempts());
        credentials.attempt("bad".toCharArray(), NOON);
        assertFalse(credentials.isLocked(NOON), "the count started again");
    }

    @Test
    void anAdministratorsResetLiftsTheLockAndReplacesThePassword() {
        Credentials credentials = Credentials.of("good-password".toCharArray());
        for (int i = 0; i < Credentials.MAX_FAILURES; i++) {
            credentials.attempt("bad".toCharArray(), NOON);
        }
        credentials.reset("new-password".toCharArray());
        assertFalse(credentials.isLocked(NOON));
        assertFalse(credentials.attempt("good-password".toCharArray(), NOON));
        assertTrue(credentials.attempt("new-password".toCharArray(), NOON));
    }

    @Test
    void shortPasswordsAreRefused() {
        DomainException e = assertThrows(DomainException.class, () -> Credentials.of("short".toCharArray()));
        assertEquals("error.password.tooShort", e.key());
        assertThrows(DomainException.class, () -> Credentials.of(null));
    }
}
