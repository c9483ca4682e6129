package cn.xiangzhi.orglife.web;

import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.orglife.domain.MeetingFile;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;

/**
 * One meeting's record ({@code meeting.xhtml?id=}): who was expected and who came (from the
 * village's terminals), the terminals' snapshots, the minutes and photos the village uploads after
 * it, the flags the platform raises, and the township's review — approve, or reject with a reason.
 */
@Named
@ViewScoped
public class MeetingPage implements Serializable {

    @Inject
    OrgLife orgLife;

    @Inject
    VillagePicker villages;

    private Long id;
    private OrgLife.AttendanceView record;
    private MeetingFile.Kind kind = MeetingFile.Kind.MINUTES;
    private String reason;

    /** Reads the meeting named by the {@code id} parameter; an unknown one leaves the page with the refusal. */
    public void load() {
        if (id == null) {
            Pages.refuse("error.meeting.notFound");
            return;
        }
        long meeting = id;
        Pages.run(() -> record = orgLife.attendance(meeting), null);
    }

    public void upload(FileUploadEvent event) {
        if (record == null) {
            return;
        }
        long meeting = record.meeting().id();
        if (Pages.run(() -> orgLife.attach(meeting, kind, event.getFile().getFileName(), event.getFile().getContent()),
                "meetingFile.added")) {
            load();
        }
    }

    public void approve() {
        review(true);
    }

    public void reject() {
        review(false);
    }

    private void review(boolean approve) {
        if (record == null) {
            return;
        }
        long meeting = record.meeting().id();
        if (Pages.run(() -> orgLife.review(meeting, approve, reason), approve ? "meeting.approved" : "meeting.rejected")) {
            reason = null;
            load();
        }
    }

    /** Where the page reads a file of this meeting, after the tenant's base ({@link MeetingFileGate}). */
    public String fileUrl(long fileId) {
        return "/meetings/" + record.meeting().id() + "/files/" + fileId;
    }

    /** Where the page reads a terminal's snapshot of this meeting, after the tenant's base. */
    public String snapshotUrl(long photoId) {
        return "/meetings/" + record.meeting().id() + "/snapshots/" + photoId;
    }

    public String getVillageName() {
        return record == null ? "" : villages.name(record.meeting().villageId());
    }

    public MeetingFile.Kind[] getKinds() {
        return MeetingFile.Kind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrgLife.AttendanceView getRecord() {
        return record;
    }

    public MeetingFile.Kind getKind() {
        return kind;
    }

    public void setKind(MeetingFile.Kind kind) {
        this.kind = kind;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
