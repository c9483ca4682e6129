package cn.xiangzhi.shared.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * Checks of uploaded files kept in the database (evidence photos, decision attachments): the type
 * comes from the first bytes, never from the file name or the client's word; the size is bounded;
 * the SHA-256 is kept with the bytes.
 */
public final class UploadedFiles {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    private UploadedFiles() {
    }

    /**
     * The type of {@code content}, one of {@code allowed}; refuses an empty or too large file
     * ({@code error.photo.empty}, {@code error.photo.tooLarge}) and any other type ({@code typeErrorKey}).
     */
    public static String checkedType(byte[] content, int maxBytes, Set<String> allowed, String typeErrorKey) {
        if (content == null || content.length == 0) {
            throw new DomainException("error.photo.empty");
        }
        if (content.length > maxBytes) {
            throw new DomainException("error.photo.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = typeOf(content);
        if (type == null || !allowed.contains(type)) {
            throw new DomainException(typeErrorKey);
        }
        return type;
    }

    /** JPEG, PNG, WebP or PDF by their first bytes; null for anything else. */
    public static String typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return WEBP;
        }
        if (b.length > 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return PDF;
        }
        return null;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
