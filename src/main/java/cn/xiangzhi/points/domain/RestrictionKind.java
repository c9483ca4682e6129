package cn.xiangzhi.points.domain;

/**
 * What a household on the negative list (负面清单) may not do while a restriction is in force.
 * Each kind has one effect, so a penalty that takes away several rights is several restrictions.
 */
public enum RestrictionKind {
    /** 不得兑换: may not redeem points (the shop counter refuses). */
    NO_REDEEM,
    /** 不得评优: may not be honoured (yearly honours pass the household by). */
    NO_HONOUR,
    /** 不得分享评比奖励: gets no share of a quarterly ranking bonus (the share is withheld, not given to others). */
    NO_BONUS
}
