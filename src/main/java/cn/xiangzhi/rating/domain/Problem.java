package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A problem a rating found (问题清单) with the branch's rectification promise and its due date; it is
 * published on the village's public page until it is marked done with the evidence.
 */
@Entity
@Table(name = "rating_problem")
public class Problem extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "subject_id", nullable = false, updatable = false)
    private RatingSubject subject;

    @Column(name = "village_id", nullable = false, updatable = false)
    private long villageId;

    @Column(nullable = false, length = 500)
    private String problem;

    @Column(nullable = false, length = 500)
    private String promise;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(length = 500)
    private String evidence;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 120)
    private String recordedBy;

    protected Problem() {
    }

    public Problem(RatingSubject subject, String problem, String promise, LocalDate dueOn, String recordedBy) {
        this.problem = required(problem);
        this.promise = required(promise);
        if (dueOn == null) {
            throw new DomainException("error.rating.dueOn");
        }
        this.subject = subject;
        this.villageId = subject.getVillageId();
        this.dueOn = dueOn;
        this.recordedBy = recordedBy;
    }

    /** Marks the promise kept on {@code day}, with what shows it. */
    public void done(LocalDate day, String shownBy) {
        if (doneOn != null) {
            throw DomainException.conflict("error.rating.problemDone");
        }
        this.evidence = required(shownBy);
        this.doneOn = day;
    }

    private static String required(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 500) {
            throw new DomainException("error.rating.text", 500);
        }
        return text.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("subject", subject == null ? null : subject.getId());
        state.put("problem", problem);
        state.put("promise", promise);
        state.put("dueOn", dueOn == null ? null : dueOn.toString());
        state.put("doneOn", doneOn == null ? null : doneOn.toString());
        state.put("evidence", evidence);
        return state;
    }

    public RatingSubject getSubject() {
        return subject;
    }

    public long getVillageId() {
        return villageId;
    }

    public String getProblem() {
        return problem;
    }

    public String getPromise() {
        return promise;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
