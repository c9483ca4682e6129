package cn.xiangzhi.orglife.web;

import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Meetings of organisational life: the month's compliance board (what each village still owes), a
 * form for a village to schedule a meeting (type, window on the tenant's clock, place, the people
 * expected from its terminals), and the villages' meetings, each opening its record
 * ({@code meeting.xhtml?id=}) where evidence is added and the township reviews it.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

    @Inject
    OrgLife orgLife;

    @Inject
    VillagePicker villages;

    private String month;
    private List<OrgLife.ComplianceLine> board;
    private List<OrgLife.MeetingView> meetings;
    private List<OrgLife.TypeView> types;
    private List<OrgLife.Attendee> attendees = List.of();
    private Long villageId;
    private Long typeId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private List<String> expectedPins = new ArrayList<>();

    @PostConstruct
    void load() {
        board = orgLife.compliance(month).stream().filter(OrgLife.ComplianceLine::missing).toList();
        meetings = orgLife.meetings(null);
        types = orgLife.types();
        if (villageId == null && SecurityUtils.getSubject().isPermitted(Permission.ORGLIFE_RECORD)) {
            villageId = villages.only();
            villageChanged();
        }
    }

    public void showMonth() {
        Pages.run(this::load, null);
    }

    /** The people on the chosen village's terminals become the choices of who is expected. */
    public void villageChanged() {
        expectedPins = new ArrayList<>();
        attendees = villageId == null ? List.of() : orgLife.attendees(villageId);
    }

    public void schedule() {
        String from = startsAt == null ? null : startsAt.toString();
        String to = endsAt == null ? null : endsAt.toString();
        if (Pages.run(() -> orgLife.schedule(villageId, typeId, from, to, place, expectedPins), "meeting.scheduled")) {
            startsAt = null;
            endsAt = null;
            place = null;
            expectedPins = new ArrayList<>();
            meetings = orgLife.meetings(null);
        }
    }

    /** Adds the seed's meeting types (三会一课 and the three working days) the tenant does not have yet. */
    public void addDefaults() {
        if (Pages.run(orgLife::addDefaults, "meeting.defaultsAdded")) {
            types = orgLife.types();
            board = orgLife.compliance(month).stream().filter(OrgLife.ComplianceLine::missing).toList();
        }
    }

    public String villageName(long id) {
        return villages.name(id);
    }

    public List<OrgLife.ComplianceLine> getBoard() {
        return board;
    }

    public List<OrgLife.MeetingView> getMeetings() {
        return meetings;
    }

    public List<OrgLife.TypeView> getTypes() {
        return types;
    }

    public List<OrgLife.Attendee> getAttendees() {
        return attendees;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getExpectedPins() {
        return expectedPins;
    }

    public void setExpectedPins(List<String> expectedPins) {
        this.expectedPins = expectedPins == null ? new ArrayList<>() : expectedPins;
    }
}
