package cn.xiangzhi.decisions.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatterProgressTest {

    record Done(int position, Outcome outcome, LocalDate heldOn) implements StepResult {
    }

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final List<ProcedureStep> fourStep = procedure(StandardProcedures.FOUR_STEP).getSteps();
    private final List<Done> done = new ArrayList<>();

    static DecisionProcedure procedure(String code) {
        StandardProcedures.Template t = StandardProcedures.all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        return new DecisionProcedure(t.code(), t.name(), t.steps());
    }

    private Outcome record(int position, LocalDate day, Turnout turnout) {
        Outcome outcome = new MatterProgress(fourStep, done).record(position, day, TODAY, turnout);
        done.add(new Done(position, outcome, day));
        return outcome;
    }

    @Test
    void theFourStepDecisionIsFourMeetingsThenTwoPublications() {
        assertEquals(List.of(StepKind.PROPOSAL, StepKind.DISCUSSION, StepKind.REVIEW, StepKind.RESOLUTION,
                StepKind.PUBLISH_RESOLUTION, StepKind.PUBLISH_RESULT), fourStep.stream().map(ProcedureStep::kind).toList());
        assertEquals(Body.REPRESENTATIVES, fourStep.get(3).body());
        assertEquals(Fraction.TWO_THIRDS, fourStep.get(3).rule().attendance());
    }

    @Test
    void aMatterGoesThroughEveryStepInOrderToDone() {
        LocalDate day = TODAY.minusDays(20);
        assertEquals(Outcome.PASSED, record(1, day, Turnout.of(5, 5, 5, 0, 0)));
        assertEquals(Outcome.PASSED, record(2, day.plusDays(1), Turnout.of(7, 6, 6, 0, 0)));
        assertEquals(Outcome.PASSED, record(3, day.plusDays(2), Turnout.of(30, 25, 20, 3, 2)));
        assertEquals(Outcome.PASSED, record(4, day.plusDays(3), Turnout.of(15, 10, 6, 4, 0)));
        assertEquals(Outcome.RECORDED, record(5, day.plusDays(4), null));
        assertEquals(MatterStatus.OPEN, new MatterProgress(fourStep, done).status());
        assertEquals(Outcome.RECORDED, record(6, day.plusDays(10), null));
        MatterProgress progress = new MatterProgress(fourStep, done);
        assertEquals(MatterStatus.DONE, progress.status());
        assertTrue(progress.next().isEmpty());
        DomainException closed = assertThrows(DomainException.class, () -> progress.record(6, TODAY, TODAY, null));
        assertTrue(closed.isConflict());
        assertEquals("error.decision.closed", closed.key());
    }

    @Test
    void aStepOutOfOrderIsAConflictNamingTheStepDue() {
        record(1, TODAY, Turnout.of(5, 5, 5, 0, 0));
        DomainException e = assertThrows(DomainException.class,
                () -> new MatterProgress(fourStep, done).record(3, TODAY, TODAY, Turnout.of(30, 25, 20, 0, 0)));
        assertTrue(e.isConflict());
        assertEquals("error.decision.order", e.key());
        assertEquals(2, e.args()[1]);
        assertEquals("村“两委”商议", e.args()[2]);
    }

    @Test
    void aMeetingWithoutQuorumOrVotedDownRejectsTheMatterAndNothingFollows() {
        record(1, TODAY, Turnout.of(5, 5, 5, 0, 0));
        record(2, TODAY, Turnout.of(7, 6, 6, 0, 0));
        record(3, TODAY, Turnout.of(30, 25, 20, 0, 0));
        assertEquals(Outcome.NO_QUORUM, record(4, TODAY, Turnout.of(15, 9, 9, 0, 0)));
        MatterProgress progress = new MatterProgress(fourStep, done);
        assertEquals(MatterStatus.REJECTED, progress.status());
        assertEquals(4, done.size(), "the failed meeting's record is kept");
        assertThrows(DomainException.class, () -> progress.record(5, TODAY, TODAY, null));

        done.clear();
        assertEquals(Outcome.VOTED_DOWN, record(1, TODAY, Turnout.of(5, 5, 2, 3, 0)));
        assertEquals(MatterStatus.REJECTED, new MatterProgress(fourStep, done).status());
    }

    @Test
    void daysMayNotGoBackwardsNorIntoTheFuture() {
        record(1, TODAY.minusDays(3), Turnout.of(5, 5, 5, 0, 0));
        MatterProgress progress = new MatterProgress(fourStep, done);
        assertEquals("error.decision.dateOrder",
                assertThrows(DomainException.class, () -> progress.record(2, TODAY.minusDays(4), TODAY, Turnout.of(7, 7, 7, 0, 0))).key());
        assertEquals("error.decision.date",
                assertThrows(DomainException.class, () -> progress.record(2, TODAY.plusDays(1), TODAY, Turnout.of(7, 7, 7, 0, 0))).key());
        assertEquals("error.decision.attendance",
                assertThrows(DomainException.class, () -> progress.record(2, TODAY, TODAY, null)).key());
    }

    @Test
    void aResolutionNotPublishedWithinSevenDaysOfItsMeetingIsOverdue() {
        LocalDate meeting = TODAY.minusDays(7);
        record(1, meeting, Turnout.of(5, 5, 5, 0, 0));
        record(2, meeting, Turnout.of(7, 6, 6, 0, 0));
        record(3, meeting, Turnout.of(30, 25, 20, 0, 0));
        record(4, meeting, Turnout.of(15, 10, 6, 0, 0));
        MatterProgress progress = new MatterProgress(fourStep, done);
        assertEquals(meeting.plusDays(7), progress.dueOn().orElseThrow());
        assertFalse(progress.overdueOn(TODAY), "the seventh day is still in time");
        assertTrue(progress.overdueOn(TODAY.plusDays(1)));
    }

    @Test
    void theVariantsAreDataWithTheirOwnSteps() {
        List<StepKind> threeReviews = procedure(StandardProcedures.FOUR_STEP_THREE_REVIEWS).getSteps().stream().map(ProcedureStep::kind).toList();
        assertEquals(List.of(StepKind.AUDIT, StepKind.PROPOSAL, StepKind.DISCUSSION, StepKind.REVIEW, StepKind.RESOLUTION,
                StepKind.PUBLISH_RESOLUTION, StepKind.AUDIT, StepKind.AUDIT, StepKind.PUBLISH_RESULT), threeReviews);
        List<StepKind> fiveSteps = procedure(StandardProcedures.FIVE_STEP_FILING).getSteps().stream().map(ProcedureStep::kind).toList();
        assertEquals(List.of(StepKind.SUGGESTION, StepKind.PROPOSAL, StepKind.DISCUSSION, StepKind.REVIEW, StepKind.RESOLUTION,
                StepKind.FILING, StepKind.PUBLISH_RESOLUTION, StepKind.PUBLISH_RESULT), fiveSteps);
    }

    @Test
    void aCustomProcedureCarriesItsOwnQuorumRule() {
        DecisionProcedure custom = new DecisionProcedure("STRICT", "严格决议", List.of(
                new ProcedureStep.Draft(StepKind.RESOLUTION, "村民会议决议", Body.VILLAGERS,
                        new QuorumRule(Fraction.parse("3/4"), false, null, Fraction.parse("2/3")), null),
                new ProcedureStep.Draft(StepKind.PUBLISH_RESOLUTION, "决议公开", null, null, 3)));
        List<ProcedureStep> steps = custom.getSteps();
        assertEquals(Outcome.NO_QUORUM, new MatterProgress(steps, List.of()).record(1, TODAY, TODAY, Turnout.of(100, 74, 74, 0, 0)));
        assertEquals(Outcome.VOTED_DOWN, new MatterProgress(steps, List.of()).record(1, TODAY, TODAY, Turnout.of(100, 75, 50, 0, 0)));
        assertEquals(Outcome.PASSED, new MatterProgress(steps, List.of()).record(1, TODAY, TODAY, Turnout.of(100, 75, 51, 0, 0)));
    }

    @Test
    void aProcedureNeedsAResolutionAndEveryMeetingABody() {
        assertEquals("error.decision.noResolution", assertThrows(DomainException.class, () -> new DecisionProcedure("X", "x",
                List.of(new ProcedureStep.Draft(StepKind.PUBLISH_RESULT, "公开", null, null, null)))).key());
        assertEquals("error.decision.body", assertThrows(DomainException.class, () -> new DecisionProcedure("X", "x",
                List.of(new ProcedureStep.Draft(StepKind.RESOLUTION, "决议", null, null, null)))).key());
    }
}
