package cn.xiangzhi.points.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo taken as evidence for points (a clean-up, a good deed). Only JPEG, PNG and WebP images,
 * recognised by their first bytes, up to {@link #MAX_BYTES}; kept as uploaded, never changed.
 * Evidence text refers to photos as {@code photo:{id}}.
 */
@Entity
@Table(name = "points_photo")
public class EvidencePhoto extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final Pattern REFERENCE = Pattern.compile("photo:(\\d{1,18})");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private int byteCount;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 120, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected EvidencePhoto() {
    }

    public EvidencePhoto(Place village, byte[] content, String uploadedBy, Instant at) {
        if (content == null || content.length == 0) {
            throw new DomainException("error.photo.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DomainException("error.photo.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        this.contentType = typeOf(content);
        if (contentType == null) {
            throw new DomainException("error.photo.type");
        }
        this.village = village;
        this.content = content.clone();
        this.byteCount = content.length;
        this.sha256 = sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /** The image type from the first bytes (never from the file name or the client's word). */
    static String typeOf(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }

    /** The photo ids an evidence text refers to, in order. */
    public static java.util.List<Long> referencesIn(String evidence) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        if (evidence != null) {
            Matcher m = REFERENCE.matcher(evidence);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    public static String reference(long id) {
        return "photo:" + id;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("contentType", contentType);
        state.put("bytes", byteCount);
        state.put("sha256", sha256);
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getContentType() {
        return contentType;
    }

    public int getByteCount() {
        return byteCount;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
