package cn.xiangzhi.rating.domain;

/** What a campaign rates: the party branches of chosen villages, or their party members. */
public enum SubjectKind { BRANCH, MEMBER }
