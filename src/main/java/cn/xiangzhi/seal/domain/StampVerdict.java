package cn.xiangzhi.seal.domain;

/**
 * What reconciliation makes of a stamp: within an approved application's count and window, or one of
 * the three things a person must look at (each raises an alarm to the township).
 */
public enum StampVerdict {
    AUTHORISED, OVER_COUNT, OUTSIDE_WINDOW, NO_APPLICATION;

    public boolean alarming() {
        return this != AUTHORISED;
    }
}
