package cn.xiangzhi.points.domain;

/** A village's month whose objection period is over: its additions count in the redeemable balance (a JPQL constructor result). */
public record ReleasedMonth(long villageId, int month) {
}
