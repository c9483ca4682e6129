package cn.xiangzhi.shared.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with a per-password random salt and 210,000 iterations (OWASP's 2023
 * recommendation), from the JDK. Stored as {@code pbkdf2-sha256$iterations$salt$hash} so the
 * work factor can rise later without breaking stored hashes.
 *
 * <p>REST clients send their password with every request (HTTP Basic), and 210,000 iterations
 * cost ~0.1 s of a core each time. A password that matched its stored hash is remembered for a few
 * minutes as an HMAC under a key that lives only in this JVM, keyed by the stored hash too: a
 * changed password (new hash) is derived again, a wrong password is always derived (guessing stays
 * slow), and nothing reversible is kept. See docs/adr/0006-verified-password-cache.md.
 */
public final class PasswordHasher {

    static final int ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    public static boolean matches(char[] password, String stored) {
        if (stored == null) {
            return false;
        }
        String remembered = VerifiedPasswords.key(password, stored);
        if (VerifiedPasswords.contains(remembered)) {
            return true;
        }
        boolean matched = derivedMatches(password, stored);
        if (matched) {
            VerifiedPasswords.remember(remembered);
        }
        return matched;
    }

    /**
     * Whether this password matched this stored hash within the last minutes (remembered by
     * {@link #matches}); never derives, so it costs an HMAC whatever the answer.
     */
    public static boolean matchedRecently(char[] password, String stored) {
        return stored != null && password != null && VerifiedPasswords.contains(VerifiedPasswords.key(password, stored));
    }

    private static boolean derivedMatches(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
        }
    }

    /** Recently verified (password, stored hash) pairs, as HMACs under a per-JVM key; bounded, expiring. */
    static final class VerifiedPasswords {
        static final Duration TTL = Duration.ofMinutes(5);
        static final int MAX = 10_000;
        private static final byte[] KEY = new byte[32];
        private static final ConcurrentHashMap<String, Long> UNTIL = new ConcurrentHashMap<>();

        static {
            RANDOM.nextBytes(KEY);
        }

        private VerifiedPasswords() {
        }

        static String key(char[] password, String stored) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
                mac.update(stored.getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
                ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
                mac.update(utf8);
                if (utf8.hasArray()) {
                    Arrays.fill(utf8.array(), (byte) 0);
                }
                return Base64.getEncoder().encodeToString(mac.doFinal());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }

        static boolean contains(String key) {
            Long until = UNTIL.get(key);
            if (until == null) {
                return false;
            }
            if (until < System.nanoTime()) {
                UNTIL.remove(key, until);
                return false;
            }
            return true;
        }

        static void remember(String key) {
            if (UNTIL.size() >= MAX) {
                long now = System.nanoTime();
                UNTIL.values().removeIf(until -> until < now);
                if (UNTIL.size() >= MAX) {
                    UNTIL.clear();
                }
            }
            UNTIL.put(key, System.nanoTime() + TTL.toNanos());
        }

        static void forgetAll() {
            UNTIL.clear();
        }
    }
}
