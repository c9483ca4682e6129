package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.decisions.application.PowerList;
import cn.xiangzhi.decisions.application.VillageBodies;
import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The matters page: the matters of the user's scope (overdue ones first in their own table), a
 * form to register one, and the open matter with its procedure, the steps recorded so far and the
 * form for the next step — attendees picked from the village's bodies, votes, minutes, files.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    Matters matters;

    @Inject
    PowerList powerList;


    @Inject
    VillagePicker villages;
    private List<PowerList.ItemView> items = List.of();
    private Long villageFilter;
    private List<Matters.MatterView> list = List.of();
    private List<Matters.MatterView> overdue = List.of();

    private Long newVillageId;
    private Long newItemId;
    private String newTitle;
    private String newDescription;

    private Matters.MatterView selected;
    private List<Matters.RecordView> records = List.of();
    private List<PowerList.StepView> steps = List.of();
    private List<VillageBodies.Attendee> candidates = List.of();
    private List<Matters.AttachmentView> attachments = List.of();

    private LocalDate heldOn;
    private List<String> attendees = new ArrayList<>();
    private Integer present;
    private Integer householdsPresent;
    private int votesFor;
    private int votesAgainst;
    private int abstaining;
    private String minutes;
    private final List<Long> pending = new ArrayList<>();

    @PostConstruct
    void load() {
        Pages.run(() -> {
            items = powerList.items().stream().filter(PowerList.ItemView::active).toList();
            newVillageId = villages.only();
        }, null);
        refresh();
    }

    public void refresh() {
        Pages.run(() -> {
            list = matters.matters(villageFilter, null);
            overdue = matters.overdue();
        }, null);
    }

    public void register() {
        if (newVillageId == null || newItemId == null) {
            Pages.refuse("error.decision.item");
            return;
        }
        if (Pages.run(() -> selected = matters.register(newVillageId, newItemId, newTitle, newDescription), "decision.registered")) {
            newTitle = null;
            newDescription = null;
            open(selected);
            refresh();
        }
    }

    public void open(Matters.MatterView matter) {
        Pages.run(() -> {
            selected = matters.matter(matter.id());
            records = matters.records(matter.id());
            steps = powerList.steps(selected.procedureId());
            candidates = matters.candidates(matter.id());
            attachments = matters.attachments(matter.id());
        }, null);
        heldOn = clock.today();
        attendees = new ArrayList<>();
        present = null;
        householdsPresent = null;
        votesFor = 0;
        votesAgainst = 0;
        abstaining = 0;
        minutes = null;
        pending.clear();
    }

    public void close() {
        selected = null;
    }

    public void uploadFile(FileUploadEvent event) {
        if (selected == null) {
            return;
        }
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        Pages.run(() -> {
            Matters.AttachmentView added = matters.upload(selected.id(), name, content);
            pending.add(added.id());
            attachments = matters.attachments(selected.id());
        }, "decision.fileAdded");
    }

    public void recordStep() {
        if (selected == null || selected.nextPosition() == null) {
            return;
        }
        Matters.StepForm form = new Matters.StepForm(selected.nextPosition(), heldOn, attendees, present, householdsPresent,
                votesFor, votesAgainst, abstaining, minutes, List.copyOf(pending));
        Matters.RecordView[] recorded = new Matters.RecordView[1];
        if (Pages.run(() -> recorded[0] = matters.record(selected.id(), form), null)) {
            Pages.info("decision.outcome." + recorded[0].outcome());
            open(selected);
            refresh();
        }
    }

    /** The step of the procedure at {@code position}, recorded or not: its record, or null. */
    public Matters.RecordView recordAt(int position) {
        return records.stream().filter(r -> r.position() == position).findFirst().orElse(null);
    }

    public boolean isMeetingNext() {
        return selected != null && selected.nextKind() != null && selected.nextKind().isMeeting();
    }

    public boolean isVillagersNext() {
        return isMeetingNext() && selected.nextBody() == Body.VILLAGERS;
    }

    public boolean isPublicationNext() {
        return selected != null && selected.nextKind() != null && selected.nextKind().isPublication();
    }


    public List<PowerList.ItemView> getItems() {
        return items;
    }

    public Long getVillageFilter() {
        return villageFilter;
    }

    public void setVillageFilter(Long villageFilter) {
        this.villageFilter = villageFilter;
    }

    public List<Matters.MatterView> getList() {
        return list;
    }

    public List<Matters.MatterView> getOverdue() {
        return overdue;
    }

    public Long getNewVillageId() {
        return newVillageId;
    }

    public void setNewVillageId(Long newVillageId) {
        this.newVillageId = newVillageId;
    }

    public Long getNewItemId() {
        return newItemId;
    }

    public void setNewItemId(Long newItemId) {
        this.newItemId = newItemId;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public Matters.MatterView getSelected() {
        return selected;
    }

    public List<Matters.RecordView> getRecords() {
        return records;
    }

    public List<PowerList.StepView> getSteps() {
        return steps;
    }

    public List<VillageBodies.Attendee> getCandidates() {
        return candidates;
    }

    public List<Matters.AttachmentView> getAttachments() {
        return attachments;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }

    public Integer getPresent() {
        return present;
    }

    public void setPresent(Integer present) {
        this.present = present;
    }

    public Integer getHouseholdsPresent() {
        return householdsPresent;
    }

    public void setHouseholdsPresent(Integer householdsPresent) {
        this.householdsPresent = householdsPresent;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public void setVotesFor(int votesFor) {
        this.votesFor = votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public void setVotesAgainst(int votesAgainst) {
        this.votesAgainst = votesAgainst;
    }

    public int getAbstaining() {
        return abstaining;
    }

    public void setAbstaining(int abstaining) {
        this.abstaining = abstaining;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }
}
