package cn.xiangzhi.seal.domain;

/** Which of a village's seals: the villagers' committee's, the party branch's, the finance seal, or another. */
public enum SealKind {
    VILLAGE_COMMITTEE, PARTY_BRANCH, FINANCE, OTHER
}
