package cn.xiangzhi.decisions.domain;

/**
 * What a step of a procedure is. Meetings (suggestion excepted) are held by a {@link Body} and
 * voted on; audits (审), filings (备) and suggestions are recorded acts; the two publications
 * (两公开) put the resolution and then the result on the village's public board.
 */
public enum StepKind {
    SUGGESTION, PROPOSAL, DISCUSSION, REVIEW, RESOLUTION, AUDIT, FILING, PUBLISH_RESOLUTION, PUBLISH_RESULT;

    public boolean isMeeting() {
        return this == PROPOSAL || this == DISCUSSION || this == REVIEW || this == RESOLUTION;
    }

    public boolean isPublication() {
        return this == PUBLISH_RESOLUTION || this == PUBLISH_RESULT;
    }
}
