package cn.xiangzhi.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Requests that really race: one thread each, all released at once from a barrier, so they reach
 * the server within the same instant rather than one after the other as a thread pool starts them.
 * Tests repeat a race over several rounds to make an unlucky interleaving likely, and check the
 * outcome in the database ({@link LedgerInvariants}).
 */
public final class Race {

    private Race() {
    }

    /** Runs {@code calls} at the same moment and returns their results in order. */
    public static <T> List<T> atOnce(List<Callable<T>> calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.size());
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** {@code n} copies of one call, at once. */
    public static <T> List<T> times(int n, Callable<T> call) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            calls.add(call);
        }
        return atOnce(calls);
    }
}
