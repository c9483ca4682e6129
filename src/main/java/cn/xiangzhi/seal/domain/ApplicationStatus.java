package cn.xiangzhi.seal.domain;

/** An application waits for its chain's next step, is approved after the last, or is rejected at any step. */
public enum ApplicationStatus {
    PENDING, APPROVED, REJECTED
}
