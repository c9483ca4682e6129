package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * Where a dispute stands: OPEN when brought, MEDIATING from its first session, then closed by its
 * outcome — RESOLVED (an agreement), FAILED or REFERRED (to the court or the township). Nothing is
 * recorded on a closed dispute.
 */
public enum DisputeStatus {
    OPEN, MEDIATING, RESOLVED, FAILED, REFERRED;

    public boolean isClosed() {
        return this == RESOLVED || this == FAILED || this == REFERRED;
    }

    /** The status after a session is held; refused (409) once closed. */
    public DisputeStatus afterSession() {
        requireOpen();
        return MEDIATING;
    }

    /** The outcome {@code to} closing the dispute; refused (409) when already closed, 400 when {@code to} does not close. */
    public DisputeStatus closeAs(DisputeStatus to) {
        requireOpen();
        if (to == null || !to.isClosed()) {
            throw new DomainException("error.dispute.outcome", to);
        }
        return to;
    }

    private void requireOpen() {
        if (isClosed()) {
            throw DomainException.conflict("error.dispute.closed", name());
        }
    }
}
