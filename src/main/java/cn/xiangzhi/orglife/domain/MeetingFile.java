package cn.xiangzhi.orglife.domain;

import cn.xiangzhi.shared.domain.StoredFile;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.UploadedFiles;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a village uploads after a meeting: its minutes (a PDF or a photographed page) or a photo of
 * the meeting (JPEG, PNG), recognised by its first bytes, at most {@link #MAX_BYTES}; at most
 * {@link #MAX_PER_MEETING} per meeting. Never changed.
 */
@Entity
@Table(name = "orglife_meeting_file")
public class MeetingFile extends TenantOwnedEntity {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_PER_MEETING = 12;

    /** Minutes or a photo. */
    public enum Kind { MINUTES, PHOTO }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Kind kind;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Embedded
    private StoredFile file;

    protected MeetingFile() {
    }

    public MeetingFile(Meeting meeting, Kind kind, String fileName, byte[] content, String by, Instant at) {
        this.meeting = meeting;
        this.kind = kind;
        this.fileName = StoredFile.fileName(fileName, kind == Kind.MINUTES ? "minutes" : "photo");
        Set<String> types = kind == Kind.MINUTES ? Set.of(UploadedFiles.PDF, UploadedFiles.JPEG, UploadedFiles.PNG)
                : Set.of(UploadedFiles.JPEG, UploadedFiles.PNG);
        this.file = new StoredFile(content, MAX_BYTES, types, kind == Kind.MINUTES ? "error.meetingFile.minutesType"
                : "error.meetingFile.photoType", by, at);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meeting == null ? null : meeting.getId());
        state.put("kind", kind == null ? null : kind.name());
        state.put("fileName", fileName);
        file.describeIn(state);
        return state;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public StoredFile getFile() {
        return file;
    }
}
