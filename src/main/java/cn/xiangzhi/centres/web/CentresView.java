package cn.xiangzhi.centres.web;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.AssetKind;
import cn.xiangzhi.centres.domain.DisputeStatus;
import cn.xiangzhi.centres.domain.ListingStatus;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The service centres page, one tab each: dispute mediation (open a dispute, record its sessions,
 * close it with its outcome), citizen service requests (receive, move on), and the collective
 * assets register with the assets on offer.
 */
@Named
@ViewScoped
public class CentresView implements Serializable {

    @Inject
    transient BusinessClock clock;

    @Inject
    transient Disputes disputes;

    @Inject
    transient ServiceRequests requests;

    @Inject
    transient Assets assets;

    @Inject
    transient PlaceDirectory places;

    private List<PlaceView> villages = List.of();
    private Long villageId;

    // disputes
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

    // service requests
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

    // assets
    private List<Assets.AssetView> assetList = List.of();
    private List<Assets.ListingView> listingList = List.of();
    private String assetName;
    private AssetKind assetKind = AssetKind.LAND;
    private BigDecimal quantity;
    private String unit;
    private BigDecimal value;
    private Assets.AssetView asset;
    private String terms;
    private BigDecimal asking;

    @PostConstruct
    void load() {
        heldOn = clock.today();
        Pages.run(() -> {
            villages = places.visibleVillages();
            if (villages.size() == 1) {
                villageId = villages.get(0).id();
            }
        }, null);
        refresh();
    }

    public void refresh() {
        Pages.run(() -> {
            disputeList = disputes.disputes(null, null);
            requestList = requests.requests(null, null, false);
            assetList = assets.assets(null);
            listingList = assets.listings(null, null);
        }, null);
    }

    public void openDispute() {
        if (!chosen()) {
            return;
        }
        List<String> names = parties == null ? List.of() : parties.lines().toList();
        if (Pages.run(() -> dispute = disputes.open(villageId, title, kind, names, mediator), "dispute.opened")) {
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

    public void receive() {
        if (chosen() && Pages.run(() -> request = requests.receive(villageId, applicant, phone, matterType, description, handler,
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

    public void registerAsset() {
        if (chosen() && Pages.run(() -> asset = assets.register(villageId, assetName, assetKind, quantity, unit, value),
                "asset.registered")) {
            assetName = null;
            quantity = null;
            unit = null;
            value = null;
            refresh();
        }
    }

    public void selectAsset(Assets.AssetView a) {
        asset = a;
    }

    public void offer() {
        if (Pages.run(() -> assets.list(asset.id(), terms, asking, null), "listing.listed")) {
            terms = null;
            asking = null;
            refresh();
        }
    }

    public void closeListing(Assets.ListingView l, ListingStatus to) {
        if (Pages.run(() -> assets.closeListing(l.id(), to), "listing.closed")) {
            refresh();
        }
    }

    private boolean chosen() {
        if (villageId == null) {
            Pages.refuse("error.centre.village");
            return false;
        }
        return true;
    }

    public DisputeStatus[] getOutcomes() {
        return new DisputeStatus[] {DisputeStatus.RESOLVED, DisputeStatus.FAILED, DisputeStatus.REFERRED};
    }

    public ServiceRequestStatus[] getMoves() {
        return new ServiceRequestStatus[] {ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.DONE, ServiceRequestStatus.REJECTED};
    }

    public AssetKind[] getKinds() {
        return AssetKind.values();
    }

    public List<PlaceView> getVillages() {
        return villages;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
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

    public List<Assets.AssetView> getAssetList() {
        return assetList;
    }

    public List<Assets.ListingView> getListingList() {
        return listingList;
    }

    public String getAssetName() {
        return assetName;
    }

    public void setAssetName(String assetName) {
        this.assetName = assetName;
    }

    public AssetKind getAssetKind() {
        return assetKind;
    }

    public void setAssetKind(AssetKind assetKind) {
        this.assetKind = assetKind;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Assets.AssetView getAsset() {
        return asset;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public BigDecimal getAsking() {
        return asking;
    }

    public void setAsking(BigDecimal asking) {
        this.asking = asking;
    }
}
