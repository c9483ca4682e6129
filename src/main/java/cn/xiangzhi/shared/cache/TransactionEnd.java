package cn.xiangzhi.shared.cache;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work to do once the current transaction has ended, committed or rolled back. */
final class TransactionEnd {

    /** What {@link #then} did. */
    enum Outcome { REGISTERED, NO_TRANSACTION, COMPLETING }

    private TransactionEnd() {
    }

    /**
     * Runs {@code work} when the current transaction ends; says whether it will, or why not: there
     * is no transaction ({@code transactions} null outside a container), or it is completing already.
     */
    static Outcome then(TransactionSynchronizationRegistry transactions, Runnable work) {
        if (transactions == null || transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            return Outcome.NO_TRANSACTION;
        }
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    work.run();
                }
            });
            return Outcome.REGISTERED;
        } catch (IllegalStateException completing) {
            return Outcome.COMPLETING;
        }
    }
}
