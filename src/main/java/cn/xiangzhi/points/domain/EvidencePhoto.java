package cn.xiangzhi.points.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
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
        this.contentType = UploadedFiles.checkedType(content, MAX_BYTES,
                java.util.Set.of(UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.WEBP), "error.photo.type");
        this.village = village;
        this.content = content.clone();
        this.byteCount = content.length;
        this.sha256 = UploadedFiles.sha256(content);
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    /** The image type from the first bytes (never from the file name or the client's word); null for any other file. */
    static String typeOf(byte[] b) {
        String type = UploadedFiles.typeOf(b);
        return UploadedFiles.PDF.equals(type) ? null : type;
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
