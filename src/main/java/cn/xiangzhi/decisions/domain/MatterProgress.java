package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The procedure engine: where a matter stands in its procedure, given the procedure's steps and the
 * steps recorded so far. Steps are taken strictly in order, each on or after the day of the one
 * before and never in the future; a meeting without quorum or voted down rejects the matter (its
 * records stay); after the last step the matter is done. A plain class, so its rules are tested
 * without the container.
 */
public final class MatterProgress {

    private final List<? extends StepDefinition> steps;
    private final List<? extends StepResult> results;

    public MatterProgress(List<? extends StepDefinition> steps, List<? extends StepResult> results) {
        if (steps.isEmpty()) {
            throw new DomainException("error.decision.noSteps");
        }
        this.steps = steps.stream().sorted(Comparator.comparingInt(StepDefinition::position)).toList();
        this.results = results.stream().sorted(Comparator.comparingInt(StepResult::position)).toList();
    }

    public MatterStatus status() {
        if (results.stream().anyMatch(r -> r.outcome().endsMatter())) {
            return MatterStatus.REJECTED;
        }
        return results.size() >= steps.size() ? MatterStatus.DONE : MatterStatus.OPEN;
    }

    /** The step to record next, while the matter is open. */
    public Optional<StepDefinition> next() {
        return status() == MatterStatus.OPEN ? Optional.of(steps.get(results.size())) : Optional.empty();
    }

    /** The day of the latest recorded step, or null. */
    public LocalDate lastDay() {
        return results.isEmpty() ? null : results.get(results.size() - 1).heldOn();
    }

    /**
     * Checks that step {@code position} may be recorded as held on {@code day} and judges it: a
     * meeting by its quorum rule, any other step is simply recorded. Refuses (409) a closed matter
     * and a step out of order, naming the step that is due.
     */
    public Outcome record(int position, LocalDate day, LocalDate today, Turnout turnout) {
        MatterStatus status = status();
        if (status != MatterStatus.OPEN) {
            throw DomainException.conflict("error.decision.closed", status.name());
        }
        StepDefinition next = steps.get(results.size());
        if (next.position() != position) {
            throw DomainException.conflict("error.decision.order", position, next.position(), next.name());
        }
        if (day == null || day.isAfter(today)) {
            throw new DomainException("error.decision.date", day);
        }
        LocalDate last = lastDay();
        if (last != null && day.isBefore(last)) {
            throw new DomainException("error.decision.dateOrder", day, last);
        }
        if (!next.kind().isMeeting()) {
            return Outcome.RECORDED;
        }
        if (turnout == null) {
            throw new DomainException("error.decision.attendance", 0, 0);
        }
        return next.rule().judge(turnout);
    }

    /** The day by which the next step is due, when it has a deadline and a step before it. */
    public Optional<LocalDate> dueOn() {
        return next().filter(s -> s.dueDays() != null && lastDay() != null).map(s -> lastDay().plusDays(s.dueDays()));
    }

    /** The next step is past its deadline (e.g. a resolution not published within its days). */
    public boolean overdueOn(LocalDate today) {
        return dueOn().map(today::isAfter).orElse(false);
    }
}
