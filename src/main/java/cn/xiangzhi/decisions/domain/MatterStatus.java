package cn.xiangzhi.decisions.domain;

/** A matter is open while steps remain; rejected when a meeting failed; done after its last step. */
public enum MatterStatus {
    OPEN, REJECTED, DONE
}
