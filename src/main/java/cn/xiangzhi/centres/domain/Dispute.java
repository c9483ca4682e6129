package cn.xiangzhi.centres.domain;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dispute brought to the village's mediation committee (人民调解): who the parties are (one per
 * line), its kind (land, neighbours, family...), the mediator; mediated in {@link DisputeSession}s
 * and closed by its outcome — an agreement, a failure or a referral ({@link DisputeStatus}).
 */
@Entity
@Table(name = "centre_dispute")
public class Dispute extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "village_id", nullable = false, updatable = false)
    private Place village;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(nullable = false, length = 1000)
    private String parties;

    @Column(nullable = false, length = 120)
    private String mediator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DisputeStatus status;

    @Column(length = 4000)
    private String agreement;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "opened_by", nullable = false, length = 120, updatable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    protected Dispute() {
    }

    public Dispute(Place village, String title, String kind, String parties, String mediator, String by, Instant at) {
        this.village = village;
        this.title = Texts.required(title, 200, "error.dispute.title");
        this.kind = Texts.required(kind, 60, "error.dispute.kind");
        this.parties = Texts.required(parties, 1000, "error.dispute.parties");
        this.mediator = Texts.required(mediator, 120, "error.dispute.mediator");
        this.status = DisputeStatus.OPEN;
        this.openedBy = by;
        this.openedAt = at;
    }

    /** A session was held: the dispute is being mediated (409 once closed). */
    public void sessionHeld() {
        status = status.afterSession();
    }

    /** Closes it with its outcome; an agreement needs its text. */
    public void close(DisputeStatus outcome, String agreement, LocalDate on) {
        DisputeStatus to = status.closeAs(outcome);
        if (on == null) {
            throw new DomainException("error.dispute.date", (Object) null);
        }
        this.agreement = to == DisputeStatus.RESOLVED ? Texts.required(agreement, 4000, "error.dispute.agreement")
                : Texts.optional(agreement, 4000, "error.dispute.agreement");
        this.status = to;
        this.closedOn = on;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("villageId", village == null ? null : village.getId());
        state.put("title", title);
        state.put("kind", kind);
        state.put("parties", parties);
        state.put("mediator", mediator);
        state.put("status", status == null ? null : status.name());
        state.put("agreement", agreement);
        state.put("closedOn", closedOn == null ? null : closedOn.toString());
        return state;
    }

    public Place getVillage() {
        return village;
    }

    public String getTitle() {
        return title;
    }

    public String getKind() {
        return kind;
    }

    public String getParties() {
        return parties;
    }

    public String getMediator() {
        return mediator;
    }

    public DisputeStatus getStatus() {
        return status;
    }

    public String getAgreement() {
        return agreement;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
