package cn.xiangzhi.centres.domain;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A villager's request to the citizen service centre (便民服务: a certificate, a subsidy, a permit
 * done on their behalf): received with a deadline, given to a handler, done or rejected with a
 * reason. Overdue while not closed after its deadline. A request a liaison found on a visit to a
 * household (issue 18) also names its {@link RequestKind kind}, the household and the visit, and
 * may be confirmed solved by the household once done.
 */
@Entity
@Table(name = "centre_service_request")
public class ServiceRequest extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 60)
    private String applicant;

    @Column(length = 30)
    private String phone;

    @Column(name = "matter_type", nullable = false, length = 100)
    private String matterType;

    @Column(length = 2000)
    private String description;

    @Column(length = 120)
    private String handler;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ServiceRequestStatus status;

    @Column(length = 1000)
    private String reason;

    @Column(name = "finished_on")
    private LocalDate finishedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, updatable = false)
    private RequestKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "household_id", updatable = false)
    private Household household;

    @Column(name = "origin_visit_id", updatable = false)
    private Long originVisitId;

    @Column(name = "confirmed_on")
    private LocalDate confirmedOn;

    protected ServiceRequest() {
    }

    public ServiceRequest(Place village, String applicant, String phone, String matterType, String description,
                          String handler, LocalDate receivedOn, LocalDate deadline) {
        this.village = village;
        this.applicant = Texts.required(applicant, 60, "error.serviceRequest.applicant");
        this.phone = Texts.optional(phone, 30, "error.serviceRequest.phone");
        this.matterType = Texts.required(matterType, 100, "error.serviceRequest.matterType");
        this.description = Texts.optional(description, 2000, "error.serviceRequest.description");
        this.handler = Texts.optional(handler, 120, "error.serviceRequest.handler");
        if (deadline == null || deadline.isBefore(receivedOn)) {
            throw new DomainException("error.serviceRequest.deadline", deadline);
        }
        this.receivedOn = receivedOn;
        this.deadline = deadline;
        this.status = ServiceRequestStatus.RECEIVED;
    }

    /**
     * A request found on visit {@code visitId} to {@code household}: the head is the applicant, the phone
     * on record the phone, the household's village the village; {@code kind} and {@code handler} required.
     */
    public static ServiceRequest foundOnVisit(Household household, RequestKind kind, String matterType, String description,
                                              String handler, LocalDate receivedOn, LocalDate deadline, long visitId) {
        if (kind == null) {
            throw new DomainException("error.serviceRequest.kind", "");
        }
        ServiceRequest request = new ServiceRequest(household.getVillage(), household.getHeadName(), household.getPhone(), matterType,
                description, Texts.required(handler, 120, "error.serviceRequest.handler"), receivedOn, deadline);
        request.kind = kind;
        request.household = household;
        request.originVisitId = visitId;
        return request;
    }

    /** The household confirms the request solved: only once it is done, and only once (409 otherwise). */
    public void confirmSolved(LocalDate today) {
        if (status != ServiceRequestStatus.DONE) {
            throw DomainException.conflict("error.serviceRequest.notDone", status.name());
        }
        if (confirmedOn != null) {
            throw DomainException.conflict("error.serviceRequest.confirmed", confirmedOn);
        }
        this.confirmedOn = today;
    }

    /** Done by its deadline. */
    public boolean solvedInTime() {
        return status == ServiceRequestStatus.DONE && finishedOn != null && !finishedOn.isAfter(deadline);
    }

    /** Moves it on: IN_PROGRESS (with its handler), DONE, or REJECTED with a reason. */
    public void moveTo(ServiceRequestStatus to, String handler, String reason, LocalDate today) {
        ServiceRequestStatus next = status.moveTo(to);
        if (next == ServiceRequestStatus.REJECTED) {
            this.reason = Texts.required(reason, 1000, "error.serviceRequest.reason");
        }
        if (handler != null && !handler.isBlank()) {
            this.handler = Texts.optional(handler, 120, "error.serviceRequest.handler");
        }
        if (next == ServiceRequestStatus.IN_PROGRESS && this.handler == null) {
            throw new DomainException("error.serviceRequest.handler", (Object) null);
        }
        this.status = next;
        this.finishedOn = next.isClosed() ? today : null;
    }

    /** Not done nor rejected, and past its deadline on {@code today}. */
    public boolean overdueOn(LocalDate today) {
        return !status.isClosed() && today.isAfter(deadline);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("applicant", applicant);
        state.put("matterType", matterType);
        state.put("handler", handler);
        state.put("deadline", deadline == null ? null : deadline.toString());
        state.put("status", status == null ? null : status.name());
        state.put("reason", reason);
        state.put("kind", kind == null ? null : kind.name());
        state.put("householdId", household == null ? null : household.getId());
        state.put("originVisitId", originVisitId);
        state.put("confirmedOn", confirmedOn == null ? null : confirmedOn.toString());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getPhone() {
        return phone;
    }

    public String getMatterType() {
        return matterType;
    }

    public String getDescription() {
        return description;
    }

    public String getHandler() {
        return handler;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public ServiceRequestStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getFinishedOn() {
        return finishedOn;
    }

    public RequestKind getKind() {
        return kind;
    }

    public Household getHousehold() {
        return household;
    }

    public Long getOriginVisitId() {
        return originVisitId;
    }

    public LocalDate getConfirmedOn() {
        return confirmedOn;
    }
}
