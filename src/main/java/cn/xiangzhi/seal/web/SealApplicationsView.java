package cn.xiangzhi.seal.web;

import cn.xiangzhi.seal.application.SealApplications;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The approvers' page (用印审批): the applications whose next step is the signed-in user's, each
 * approved or rejected with a reason; below, every application of the scope with its status.
 */
@Named
@ViewScoped
public class SealApplicationsView implements Serializable {

    @Inject
    SealApplications applications;

    private List<SealApplications.ApplicationView> waiting = List.of();
    private List<SealApplications.ApplicationView> all = List.of();
    private Long applicationId;
    private String reason;

    @PostConstruct
    void load() {
        Pages.run(() -> {
            all = applications.applications(null, null);
            waiting = applications.waitingForMe();
        }, null);
    }

    public void approve() {
        decide(true);
    }

    public void reject() {
        decide(false);
    }

    private void decide(boolean approve) {
        long id = applicationId == null ? -1 : applicationId;
        if (Pages.run(() -> applications.decide(id, approve, reason), approve ? "seal.approved" : "seal.rejected")) {
            applicationId = null;
            reason = null;
            load();
        }
    }

    public List<SealApplications.ApplicationView> getWaiting() {
        return waiting;
    }

    public List<SealApplications.ApplicationView> getAll() {
        return all;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
