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

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of a {@link DecisionProcedure}: its position, kind and name; a meeting step names the
 * body that meets and its quorum rule (integer fractions); any step may be due a number of days
 * after the step before it (the publication of a resolution, say, within 7 days).
 */
@Entity
@Table(name = "decision_procedure_step")
public class ProcedureStep extends TenantOwnedEntity implements StepDefinition {

    /** A step as written by the tenant admin or a starter; a meeting without a rule gets its body's default. */
    public record Draft(StepKind kind, String name, Body body, QuorumRule rule, Integer dueDays) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false, updatable = false)
    private DecisionProcedure procedure;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private StepKind kind;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, updatable = false)
    private Body body;

    @Column(name = "quorum_num", updatable = false)
    private Integer quorumNum;
    @Column(name = "quorum_den", updatable = false)
    private Integer quorumDen;
    @Column(name = "quorum_strict", nullable = false, updatable = false)
    private boolean quorumStrict;
    @Column(name = "households_num", updatable = false)
    private Integer householdsNum;
    @Column(name = "households_den", updatable = false)
    private Integer householdsDen;
    @Column(name = "pass_num", updatable = false)
    private Integer passNum;
    @Column(name = "pass_den", updatable = false)
    private Integer passDen;

    @Column(name = "due_days", updatable = false)
    private Integer dueDays;

    protected ProcedureStep() {
    }

    ProcedureStep(DecisionProcedure procedure, int position, Draft draft) {
        if (draft == null || draft.kind() == null) {
            throw new DomainException("error.decision.stepKind");
        }
        if (draft.name() == null || draft.name().isBlank() || draft.name().strip().length() > 100) {
            throw new DomainException("error.name.required");
        }
        if (draft.dueDays() != null && (draft.dueDays() < 1 || draft.dueDays() > 365)) {
            throw new DomainException("error.decision.dueDays", draft.dueDays());
        }
        this.procedure = procedure;
        this.position = position;
        this.kind = draft.kind();
        this.name = draft.name().strip();
        this.dueDays = draft.dueDays();
        if (kind.isMeeting()) {
            if (draft.body() == null) {
                throw new DomainException("error.decision.body", name);
            }
            this.body = draft.body();
            QuorumRule rule = draft.rule() == null ? body.defaultRule() : draft.rule();
            this.quorumNum = rule.attendance().numerator();
            this.quorumDen = rule.attendance().denominator();
            this.quorumStrict = rule.strict();
            if (rule.households() != null) {
                this.householdsNum = rule.households().numerator();
                this.householdsDen = rule.households().denominator();
            }
            this.passNum = rule.pass().numerator();
            this.passDen = rule.pass().denominator();
        }
    }

    @Override
    public QuorumRule rule() {
        if (quorumNum == null) {
            return null;
        }
        return new QuorumRule(new Fraction(quorumNum, quorumDen), quorumStrict,
                householdsNum == null ? null : new Fraction(householdsNum, householdsDen), new Fraction(passNum, passDen));
    }

    String describe() {
        QuorumRule rule = rule();
        return position + " " + kind + (body == null ? "" : " " + body) + (rule == null ? "" : " " + rule.describe())
                + (dueDays == null ? "" : " due " + dueDays + "d");
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("procedureId", procedure == null ? null : procedure.getId());
        state.put("step", describe());
        state.put("name", name);
        return state;
    }

    @Override
    public int position() {
        return position;
    }

    @Override
    public StepKind kind() {
        return kind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Integer dueDays() {
        return dueDays;
    }

    public Body body() {
        return body;
    }

    public DecisionProcedure getProcedure() {
        return procedure;
    }
}
