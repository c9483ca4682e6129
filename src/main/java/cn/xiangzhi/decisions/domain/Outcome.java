package cn.xiangzhi.decisions.domain;

/** How a recorded step ended. A meeting without quorum or voted down ends its matter as rejected. */
public enum Outcome {
    PASSED, NO_QUORUM, VOTED_DOWN, RECORDED;

    public boolean endsMatter() {
        return this == NO_QUORUM || this == VOTED_DOWN;
    }
}
