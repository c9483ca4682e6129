package cn.xiangzhi.rating.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * How raters appear without accounts (ADR 0020): a rater's identity within a campaign ("H:" and a
 * household id, "M:" and a party member id, "U:" and a user id) is kept only as an HMAC-SHA256 keyed
 * with the campaign's secret, so the ledger can tell one rater's votes apart without naming the
 * rater. A household's printed token is another HMAC of its id: short, typed by hand, and checked
 * without a table of tokens.
 */
public final class RaterKeys {

    private static final String TOKEN_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public static final int TOKEN_LENGTH = 8;

    private RaterKeys() {
    }

    public static String household(String secret, long householdId) {
        return hex(mac(secret, "H:" + householdId));
    }

    public static String member(String secret, long memberId) {
        return hex(mac(secret, "M:" + memberId));
    }

    public static String user(String secret, long userId) {
        return hex(mac(secret, "U:" + userId));
    }

    /** The household's token printed on its slip: 8 letters and digits without look-alikes (0/O, 1/I). */
    public static String token(String secret, long householdId) {
        byte[] mac = mac(secret, "T:" + householdId);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            token.append(TOKEN_ALPHABET.charAt((mac[i] & 0xFF) % TOKEN_ALPHABET.length()));
        }
        return token.toString();
    }

    /** Whether {@code typed} (any case, spaces ignored) is the household's token. */
    public static boolean tokenMatches(String secret, long householdId, String typed) {
        if (typed == null) {
            return false;
        }
        String clean = typed.replace(" ", "").replace("-", "").toUpperCase();
        return java.security.MessageDigest.isEqual(clean.getBytes(StandardCharsets.US_ASCII),
                token(secret, householdId).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] mac(String secret, String identity) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
