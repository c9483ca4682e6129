import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Anonymous page loads for bench/anonymous.sh: {@code base loads threads path...} — the paths in
 * turn, each load a new visitor (no cookies kept). Prints loads/s, how many answered 2xx-4xx, and
 * how many set a session cookie.
 */
public class AnonymousLoad {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int loads = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<String> paths = Arrays.asList(args).subList(3, args.length);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong answered = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong withSession = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                int n;
                while ((n = next.getAndIncrement()) < loads) {
                    try {
                        HttpResponse<Void> reply = client.send(HttpRequest.newBuilder(URI.create(base + paths.get(n % paths.size())))
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (reply.statusCode() < 500) {
                            answered.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                        if (reply.headers().allValues("set-cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))) {
                            withSession.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d anonymous page loads in %.1f s: %.0f loads/s, %d answered, %d failed, %d set a session cookie%n",
                loads, seconds, loads / seconds, answered.get(), failed.get(), withSession.get());
    }
}
