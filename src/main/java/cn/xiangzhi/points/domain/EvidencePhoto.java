package cn.xiangzhi.points.domain;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.StoredFile;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Embedded
    private StoredFile file;

    protected EvidencePhoto() {
    }

    public EvidencePhoto(Place village, byte[] content, String uploadedBy, Instant at) {
        this.village = village;
        this.file = new StoredFile(content, MAX_BYTES, Set.of(UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.WEBP),
                "error.photo.type", uploadedBy, at);
    }

    /** The image type from the first bytes (never from the file name or the client's word); null for any other file. */
    static String typeOf(byte[] b) {
        String type = UploadedFiles.typeOf(b);
        return UploadedFiles.PDF.equals(type) ? null : type;
    }

    /** The photo ids an evidence text refers to, in order. */
    public static List<Long> referencesIn(String evidence) {
        List<Long> ids = new ArrayList<>();
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
        file.describeIn(state);
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getContentType() {
        return file.getContentType();
    }

    public int getByteCount() {
        return file.getByteCount();
    }

    public String getSha256() {
        return file.getSha256();
    }

    public byte[] getContent() {
        return file.getContent();
    }

    public String getUploadedBy() {
        return file.getUploadedBy();
    }

    public Instant getUploadedAt() {
        return file.getUploadedAt();
    }
}
