package cn.xiangzhi.shared.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TransactionEndTest {

    /** A transaction that is active until it is ended with a status. */
    static final class Transaction implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_ACTIVE;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void end(int outcome) {
            status = outcome;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            if (status != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("completing");
            }
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void workForACommitIsDoneOnlyOnceTheTransactionHasCommitted() {
        AtomicInteger done = new AtomicInteger();
        Transaction committing = new Transaction();
        TransactionEnd.ifCommitted(committing, done::incrementAndGet);
        assertEquals(0, done.get(), "not before the commit");
        committing.end(Status.STATUS_COMMITTED);
        assertEquals(1, done.get());

        Transaction rollingBack = new Transaction();
        TransactionEnd.ifCommitted(rollingBack, done::incrementAndGet);
        rollingBack.end(Status.STATUS_ROLLEDBACK);
        assertEquals(1, done.get(), "never for a rollback");
    }

    @Test
    void withoutATransactionOrWhileItCompletesTheWorkIsDoneAtOnce() {
        AtomicInteger done = new AtomicInteger();
        TransactionEnd.ifCommitted(null, done::incrementAndGet);
        Transaction none = new Transaction();
        none.status = Status.STATUS_NO_TRANSACTION;
        TransactionEnd.ifCommitted(none, done::incrementAndGet);
        Transaction completing = new Transaction();
        completing.status = Status.STATUS_COMMITTING;
        TransactionEnd.ifCommitted(completing, done::incrementAndGet);
        assertEquals(3, done.get());
        assertEquals(TransactionEnd.Outcome.COMPLETING, TransactionEnd.then(completing, done::incrementAndGet));
    }

    @Test
    void workForTheEndIsDoneWhicheverWayItEnded() {
        AtomicInteger done = new AtomicInteger();
        Transaction rollingBack = new Transaction();
        assertEquals(TransactionEnd.Outcome.REGISTERED, TransactionEnd.then(rollingBack, done::incrementAndGet));
        rollingBack.end(Status.STATUS_ROLLEDBACK);
        assertEquals(1, done.get());
    }
}
