package cn.xiangzhi.notices.domain;

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
 * A photo (JPEG, PNG) or PDF of a notice — the photographed disclosure sheet, a map, the full text —
 * recognised by its first bytes, at most {@link #MAX_BYTES}; at most {@link #MAX_PER_NOTICE} per
 * notice. Never changed.
 */
@Entity
@Table(name = "notice_file")
public class NoticeFile extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_NOTICE = 6;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", nullable = false, updatable = false)
    private Notice notice;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Embedded
    private StoredFile file;

    protected NoticeFile() {
    }

    public NoticeFile(Notice notice, String fileName, byte[] content, String by, Instant at) {
        this.fileName = StoredFile.fileName(fileName, "file");
        this.notice = notice;
        this.file = new StoredFile(content, MAX_BYTES, Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG),
                "error.notice.fileType", by, at);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("noticeId", notice == null ? null : notice.getId());
        state.put("fileName", fileName);
        file.describeIn(state);
        return state;
    }

    public Notice getNotice() {
        return notice;
    }

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }
}
