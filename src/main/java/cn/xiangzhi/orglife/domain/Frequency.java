package cn.xiangzhi.orglife.domain;

/** How often the rules require a kind of meeting to be held. */
public enum Frequency {
    WEEKLY, MONTHLY, QUARTERLY
}
