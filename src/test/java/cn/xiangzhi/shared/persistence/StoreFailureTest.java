package cn.xiangzhi.shared.persistence;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a failure of the store means, and which ones close the gate in front of the database for everyone. */
class StoreFailureTest {

    static PersistenceException poolExhausted() {
        return new PersistenceException("Exception [EclipseLink-4002]", new SQLException(
                "Error in allocating a connection. Cause: In-use connections equal max-pool-size and expired max-wait-time."
                        + " Cannot allocate more connections."));
    }

    @Test
    void aCertificationConflictOrDeadlockIsAnswered409AskingForTheSameRequestAgain() {
        StoreFailure failure = StoreFailure.of(new PersistenceException(new java.sql.SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213)));
        assertEquals(409, failure.status());
        assertEquals("error.retry", failure.refusal().key());
        assertDoesNotThrow(DatabaseGate::check, "a conflict is no database outage");
    }

    @Test
    void anExhaustedPoolIsAnswered503ButLeavesTheGateOpenForTheOthers() {
        StoreFailure failure = StoreFailure.of(poolExhausted());
        assertEquals(StoreFailure.Kind.UNAVAILABLE, failure.kind());
        assertEquals(503, failure.status());
        assertDoesNotThrow(DatabaseGate::check, "a busy pool is no database outage");
    }

    @Test
    void aDatabaseThatCannotBeReachedClosesTheGateForAMoment() throws InterruptedException {
        Thread.sleep(DatabaseGate.OPEN_MILLIS); // whatever an earlier test did has passed
        StoreFailure failure = StoreFailure.of(new PersistenceException(new SQLTransientConnectionException("Connection refused")));
        assertEquals(StoreFailure.Kind.UNAVAILABLE, failure.kind());
        assertThrows(DatabaseGate.Closed.class, DatabaseGate::check, "the next requests are refused at once");
        Thread.sleep(DatabaseGate.OPEN_MILLIS);
        assertDoesNotThrow(DatabaseGate::check, "and tried again after a moment");
    }

    @Test
    void anUnrecognisedFailureIsAnsweredAsStaleAndItsCausesAreNamedForTheLog() {
        PersistenceException failure = new PersistenceException("commit failed",
                new SQLException("Got error 6 'Rollback' during COMMIT\nsecond line", "HY000", 1180));
        assertEquals(StoreFailure.Kind.STALE, StoreFailure.of(failure).kind());
        assertEquals("PersistenceException: commit failed <- SQLException: Got error 6 'Rollback' during COMMIT",
                StoreFailure.causes(failure));
    }

    @Test
    void aConnectionThatDiedUnderTheCommitIsUnavailableSoTheClientTriesAgain() {
        // as Payara reported it when ClusterIT killed the Galera writer during a redemption's commit
        RuntimeException failure = new RuntimeException("Managed bean with Transactional annotation and TxType of REQUIRED "
                + "encountered exception during commit jakarta.transaction.SystemException",
                new IllegalStateException(new javax.transaction.xa.XAException("jakarta.resource.ResourceException: "
                        + "This Managed Connection is not valid as the physical connection is not usable")));
        assertEquals(StoreFailure.Kind.UNAVAILABLE, StoreFailure.of(failure).kind());
    }
}
