package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The citizen service tab of the service centres page: receive a request, move it on to done or
 * rejected with a reason.
 */
@Named
@ViewScoped
public class ServiceRequestsView implements Serializable {

    @Inject
    ServiceRequests requests;

    @Inject
    CentresView centre;

    private List<ServiceRequests.RequestView> requestList = List.of();
    private String applicant;
    private String phone;
    private String matterType;
    private String description;
    private String handler;
    private LocalDate deadline;
    private ServiceRequests.RequestView request;
    private ServiceRequestStatus moveTo = ServiceRequestStatus.IN_PROGRESS;
    private String reason;

    @PostConstruct
    void refresh() {
        Pages.run(() -> requestList = requests.requests(null, null, false), null);
    }

    public void receive() {
        if (centre.chosen() && Pages.run(() -> request = requests.receive(centre.getVillageId(), applicant, phone, matterType, description, handler,
                null, deadline, null), "request.received")) {
            applicant = null;
            phone = null;
            matterType = null;
            description = null;
            deadline = null;
            refresh();
        }
    }

    public void selectRequest(ServiceRequests.RequestView r) {
        Pages.run(() -> request = requests.request(r.id()), null);
        handler = request == null ? null : request.handler();
    }

    public void move() {
        if (Pages.run(() -> request = requests.move(request.id(), moveTo, handler, reason), "request.moved")) {
            reason = null;
            refresh();
        }
    }

    public ServiceRequestStatus[] getMoves() {
        return new ServiceRequestStatus[] {ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.DONE, ServiceRequestStatus.REJECTED};
    }

    public List<ServiceRequests.RequestView> getRequestList() {
        return requestList;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
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

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public ServiceRequests.RequestView getRequest() {
        return request;
    }

    public ServiceRequestStatus getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(ServiceRequestStatus moveTo) {
        this.moveTo = moveTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
