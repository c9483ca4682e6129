package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.domain.DisputeStatus;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The disputes tab of the service centres page: open a dispute, record its mediation sessions, close
 * it with its outcome.
 */
@Named
@ViewScoped
public class DisputesView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    Disputes disputes;

    @Inject
    CentresView centre;

    private List<Disputes.DisputeView> disputeList = List.of();
    private String title;
    private String kind;
    private String parties;
    private String mediator;
    private Disputes.DisputeView dispute;
    private List<Disputes.SessionView> sessions = List.of();
    private LocalDate heldOn;
    private String attendees;
    private String notes;
    private DisputeStatus outcome = DisputeStatus.RESOLVED;
    private String agreement;

    @PostConstruct
    void load() {
        heldOn = clock.today();
        refresh();
    }

    void refresh() {
        Pages.run(() -> disputeList = disputes.disputes(null, null), null);
    }

    public void openDispute() {
        if (!centre.chosen()) {
            return;
        }
        List<String> names = parties == null ? List.of() : parties.lines().toList();
        if (Pages.run(() -> dispute = disputes.open(centre.getVillageId(), title, kind, names, mediator), "dispute.opened")) {
            title = null;
            kind = null;
            parties = null;
            mediator = null;
            selectDispute(dispute);
        }
    }

    public void selectDispute(Disputes.DisputeView d) {
        Pages.run(() -> {
            dispute = disputes.dispute(d.id());
            sessions = disputes.sessions(d.id());
        }, null);
        refresh();
    }

    public void holdSession() {
        if (Pages.run(() -> disputes.holdSession(dispute.id(), heldOn, attendees, notes), "dispute.sessionRecorded")) {
            attendees = null;
            notes = null;
            selectDispute(dispute);
        }
    }

    public void closeDispute() {
        if (Pages.run(() -> disputes.close(dispute.id(), outcome, agreement, heldOn), "dispute.closed")) {
            agreement = null;
            selectDispute(dispute);
        }
    }

    public DisputeStatus[] getOutcomes() {
        return new DisputeStatus[] {DisputeStatus.RESOLVED, DisputeStatus.FAILED, DisputeStatus.REFERRED};
    }

    public List<Disputes.DisputeView> getDisputeList() {
        return disputeList;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParties() {
        return parties;
    }

    public void setParties(String parties) {
        this.parties = parties;
    }

    public String getMediator() {
        return mediator;
    }

    public void setMediator(String mediator) {
        this.mediator = mediator;
    }

    public Disputes.DisputeView getDispute() {
        return dispute;
    }

    public List<Disputes.SessionView> getSessions() {
        return sessions;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public DisputeStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(DisputeStatus outcome) {
        this.outcome = outcome;
    }

    public String getAgreement() {
        return agreement;
    }

    public void setAgreement(String agreement) {
        this.agreement = agreement;
    }
}
