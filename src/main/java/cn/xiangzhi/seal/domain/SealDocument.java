package cn.xiangzhi.seal.domain;

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
 * The document to be stamped, as the applicant uploaded it with the application: a PDF or photos
 * (JPEG, PNG) recognised by their first bytes, at most {@link #MAX_BYTES} each, at most
 * {@link #MAX_PER_APPLICATION}. Never changed.
 */
@Entity
@Table(name = "seal_document")
public class SealDocument extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_APPLICATION = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private SealApplication application;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Embedded
    private StoredFile file;

    protected SealDocument() {
    }

    public SealDocument(SealApplication application, String fileName, byte[] content, String by, Instant at) {
        this.application = application;
        this.fileName = StoredFile.fileName(fileName, "document");
        this.file = new StoredFile(content, MAX_BYTES, Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG),
                "error.sealDocument.type", by, at);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("applicationId", application.getId());
        state.put("fileName", fileName);
        file.describeIn(state);
        return state;
    }

    public SealApplication getApplication() {
        return application;
    }

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }
}
