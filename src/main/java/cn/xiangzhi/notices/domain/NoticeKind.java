package cn.xiangzhi.notices.domain;

/**
 * What a notice is: a general notice (通知公告) or one of the three monthly disclosures of the
 * publication day (党务公开, 村务公开, 财务公开).
 */
public enum NoticeKind {
    NOTICE, PARTY_AFFAIRS, VILLAGE_AFFAIRS, FINANCE
}
