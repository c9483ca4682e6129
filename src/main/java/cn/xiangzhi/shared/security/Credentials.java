package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;


/**
 * A password, stored as a PBKDF2 hash. Guessing is slowed down per username and client address by
 * the sign-in throttle, not by locking the account: a lock would let anyone who knows a username (a
 * phone number) lock its owner out.
 */
@Embeddable
public class Credentials {

    public static final int MIN_PASSWORD_LENGTH = 8;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

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

    /** Whether {@code password} is this password. */
    public boolean matches(char[] password) {
        return PasswordHasher.matches(password, passwordHash);
    }

    /** A new password set by an administrator. */
    public void reset(char[] password) {
        requireAcceptable(password);
        passwordHash = PasswordHasher.hash(password);
    }

    /** The stored hash, for remembering a sign-in (compared with {@link PasswordHasher#matchedRecently}); never shown. */
    public String storedHash() {
        return passwordHash;
    }
}
