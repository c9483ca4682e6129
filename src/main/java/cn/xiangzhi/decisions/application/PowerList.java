package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.Body;
import cn.xiangzhi.decisions.domain.DecisionProcedure;
import cn.xiangzhi.decisions.domain.Fraction;
import cn.xiangzhi.decisions.domain.PowerListItem;
import cn.xiangzhi.decisions.domain.ProcedureStep;
import cn.xiangzhi.decisions.domain.QuorumRule;
import cn.xiangzhi.decisions.domain.StandardProcedures;
import cn.xiangzhi.decisions.domain.StepKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The tenant's decision procedures and its power list (小微权力清单). Everyone who reads decisions
 * ({@code decision:view}) sees them; the tenant admin ({@code decision:procedures}) adds
 * procedures and keeps the list. A tenant without procedures gets the standard three
 * ({@link StandardProcedures}) at sign-up from a starter, or else the first time they are needed
 * ({@link StandardProcedureInstaller}).
 */
@ApplicationScoped
@Transactional
public class PowerList {


    @Inject
    TenantEntityManager db;

    @Inject
    StandardProcedureInstaller standard;

    public record StepView(long id, long procedureId, int position, StepKind kind, String name, Body body,
                           String attendance, boolean strict, String households, String pass, Integer dueDays,
                           String rule) implements Serializable {
        static StepView of(ProcedureStep s) {
            QuorumRule r = s.rule();
            return new StepView(s.getId(), s.getProcedure().getId(), s.position(), s.kind(), s.name(), s.body(),
                    r == null ? null : r.attendance().toString(), r != null && r.strict(),
                    r == null || r.households() == null ? null : r.households().toString(),
                    r == null ? null : r.pass().toString(), s.dueDays(), r == null ? null : r.describe());
        }
    }

    public record ProcedureView(long id, String code, String name, boolean active, List<StepView> steps) implements Serializable {
        static ProcedureView of(DecisionProcedure p) {
            return new ProcedureView(p.getId(), p.getCode(), p.getName(), p.isActive(), p.getSteps().stream().map(StepView::of).toList());
        }

        /** The steps as one line, for tables. */
        public String getOutline() {
            return String.join(" → ", steps.stream().map(StepView::name).toList());
        }
    }

    public record ItemView(long id, String code, String name, String category, long procedureId, String procedureName,
                           boolean active) implements Serializable {
        static ItemView of(PowerListItem i) {
            return new ItemView(i.getId(), i.getCode(), i.getName(), i.getCategory(), i.getProcedure().getId(),
                    i.getProcedure().getName(), i.isActive());
        }
    }

    /** A step as written in a request: kind, name, body of a meeting, optional rule ("2/3") and deadline. */
    public record StepForm(StepKind kind, String name, Body body, String attendance, Boolean strict, String households,
                           String pass, Integer dueDays) implements Serializable {
        ProcedureStep.Draft draft() {
            QuorumRule rule = null;
            if (attendance != null && !attendance.isBlank()) {
                var f = Fraction.parse(attendance);
                var p = pass == null || pass.isBlank() ? Fraction.HALF
                        : Fraction.parse(pass);
                rule = new QuorumRule(f, Boolean.TRUE.equals(strict), Fraction.parse(households), p);
            }
            return new ProcedureStep.Draft(kind, name, body, rule, dueDays);
        }
    }

    // ---- procedures

    public List<ProcedureView> procedures() {
        Access.require(Permission.DECISION_VIEW);
        ensureStandard(); // before this transaction reads anything, so that it sees them
        EntityManager em = db.tenant();
        return em.createQuery("select p from DecisionProcedure p order by p.id", DecisionProcedure.class).getResultList()
                .stream().map(ProcedureView::of).toList();
    }

    public ProcedureView procedure(long id) {
        Access.require(Permission.DECISION_VIEW);
        return ProcedureView.of(find(id));
    }

    public ProcedureView createProcedure(String code, String name, List<StepForm> steps) {
        Access.require(Permission.DECISION_PROCEDURES);
        ensureStandard();
        EntityManager em = db.tenant();
        if (steps == null || steps.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("error.decision.noSteps");
        }
        DecisionProcedure procedure = new DecisionProcedure(code, name, steps.stream().map(StepForm::draft).toList());
        if (!em.createQuery("select p.id from DecisionProcedure p where p.code = :c", Long.class)
                .setParameter("c", procedure.getCode()).getResultList().isEmpty()) {
            throw DomainException.conflict("error.decision.procedureTaken", procedure.getCode());
        }
        em.persist(procedure);
        em.flush();
        return ProcedureView.of(procedure);
    }

    /** No new matters follow it; matters already registered keep it. */
    public ProcedureView retireProcedure(long id) {
        Access.require(Permission.DECISION_PROCEDURES);
        DecisionProcedure procedure = find(id);
        procedure.retire();
        return ProcedureView.of(procedure);
    }

    public List<StepView> steps(Long procedureId) {
        Access.require(Permission.DECISION_VIEW);
        if (procedureId != null) {
            return find(procedureId).getSteps().stream().map(StepView::of).toList();
        }
        return db.tenant().createQuery("select s from ProcedureStep s order by s.procedure.id, s.position", ProcedureStep.class)
                .getResultList().stream().map(StepView::of).toList();
    }

    public StepView step(long id) {
        Access.require(Permission.DECISION_VIEW);
        ProcedureStep step = db.tenant().find(ProcedureStep.class, id);
        if (step == null) {
            throw new NotFoundException("ProcedureStep", id);
        }
        return StepView.of(step);
    }

    /** The standard procedures unless present; losing the race with another first read is no error. */
    private void ensureStandard() {
        try {
            standard.install();
        } catch (RuntimeException raced) {
            if (!standard.installed()) {
                throw raced;
            }
        }
    }

    DecisionProcedure find(long id) {
        DecisionProcedure procedure = db.tenant().find(DecisionProcedure.class, id);
        if (procedure == null) {
            throw new NotFoundException("DecisionProcedure", id);
        }
        return procedure;
    }

    // ---- the power list

    public List<ItemView> items() {
        Access.require(Permission.DECISION_VIEW);
        return db.tenant().createQuery("select i from PowerListItem i order by i.code", PowerListItem.class).getResultList()
                .stream().map(ItemView::of).toList();
    }

    public ItemView item(long id) {
        Access.require(Permission.DECISION_VIEW);
        return ItemView.of(findItem(id));
    }

    public ItemView addItem(String code, String name, String category, long procedureId) {
        Access.require(Permission.DECISION_PROCEDURES);
        EntityManager em = db.tenant();
        PowerListItem item = new PowerListItem(code, name, category, find(procedureId));
        if (!em.createQuery("select i.id from PowerListItem i where i.code = :c", Long.class)
                .setParameter("c", item.getCode()).getResultList().isEmpty()) {
            throw DomainException.conflict("error.decision.itemTaken", item.getCode());
        }
        em.persist(item);
        em.flush();
        return ItemView.of(item);
    }

    public ItemView updateItem(long id, String name, String category, long procedureId) {
        Access.require(Permission.DECISION_PROCEDURES);
        PowerListItem item = findItem(id);
        item.update(name, category, find(procedureId));
        return ItemView.of(item);
    }

    public ItemView retireItem(long id) {
        Access.require(Permission.DECISION_PROCEDURES);
        PowerListItem item = findItem(id);
        item.retire();
        return ItemView.of(item);
    }

    PowerListItem findItem(long id) {
        PowerListItem item = db.tenant().find(PowerListItem.class, id);
        if (item == null) {
            throw new NotFoundException("PowerListItem", id);
        }
        return item;
    }
}
