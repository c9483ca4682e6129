package cn.xiangzhi.seal.domain;

/** A seal in use, or retired (kept with who retired it, when and why; its terminal no longer stamps for it). */
public enum SealStatus {
    ACTIVE, RETIRED
}
