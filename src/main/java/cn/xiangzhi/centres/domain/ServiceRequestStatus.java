package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;

/** A citizen service request: RECEIVED → IN_PROGRESS → DONE, or REJECTED (with a reason) before it is done. */
public enum ServiceRequestStatus {
    RECEIVED, IN_PROGRESS, DONE, REJECTED;

    public boolean isClosed() {
        return this == DONE || this == REJECTED;
    }

    /** The next status; refused (409) from a closed request or backwards. */
    public ServiceRequestStatus moveTo(ServiceRequestStatus to) {
        if (to == null || to == RECEIVED) {
            throw new DomainException("error.serviceRequest.status", to);
        }
        if (isClosed() || to == this) {
            throw DomainException.conflict("error.serviceRequest.closed", name());
        }
        return to;
    }
}
