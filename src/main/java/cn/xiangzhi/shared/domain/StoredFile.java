package cn.xiangzhi.shared.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A file kept in the database as uploaded, never changed: its type recognised from its first bytes
 * (never from its name or the client's word), its size and SHA-256, who uploaded it and when. The
 * columns are the same in every table that embeds it (evidence photos, a matter's files).
 */
@Embeddable
public class StoredFile {

    @Column(name = "content_type", nullable = false, length = 60, updatable = false)
    private String contentType;

    @Column(name = "byte_count", nullable = false, updatable = false)
    private int byteCount;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 120, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StoredFile() {
    }

    /**
     * The file if it is one of {@code types} and at most {@code maxBytes} long; otherwise refused with
     * {@code wrongTypeKey} (or the size refusal of {@link UploadedFiles#checkedType}).
     */
    public StoredFile(byte[] content, int maxBytes, Set<String> types, String wrongTypeKey, String by, Instant at) {
        this.contentType = UploadedFiles.checkedType(content, maxBytes, types, wrongTypeKey);
        this.content = content.clone();
        this.byteCount = content.length;
        this.sha256 = UploadedFiles.sha256(content);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** A file's name as kept beside it: stripped, at most 200 characters, {@code fallback} when none was given. */
    public static String fileName(String name, String fallback) {
        String kept = name == null || name.isBlank() ? fallback : name.strip();
        return kept.length() > 200 ? kept.substring(0, 200) : kept;
    }

    /** What the audit log keeps of the file: its type, size and digest, never its bytes. */
    public void describeIn(Map<String, Object> state) {
        state.put("contentType", contentType);
        state.put("bytes", byteCount);
        state.put("sha256", sha256);
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
