package cn.xiangzhi.seal.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The signature of a seal-terminal request (protocol v1, ADR 0019): HMAC-SHA256 with the terminal's
 * own secret over five lines joined by {@code \n} — the method, the path as sent (no query), the
 * timestamp (Unix seconds), the nonce, and the lowercase hex SHA-256 of the body (of nothing for a
 * GET) — sent as lowercase hex. A timestamp more than {@link #SKEW} from the server's clock is
 * stale; a nonce seen before from the same device within that window is a replay.
 */
public final class SealSignature {

    public static final Duration SKEW = Duration.ofMinutes(5);
    /** A nonce: 16 to 64 letters, digits, {@code -} or {@code _}. */
    public static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealSignature() {
    }

    /** A new terminal secret: 32 random bytes, base64url without padding (43 characters). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public static String canonical(String method, String path, String timestamp, String nonce, byte[] body) {
        return method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
    }

    /** The hex HMAC-SHA256 of {@code canonical} under {@code secret} (the secret's text as UTF-8 bytes). */
    public static String sign(String secret, String canonical) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code signature} is the signature of {@code canonical}, compared in constant time. */
    public static boolean matches(String secret, String canonical, String signature) {
        if (signature == null || !HEX.matcher(signature).matches()) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, canonical).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The request's time, or null when the header is not Unix seconds. */
    public static Instant timestamp(String header) {
        if (header == null || !header.matches("[0-9]{1,12}")) {
            return null;
        }
        return Instant.ofEpochSecond(Long.parseLong(header));
    }

    public static boolean fresh(Instant sent, Instant now) {
        return !sent.isBefore(now.minus(SKEW)) && !sent.isAfter(now.plus(SKEW));
    }

    static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
