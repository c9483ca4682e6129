package cn.xiangzhi.orglife.web;

import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.orglife.domain.Meeting;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Meetings of organisational life for the township: the month's compliance board (what each village
 * still owes), the villages' meetings with their review, and the review itself — approve, or reject
 * with a reason.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    @Inject
    transient OrgLife orgLife;

    @Inject
    transient VillagePicker villages;

    private String month;
    private List<OrgLife.ComplianceLine> board;
    private List<OrgLife.MeetingView> meetings;
    private Long meetingId;
    private String reason;

    @PostConstruct
    void load() {
        board = orgLife.compliance(month).stream().filter(OrgLife.ComplianceLine::missing).toList();
        meetings = orgLife.meetings(null);
    }

    public void showMonth() {
        Pages.run(this::load, null);
    }

    public void approve() {
        review(true);
    }

    public void reject() {
        review(false);
    }

    private void review(boolean approve) {
        long id = meetingId == null ? -1 : meetingId;
        if (Pages.run(() -> orgLife.review(id, approve, reason), approve ? "meeting.approved" : "meeting.rejected")) {
            reason = null;
            meetingId = null;
            load();
        }
    }

    public String villageName(long id) {
        return villages.name(id);
    }

    /** The meetings still waiting for the township's decision. */
    public List<OrgLife.MeetingView> getPending() {
        return meetings.stream().filter(m -> m.review() == Meeting.Review.PENDING).toList();
    }

    public List<OrgLife.ComplianceLine> getBoard() {
        return board;
    }

    public List<OrgLife.MeetingView> getMeetings() {
        return meetings;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long meetingId) {
        this.meetingId = meetingId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
