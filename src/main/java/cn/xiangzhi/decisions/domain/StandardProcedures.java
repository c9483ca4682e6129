package cn.xiangzhi.decisions.domain;

import java.util.Arrays;
import java.util.List;

/**
 * The procedures every tenant starts with, as data (ADR 0008): the four-step decision with two
 * publications (四议两公开, seed 000) and the variants 四议三审两公开 (seed 003: 事前审查、事中审视、
 * 事后审计) and 五议一备两公开 (seed 004: 群众建议 first, 乡镇备案 before the publications). Meetings
 * take their body's default quorum rule. A resolution is published within 7 days of its meeting
 * (the default deadline); the result within 90 days of the step before it.
 */
public final class StandardProcedures {

    public static final String FOUR_STEP = "4Y2G";
    public static final String FOUR_STEP_THREE_REVIEWS = "4Y3S2G";
    public static final String FIVE_STEP_FILING = "5Y1B2G";

    public static final int RESOLUTION_PUBLICATION_DAYS = 7;
    public static final int RESULT_PUBLICATION_DAYS = 90;

    public record Template(String code, String name, List<ProcedureStep.Draft> steps) {
    }

    private StandardProcedures() {
    }

    public static List<Template> all() {
        return List.of(
                new Template(FOUR_STEP, "四议两公开", join(fourSteps(), publications(List.of()))),
                new Template(FOUR_STEP_THREE_REVIEWS, "四议三审两公开", join(
                        List.of(step(StepKind.AUDIT, "事前审查", null)), fourSteps(),
                        List.of(new ProcedureStep.Draft(StepKind.PUBLISH_RESOLUTION, "决议公开", null, null, RESOLUTION_PUBLICATION_DAYS),
                                step(StepKind.AUDIT, "事中审视", null), step(StepKind.AUDIT, "事后审计", null),
                                new ProcedureStep.Draft(StepKind.PUBLISH_RESULT, "实施结果公开", null, null, RESULT_PUBLICATION_DAYS)))),
                new Template(FIVE_STEP_FILING, "五议一备两公开", join(
                        List.of(step(StepKind.SUGGESTION, "党员群众建议", null)), fourSteps(),
                        List.of(step(StepKind.FILING, "乡镇（街道）备案", null)), publications(List.of()))));
    }

    static List<ProcedureStep.Draft> fourSteps() {
        return List.of(
                meeting(StepKind.PROPOSAL, "村党支部提议", Body.BRANCH_COMMITTEE),
                meeting(StepKind.DISCUSSION, "村“两委”商议", Body.TWO_COMMITTEES),
                meeting(StepKind.REVIEW, "党员大会审议", Body.PARTY_MEMBERS),
                meeting(StepKind.RESOLUTION, "村民代表会议决议", Body.REPRESENTATIVES));
    }

    static List<ProcedureStep.Draft> publications(List<ProcedureStep.Draft> between) {
        return join(List.of(new ProcedureStep.Draft(StepKind.PUBLISH_RESOLUTION, "决议公开", null, null, RESOLUTION_PUBLICATION_DAYS)),
                between,
                List.of(new ProcedureStep.Draft(StepKind.PUBLISH_RESULT, "实施结果公开", null, null, RESULT_PUBLICATION_DAYS)));
    }

    static ProcedureStep.Draft meeting(StepKind kind, String name, Body body) {
        return new ProcedureStep.Draft(kind, name, body, null, null);
    }

    static ProcedureStep.Draft step(StepKind kind, String name, Integer dueDays) {
        return new ProcedureStep.Draft(kind, name, null, null, dueDays);
    }

    @SafeVarargs
    static List<ProcedureStep.Draft> join(List<ProcedureStep.Draft>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }
}
