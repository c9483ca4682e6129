package cn.xiangzhi.liaison.web;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.liaison.application.Liaisons;
import cn.xiangzhi.liaison.application.Visits;
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
 * The visit page, made for a phone: pick a household the village's liaisons look after, record what
 * was discussed with the household's confirmation, add photos, and raise the requests found.
 */
@Named
@ViewScoped
public class VisitPage implements Serializable {

    @Inject
    Visits visits;

    @Inject
    Liaisons liaisons;

    @Inject
    VillagePicker villages;

    @Inject
    BusinessClock clock;

    private Long villageId;
    private List<Liaisons.AssignmentView> households = List.of();
    private Long householdId;
    private LocalDate visitedOn;
    private String notes;
    private String confirmation;
    private Visits.VisitView visit;
    private List<Visits.PhotoView> photos = List.of();
    private List<ServiceRequests.RequestView> raised = List.of();
    private RequestKind kind = RequestKind.NEED;
    private String matterType;
    private String description;
    private String handler;

    @PostConstruct
    void load() {
        villageId = villages.first();
        visitedOn = clock.today();
        villageChanged();
    }

    public void villageChanged() {
        households = List.of();
        if (villageId != null) {
            Pages.run(() -> households = liaisons.assignments(null, villageId), null);
        }
    }

    public void record() {
        if (Pages.run(() -> visit = visits.record(householdId, visitedOn, notes, confirmation), "visit.recorded")) {
            notes = null;
            confirmation = null;
            photos = List.of();
            raised = List.of();
        }
    }

    public void upload(FileUploadEvent event) {
        if (visit == null) {
            return;
        }
        long id = visit.id();
        if (Pages.run(() -> visits.attach(id, event.getFile().getFileName(), event.getFile().getContent()), "visit.photoAdded")) {
            Pages.run(() -> photos = visits.photos(id), null);
        }
    }

    public void raise() {
        if (visit == null) {
            return;
        }
        long id = visit.id();
        ServiceRequests.RequestView[] made = new ServiceRequests.RequestView[1];
        if (Pages.run(() -> made[0] = visits.raise(id, kind, matterType, description, handler), null)) {
            Pages.info("visit.requestRaised", made[0].deadline());
            matterType = null;
            description = null;
            raised = new ArrayList<>(raised);
            raised.add(made[0]);
        }
    }

    /** Starts the next visit. */
    public void next() {
        visit = null;
        householdId = null;
    }

    public RequestKind[] getKinds() {
        return RequestKind.values();
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public List<Liaisons.AssignmentView> getHouseholds() {
        return households;
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate visitedOn) {
        this.visitedOn = visitedOn;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public Visits.VisitView getVisit() {
        return visit;
    }

    public List<Visits.PhotoView> getPhotos() {
        return photos;
    }

    public List<ServiceRequests.RequestView> getRaised() {
        return raised;
    }

    public RequestKind getKind() {
        return kind;
    }

    public void setKind(RequestKind kind) {
        this.kind = kind;
    }

    public String getMatterType() {
        return matterType;
    }

    public void setMatterType(String matterType) {
        this.matterType = matterType;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getHandler() {
        return handler;
    }

    public void setHandler(String handler) {
        this.handler = handler;
    }
}
