package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A decision procedure of the tenant, such as the four-step decision with two publications
 * (四议两公开): its ordered {@link ProcedureStep steps}. Procedures are data: the tenant admin adds
 * its own; a procedure is never changed once made (matters follow it), only retired.
 */
@Entity
@Table(name = "decision_procedure")
public class DecisionProcedure extends TenantOwnedEntity {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @OneToMany(mappedBy = "procedure", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<ProcedureStep> steps = new ArrayList<>();

    protected DecisionProcedure() {
    }

    /** A procedure with its steps, numbered 1, 2, … in the order given. */
    public DecisionProcedure(String code, String name, List<ProcedureStep.Draft> drafts) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new DomainException("error.decision.procedureCode", code);
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        if (drafts == null || drafts.isEmpty() || drafts.size() > 30) {
            throw new DomainException("error.decision.noSteps");
        }
        this.code = code.strip();
        this.name = name.strip();
        this.active = true;
        for (ProcedureStep.Draft draft : drafts) {
            steps.add(new ProcedureStep(this, steps.size() + 1, draft));
        }
        if (steps.stream().noneMatch(s -> s.kind() == StepKind.RESOLUTION)) {
            throw new DomainException("error.decision.noResolution");
        }
    }

    public void retire() {
        this.active = false;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("active", active);
        state.put("steps", steps.stream().map(ProcedureStep::describe).toList());
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public List<ProcedureStep> getSteps() {
        return List.copyOf(steps);
    }
}
