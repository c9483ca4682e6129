package cn.xiangzhi.liaison.domain;

import cn.xiangzhi.shared.domain.StoredFile;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Column;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A photo taken on a visit (JPEG, PNG or WebP, recognised by its first bytes), at most {@link #MAX_BYTES};
 * at most {@link #MAX_PER_VISIT} per visit. Never changed.
 */
@Entity
@Table(name = "liaison_visit_photo")
public class VisitPhoto extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_VISIT = 4;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private LiaisonVisit visit;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Embedded
    private StoredFile file;

    protected VisitPhoto() {
    }

    public VisitPhoto(LiaisonVisit visit, String fileName, byte[] content, String by, Instant at) {
        this.visit = visit;
        this.fileName = StoredFile.fileName(fileName, "photo");
        this.file = new StoredFile(content, MAX_BYTES, Set.of(UploadedFiles.JPEG, UploadedFiles.PNG, UploadedFiles.WEBP),
                "error.visitPhoto.type", by, at);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("visitId", visit == null ? null : visit.getId());
        state.put("fileName", fileName);
        file.describeIn(state);
        return state;
    }

    public LiaisonVisit getVisit() {
        return visit;
    }

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }
}
