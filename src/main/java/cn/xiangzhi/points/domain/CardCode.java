package cn.xiangzhi.points.domain;

import cn.xiangzhi.shared.domain.DomainException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a household card's QR code says, as short text a USB scanner types like a keyboard:
 * {@code XZ1.<tenant code>.<household code>.<serial>.<signature>}. The signature is the
 * HMAC-SHA256 of everything before it under the tenant's card key, cut to 80 bits and written in
 * 16 base32 letters (A–Z, 2–7), so a card cannot be forged or altered without the key. Codes of
 * tenants and households never contain a dot.
 */
public record CardCode(String tenantCode, String householdCode, int serial) {

    public static final String VERSION = "XZ1";
    private static final Pattern FORMAT = Pattern.compile(
            "XZ1\\.([a-z][a-z0-9-]{2,39})\\.([A-Za-z0-9_-]{1,40})\\.([1-9][0-9]{0,5})\\.([A-Z2-7]{16})");
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final int SIGNATURE_BYTES = 10;

    /** The card's text with its signature under {@code key}. */
    public String payload(byte[] key) {
        return signed() + "." + signature(key);
    }

    /**
     * Reads scanned text (surrounding blanks and the scanner's Enter are ignored). Refuses text that
     * is not a card's ({@code error.card.malformed}); the signature is checked by {@link Scanned#isSignedWith}.
     */
    public static Scanned read(String scanned) {
        Matcher m = FORMAT.matcher(scanned == null ? "" : scanned.strip());
        if (!m.matches()) {
            throw new DomainException("error.card.malformed");
        }
        return new Scanned(new CardCode(m.group(1), m.group(2), Integer.parseInt(m.group(3))), m.group(4));
    }

    /** A card's text as scanned: what it claims, and the signature it carries. */
    public record Scanned(CardCode code, String signature) {
        public boolean isSignedWith(byte[] key) {
            return MessageDigest.isEqual(code.signature(key).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private String signed() {
        return VERSION + "." + tenantCode + "." + householdCode + "." + serial;
    }

    private String signature(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal(signed().getBytes(StandardCharsets.US_ASCII));
            return base32(digest, SIGNATURE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** RFC 4648 base32 of the first {@code length} bytes (a multiple of 5: no padding). */
    private static String base32(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length * 8 / 5);
        int buffer = 0;
        int bits = 0;
        for (int i = 0; i < length; i++) {
            buffer = (buffer << 8) | (bytes[i] & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return out.toString();
    }
}
