package cn.xiangzhi.centres.domain;

/**
 * What a request found on a liaison's visit is (民情): a need, a complaint, a dispute or a
 * suggestion; the tenant gives each kind its days to the deadline. Requests received at the
 * counter have no kind.
 */
public enum RequestKind {
    NEED, COMPLAINT, DISPUTE, SUGGESTION
}
