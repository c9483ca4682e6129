package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialsTest {

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNotHoweverOftenItIsTried() {
        Credentials credentials = Credentials.of("good-password".toCharArray());
        for (int i = 0; i < 20; i++) {
            assertFalse(credentials.matches("bad-password".toCharArray()));
        }
        assertTrue(credentials.matches("good-password".toCharArray()), "failures never lock the password itself");
    }

    @Test
    void anAdministratorsResetReplacesThePassword() {
        Credentials credentials = Credentials.of("good-password".toCharArray());
        String before = credentials.storedHash();
        credentials.reset("new-password".toCharArray());
        assertNotEquals(before, credentials.storedHash());
        assertFalse(credentials.matches("good-password".toCharArray()));
        assertTrue(credentials.matches("new-password".toCharArray()));
    }

    @Test
    void shortPasswordsAreRefused() {
        DomainException e = assertThrows(DomainException.class, () -> Credentials.of("short".toCharArray()));
        assertEquals("error.password.tooShort", e.key());
        assertThrows(DomainException.class, () -> Credentials.of(null));
        Credentials credentials = Credentials.of("good-password".toCharArray());
        assertThrows(DomainException.class, () -> credentials.reset("short".toCharArray()));
        assertTrue(credentials.matches("good-password".toCharArray()), "a refused reset changes nothing");
    }
}
