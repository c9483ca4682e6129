package cn.xiangzhi.points.domain;

/** A proposal waits for the village working group, which confirms it (a ledger line) or rejects it. */
public enum ProposalStatus {
    PROPOSED, CONFIRMED, REJECTED
}
