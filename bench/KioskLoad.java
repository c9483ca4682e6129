import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Village kiosks refreshing their board, for bench/kiosk.sh: {@code base tenant kiosks rate seconds}.
 * <p>
 * Sets up one village per kiosk over REST (a grid, ten households with points, the month published,
 * a notice, a kiosk token), opens each kiosk once (its token becomes its cookie), then runs two
 * phases of {@code seconds} each, asking only for the page (a kiosk's browser keeps the stylesheets
 * and the script, whose addresses carry their digest):
 * <ol>
 *   <li><b>offered rate</b>: the kiosks in turn, {@code rate} pages a second in all, each request
 *       started on its schedule whatever the server's speed (latency counted from the scheduled
 *       start, so a slow server cannot hide its queue);</li>
 *   <li><b>as fast as it goes</b>: every kiosk refreshing as soon as its page arrived (500 open
 *       connections at once), for the ceiling.</li>
 * </ol>
 * Prints pages/s, p50/p95/p99 and failures of each phase.
 */
public class KioskLoad {

    // HTTP/1.1 as a kiosk's browser speaks it over plain http: a connection per kiosk, not 500 streams on one h2c connection
    static HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String tenant;
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:bench-admin-1".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        base = args[0];
        tenant = args[1];
        int kiosks = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);

        long root = id(call("GET", "/places", null));
        long town = id(call("POST", "/places", "{\"parentId\":" + root + ",\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}"));
        long item = id(call("POST", "/points-items", "{\"code\":\"CLEAN\",\"name\":\"参加村庄清理\",\"kind\":\"MORALITY\",\"points\":2,\"proposers\":[\"VILLAGE_ADMIN\"]}"));
        call("POST", "/notices", "{\"placeId\":" + town + ",\"kind\":\"NOTICE\",\"title\":\"冬季防火通知\",\"body\":\"请各户注意用火安全。\"}");
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        List<String> cookies = new ArrayList<>();
        long setupStart = System.nanoTime();
        ExecutorService setup = Executors.newFixedThreadPool(4);
        ConcurrentLinkedQueue<String> made = new ConcurrentLinkedQueue<>();
        AtomicInteger failedSetup = new AtomicInteger();
        for (int v = 0; v < kiosks; v++) {
            int n = v;
            setup.execute(() -> {
                try {
                    made.add(village(n, town, item, month));
                } catch (Exception e) {
                    failedSetup.incrementAndGet();
                    System.err.println("village " + n + ": " + e);
                }
            });
        }
        setup.shutdown();
        setup.awaitTermination(1, TimeUnit.HOURS);
        cookies.addAll(made);
        System.out.printf("set up %d villages with their kiosks in %.0f s (%d failed)%n", cookies.size(),
                (System.nanoTime() - setupStart) / 1e9, failedSetup.get());

        String[] kioskPaths = cookies.toArray(String[]::new);
        // warm-up: every kiosk twice
        run("warm-up", kioskPaths, 0, Math.max(10, seconds / 2), true);
        run("offered " + rate + " pages/s", kioskPaths, rate, seconds, false);
        run("as fast as it goes", kioskPaths, 0, seconds, false);
    }

    /** A village with a grid, ten households with points this month (published), and a kiosk; returns "path|cookie". */
    static String village(int n, long town, long item, String month) throws Exception {
        String division = String.format("370124102%03d", 200 + n % 800);
        long village = id(call("POST", "/places", "{\"parentId\":" + town + ",\"level\":\"VILLAGE\",\"name\":\"公示" + n
                + "村\",\"divisionCode\":\"" + division + "\"}"));
        long grid = id(call("POST", "/grids", "{\"villageId\":" + village + ",\"level\":\"VILLAGE_GRID\",\"code\":\"G" + n
                + "\",\"name\":\"第一网格\",\"leaderName\":\"刘网格\"}"));
        StringBuilder households = new StringBuilder();
        for (int h = 0; h < 10; h++) {
            long household = id(call("POST", "/households", "{\"code\":\"V" + n + "H" + h + "\",\"villageId\":" + village
                    + ",\"gridId\":" + grid + ",\"headName\":\"张" + h + "\"}"));
            households.append(h == 0 ? "" : ",").append(household);
        }
        String proposals = call("POST", "/points-proposals", "{\"itemId\":" + item + ",\"month\":\"" + month + "\",\"householdIds\":["
                + households + "]}");
        Matcher ids = Pattern.compile("\"id\":(\\d+)").matcher(proposals);
        StringBuilder proposalIds = new StringBuilder();
        while (ids.find()) {
            proposalIds.append(proposalIds.isEmpty() ? "" : ",").append(ids.group(1));
        }
        call("POST", "/points-proposals/confirm", "{\"ids\":[" + proposalIds + "]}");
        call("POST", "/points-months", "{\"villageId\":" + village + ",\"month\":\"" + month + "\"}");
        String token = call("POST", "/kiosk-tokens", "{\"villageId\":" + village + ",\"label\":\"一体机\"}");
        Matcher secret = Pattern.compile("\"secret\":\"([^\"]+)\"").matcher(token);
        if (!secret.find()) {
            throw new IllegalStateException("no token: " + token);
        }
        String path = "/t/" + tenant + "/kiosk/" + village;
        HttpResponse<Void> first = client.send(HttpRequest.newBuilder(URI.create(base + path + "?token=" + secret.group(1))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = first.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("xz_kiosk="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow(() -> new IllegalStateException("no cookie"));
        return path + "|" + cookie;
    }

    static void run(String phase, String[] kiosks, int rate, int seconds, boolean quiet) throws Exception {
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong failed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        if (rate > 0) {
            // open loop: request i starts at start + i/rate, on time whatever came before it
            ExecutorService pool = Executors.newFixedThreadPool(kiosks.length);
            Semaphore inFlight = new Semaphore(kiosks.length);
            long interval = 1_000_000_000L / rate;
            for (long i = 0; ; i++) {
                long due = start + i * interval;
                if (due >= end) {
                    break;
                }
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                inFlight.acquire();
                String kiosk = kiosks[(int) (i % kiosks.length)];
                pool.execute(() -> {
                    try {
                        fetch(kiosk, due, latencies, failed, bytes);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
        } else {
            // closed loop: every kiosk refreshes as soon as its page arrived
            ExecutorService pool = Executors.newFixedThreadPool(kiosks.length);
            CountDownLatch done = new CountDownLatch(kiosks.length);
            for (String kiosk : kiosks) {
                pool.execute(() -> {
                    while (System.nanoTime() < end) {
                        fetch(kiosk, System.nanoTime(), latencies, failed, bytes);
                    }
                    done.countDown();
                });
            }
            done.await();
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (quiet) {
            return;
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-22s %5d kiosks: %6.1f pages/s over %.0f s, p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, %d failed, %.1f KB a page%n",
                phase, kiosks.length, sorted.length / elapsed, elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), failed.get(),
                sorted.length == 0 ? 0 : bytes.get() / 1024.0 / sorted.length);
    }

    static void fetch(String kiosk, long startedAt, List<Long> latencies, AtomicLong failed, AtomicLong bytes) {
        String[] parts = kiosk.split("\\|");
        try {
            HttpResponse<byte[]> reply = client.send(HttpRequest.newBuilder(URI.create(base + parts[0])).header("Cookie", parts[1])
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (reply.statusCode() == 200) {
                latencies.add(System.nanoTime() - startedAt);
                bytes.addAndGet(reply.body().length);
            } else {
                failed.incrementAndGet();
            }
        } catch (Exception e) {
            failed.incrementAndGet();
        }
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)] / 1e6;
    }

    static String call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + path)).header("Authorization", AUTH)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> reply = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + ": " + reply.statusCode() + " " + reply.body());
        }
        return reply.body();
    }

    static long id(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
