package cn.xiangzhi.rating.domain;

/**
 * Who rates (seed 003, 自评 / 互评 / 群评 / 点评): the subject's own members, peers (other members
 * and branches), the public (households of the village) and superiors (township and county staff).
 */
public enum RaterGroup { SELF, PEER, PUBLIC, SUPERIOR }
