package cn.xiangzhi.decisions.domain;

/** One step of a procedure as the engine needs it (a stored {@link ProcedureStep} or a test's own). */
public interface StepDefinition {
    int position();

    StepKind kind();

    String name();

    /** The quorum rule of a meeting step; null for other steps. */
    QuorumRule rule();

    /** Days after the step before it by which this step is due; null when it has no deadline. */
    Integer dueDays();
}
