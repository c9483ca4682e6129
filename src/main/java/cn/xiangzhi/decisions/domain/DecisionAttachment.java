package cn.xiangzhi.decisions.domain;

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
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A file of a matter: scanned minutes, the signed attendance list, a photo of the meeting — PDF,
 * JPEG or PNG recognised by their first bytes, at most {@link #MAX_BYTES}. Uploaded for the
 * matter, tied to the step recorded with it; never changed.
 */
@Entity
@Table(name = "decision_attachment")
public class DecisionAttachment extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "record_id")
    private StepRecord record;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60, updatable = false)
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

    protected DecisionAttachment() {
    }

    public DecisionAttachment(Matter matter, String fileName, byte[] content, String by, Instant at) {
        this.contentType = UploadedFiles.checkedType(content, MAX_BYTES,
                Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG), "error.decision.attachmentType");
        String name = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
        this.fileName = name.length() > 200 ? name.substring(0, 200) : name;
        this.matter = matter;
        this.content = content.clone();
        this.byteCount = content.length;
        this.sha256 = UploadedFiles.sha256(content);
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** Ties the file to the step recorded with it; a file already tied stays where it is. */
    public void attachTo(StepRecord stepRecord) {
        if (record != null || stepRecord.getMatter() != matter) {
            throw DomainException.conflict("error.decision.attachmentUsed", getId());
        }
        this.record = stepRecord;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("matterId", matter == null ? null : matter.getId());
        state.put("recordId", record == null ? null : record.getId());
        state.put("fileName", fileName);
        state.put("contentType", contentType);
        state.put("bytes", byteCount);
        state.put("sha256", sha256);
        return state;
    }

    public Matter getMatter() {
        return matter;
    }

    public StepRecord getRecord() {
        return record;
    }

    public String getFileName() {
        return fileName;
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
