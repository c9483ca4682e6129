package cn.xiangzhi.centres.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CentreStatusTest {

    @Test
    void aSessionMakesAnOpenDisputeMediatingAndIsRefusedOnceClosed() {
        assertEquals(DisputeStatus.MEDIATING, DisputeStatus.OPEN.afterSession());
        assertEquals(DisputeStatus.MEDIATING, DisputeStatus.MEDIATING.afterSession());
        for (DisputeStatus closed : new DisputeStatus[] {DisputeStatus.RESOLVED, DisputeStatus.FAILED, DisputeStatus.REFERRED}) {
            DomainException e = assertThrows(DomainException.class, closed::afterSession);
            assertTrue(e.isConflict());
            assertEquals("error.dispute.closed", e.key());
        }
    }

    @Test
    void anOutcomeClosesADisputeOnceAndMustBeAClosingStatus() {
        assertEquals(DisputeStatus.RESOLVED, DisputeStatus.OPEN.closeAs(DisputeStatus.RESOLVED));
        assertEquals(DisputeStatus.REFERRED, DisputeStatus.MEDIATING.closeAs(DisputeStatus.REFERRED));
        DomainException notClosing = assertThrows(DomainException.class, () -> DisputeStatus.OPEN.closeAs(DisputeStatus.MEDIATING));
        assertFalse(notClosing.isConflict());
        assertTrue(assertThrows(DomainException.class, () -> DisputeStatus.FAILED.closeAs(DisputeStatus.RESOLVED)).isConflict());
    }

    @Test
    void aServiceRequestMovesForwardOnlyAndNotAfterItIsClosed() {
        assertEquals(ServiceRequestStatus.IN_PROGRESS, ServiceRequestStatus.RECEIVED.moveTo(ServiceRequestStatus.IN_PROGRESS));
        assertEquals(ServiceRequestStatus.DONE, ServiceRequestStatus.RECEIVED.moveTo(ServiceRequestStatus.DONE));
        assertEquals(ServiceRequestStatus.REJECTED, ServiceRequestStatus.IN_PROGRESS.moveTo(ServiceRequestStatus.REJECTED));
        assertFalse(assertThrows(DomainException.class, () -> ServiceRequestStatus.IN_PROGRESS.moveTo(ServiceRequestStatus.RECEIVED))
                .isConflict());
        assertTrue(assertThrows(DomainException.class, () -> ServiceRequestStatus.DONE.moveTo(ServiceRequestStatus.REJECTED)).isConflict());
        assertTrue(assertThrows(DomainException.class, () -> ServiceRequestStatus.IN_PROGRESS.moveTo(ServiceRequestStatus.IN_PROGRESS))
                .isConflict());
    }

    @Test
    void aRequestIsOverdueOnlyWhileOpenAfterItsDeadlineAndARejectionNeedsItsReason() {
        LocalDate received = LocalDate.of(2026, 11, 20);
        ServiceRequest request = new ServiceRequest(null, "赵大娘", "13812345678", "养老保险认证", null, null, received,
                received.plusDays(7));
        assertFalse(request.overdueOn(received.plusDays(7)), "due that day, not late");
        assertTrue(request.overdueOn(received.plusDays(8)));
        assertEquals("error.serviceRequest.handler", assertThrows(DomainException.class,
                () -> request.moveTo(ServiceRequestStatus.IN_PROGRESS, null, null, received)).key());
        assertEquals("error.serviceRequest.reason", assertThrows(DomainException.class,
                () -> request.moveTo(ServiceRequestStatus.REJECTED, null, " ", received)).key());
        request.moveTo(ServiceRequestStatus.DONE, null, null, received.plusDays(9));
        assertFalse(request.overdueOn(received.plusDays(30)), "done late is no longer overdue");
        assertEquals("138****5678", Masks.phone("13812345678"));
    }
}
