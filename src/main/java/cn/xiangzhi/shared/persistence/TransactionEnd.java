package cn.xiangzhi.shared.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.IntConsumer;

/** Work to do once the current transaction has ended (committed or rolled back), or only if it committed. */
public final class TransactionEnd {

    /** What {@link #then} did. */
    public enum Outcome { REGISTERED, NO_TRANSACTION, COMPLETING }

    private TransactionEnd() {
    }

    /**
     * Runs {@code work} when the current transaction ends; says whether it will, or why not: there
     * is no transaction ({@code transactions} null outside a container), or it is completing already.
     */
    public static Outcome then(TransactionSynchronizationRegistry transactions, Runnable work) {
        return afterCompletion(transactions, status -> work.run());
    }

    /**
     * Runs {@code work} once the current transaction has committed — never if it rolls back; at
     * once when there is no transaction, or it is completing already (the work it did is done).
     */
    public static void ifCommitted(TransactionSynchronizationRegistry transactions, Runnable work) {
        Outcome later = afterCompletion(transactions, status -> {
            if (status == Status.STATUS_COMMITTED) {
                work.run();
            }
        });
        if (later != Outcome.REGISTERED) {
            work.run();
        }
    }

    private static Outcome afterCompletion(TransactionSynchronizationRegistry transactions, IntConsumer onEnd) {
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
                    onEnd.accept(status);
                }
            });
            return Outcome.REGISTERED;
        } catch (IllegalStateException completing) {
            return Outcome.COMPLETING;
        }
    }
}
