package cn.xiangzhi.shared.audit;

/** What happened to the audited thing. Domain actions (SUSPEND, LOGIN_LOCKED...) may be added. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, SUSPEND, RESUME, PASSWORD_RESET, BONUS_WITHHELD
}
