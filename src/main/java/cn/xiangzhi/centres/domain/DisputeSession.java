package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import cn.xiangzhi.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** One mediation session of a {@link Dispute}: the day, who attended, the notes; never changed. */
@Entity
@Table(name = "centre_dispute_session")
public class DisputeSession extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "dispute_id", nullable = false, updatable = false)
    private Dispute dispute;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(length = 1000, updatable = false)
    private String attendees;

    @Column(columnDefinition = "text", updatable = false)
    private String notes;

    @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
    private String recordedBy;

    protected DisputeSession() {
    }

    /** Holds the session on the dispute (which refuses it when closed). */
    public DisputeSession(Dispute dispute, LocalDate heldOn, String attendees, String notes, String by) {
        if (heldOn == null) {
            throw new DomainException("error.dispute.date", (Object) null);
        }
        dispute.sessionHeld();
        this.dispute = dispute;
        this.heldOn = heldOn;
        this.attendees = Texts.optional(attendees, 1000, "error.dispute.attendees");
        this.notes = Texts.optional(notes, 20_000, "error.dispute.notes");
        this.recordedBy = by;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("disputeId", dispute == null ? null : dispute.getId());
        state.put("heldOn", heldOn == null ? null : heldOn.toString());
        state.put("attendees", attendees);
        state.put("notes", notes);
        return state;
    }

    public Dispute getDispute() {
        return dispute;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
