package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
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
 * A recorded step of a matter: the day, who attended and the votes (a meeting), the minutes or
 * the published text (a publication), and its outcome. Written once, never changed: a rejected
 * matter keeps the record of the meeting that rejected it.
 */
@Entity
@Table(name = "decision_step_record")
public class StepRecord extends TenantOwnedEntity implements StepResult {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "matter_id", nullable = false, updatable = false)
    private Matter matter;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "step_id", nullable = false, updatable = false)
    private ProcedureStep step;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;

    @Column(updatable = false)
    private Integer members;
    @Column(updatable = false)
    private Integer present;
    @Column(updatable = false)
    private Integer households;
    @Column(name = "households_present", updatable = false)
    private Integer householdsPresent;
    @Column(name = "votes_for", updatable = false)
    private Integer votesFor;
    @Column(name = "votes_against", updatable = false)
    private Integer votesAgainst;
    @Column(updatable = false)
    private Integer abstaining;

    @Column(updatable = false, length = 65535)
    private String attendees;

    @Column(updatable = false, length = 65535)
    private String minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private Outcome outcome;

    @Column(name = "recorded_by", nullable = false, length = 120, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected StepRecord() {
    }

    public StepRecord(Matter matter, ProcedureStep step, LocalDate heldOn, Turnout turnout, String attendees, String minutes,
                      Outcome outcome, String by, Instant at) {
        if (minutes != null && minutes.length() > 20000) {
            throw new DomainException("error.decision.minutes");
        }
        if (step.kind().isPublication() && (minutes == null || minutes.isBlank())) {
            throw new DomainException("error.decision.publicationText");
        }
        this.matter = matter;
        this.step = step;
        this.position = step.position();
        this.heldOn = heldOn;
        if (turnout != null) {
            this.members = turnout.members();
            this.present = turnout.present();
            this.households = turnout.households();
            this.householdsPresent = turnout.householdsPresent();
            this.votesFor = turnout.votesFor();
            this.votesAgainst = turnout.votesAgainst();
            this.abstaining = turnout.abstaining();
        }
        this.attendees = attendees;
        this.minutes = minutes == null || minutes.isBlank() ? null : minutes.strip();
        this.outcome = outcome;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("matterId", matter == null ? null : matter.getId());
        state.put("position", position);
        state.put("heldOn", heldOn == null ? null : heldOn.toString());
        state.put("members", members);
        state.put("present", present);
        state.put("households", households);
        state.put("householdsPresent", householdsPresent);
        state.put("for", votesFor);
        state.put("against", votesAgainst);
        state.put("abstaining", abstaining);
        state.put("attendees", attendees);
        state.put("outcome", outcome == null ? null : outcome.name());
        return state;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    @Override
    public LocalDate heldOn() {
        return heldOn;
    }

    public Matter getMatter() {
        return matter;
    }

    public ProcedureStep getStep() {
        return step;
    }

    public Integer getMembers() {
        return members;
    }

    public Integer getPresent() {
        return present;
    }

    public Integer getHouseholds() {
        return households;
    }

    public Integer getHouseholdsPresent() {
        return householdsPresent;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstaining() {
        return abstaining;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
