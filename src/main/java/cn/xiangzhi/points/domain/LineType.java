package cn.xiangzhi.points.domain;

/** Why a ledger line exists: a confirmed catalogue item, the reversal of an earlier line, or a ranking bonus. */
public enum LineType {
    AWARD, REVERSAL, BONUS
}
