package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.StoredFile;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    @Embedded
    private StoredFile file;

    protected DecisionAttachment() {
    }

    public DecisionAttachment(Matter matter, String fileName, byte[] content, String by, Instant at) {
        this.fileName = StoredFile.fileName(fileName, "attachment");
        this.matter = matter;
        this.file = new StoredFile(content, MAX_BYTES, Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG),
                "error.decision.attachmentType", by, at);
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
        file.describeIn(state);
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
