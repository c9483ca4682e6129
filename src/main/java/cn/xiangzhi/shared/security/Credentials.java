package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Duration;
import java.time.Instant;

/**
 * A password and its lockout state: after {@value #MAX_FAILURES} failed logins in a row the account
 * is locked for {@link #LOCK_DURATION}; a successful login clears the count.
 */
@Embeddable
public class Credentials {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 8;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected Credentials() {
    }

    public static Credentials of(char[] password) {
        requireAcceptable(password);
        Credentials credentials = new Credentials();
        credentials.passwordHash = PasswordHasher.hash(password);
        return credentials;
    }

    public static void requireAcceptable(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new DomainException("error.password.tooShort", MIN_PASSWORD_LENGTH);
        }
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Checks the password, counting failures; returns whether it matched. */
    public boolean attempt(char[] password, Instant now) {
        if (PasswordHasher.matches(password, passwordHash)) {
            failedAttempts = 0;
            lockedUntil = null;
            return true;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
        }
        return false;
    }

    /** A new password set by an administrator; also lifts a lock. */
    public void reset(char[] password) {
        requireAcceptable(password);
        passwordHash = PasswordHasher.hash(password);
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The stored hash, for remembering a sign-in (compared with {@link PasswordHasher#matchedRecently}); never shown. */
    public String storedHash() {
        return passwordHash;
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
