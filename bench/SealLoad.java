import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The load of bench/seals.sh: {@code terminals} seal terminals (SL00001...) speaking protocol v1,
 * every request signed with the terminal's secret (HMAC-SHA256, docs/api.md), written from the
 * protocol text like the tests' simulator. Phase 0: the authorisation pull alone, at {@code pullRate}
 * per second spread over the terminals, latency measured from the moment each pull was due. Phase 1:
 * {@code threads} threads send stamp events (each terminal's next sequence number, one event in ten
 * sent a second time as a terminal resends after a lost answer), while every terminal sends a
 * heartbeat every 10 s and the pulls go on. Stamps/s is what seal_stamp gained in the measured
 * seconds. Phase 2, the baseline: the same threads insert the same kind of rows into seal_stamp by
 * raw JDBC, one INSERT IGNORE and one commit per stamp (the ledger's unit of work). Checks afterwards:
 * every distinct stamp sent is stored once, and each application's count of stamps used equals its
 * authorised stamps. Each phase runs {@code warmup} seconds first, not counted.
 * Usage: java -cp <mysql driver> bench/SealLoad.java base terminals threads pullRate seconds warmup jdbcUrl tenantId secretOfSL00001
 */
public class SealLoad {

    static String base;
    static String firstSecret;
    static HttpClient client;

    static String secret(int terminal) {
        return terminal == 1 ? firstSecret : String.format("bench-secret-SL%05d", terminal);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** A signed request of {@code terminal}: method, endpoint under /api/seal/v1/, JSON body (empty for GET). */
    static HttpRequest signed(int terminal, String method, String endpoint, String json) throws Exception {
        URI uri = URI.create(base + "/api/seal/v1/" + endpoint);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        String nonce = UUID.randomUUID().toString().replace("-", "");
        String text = method + "\n" + uri.getRawPath() + "\n" + timestamp + "\n" + nonce + "\n"
                + hex(MessageDigest.getInstance("SHA-256").digest(body));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret(terminal).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("X-Seal-Device", String.format("SL%05d", terminal)).header("X-Seal-Timestamp", timestamp)
                .header("X-Seal-Nonce", nonce).header("X-Seal-Signature", hex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))))
                .header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        int terminals = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        int pullRate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        String jdbc = args[6];
        long tenant = Long.parseLong(args[7]);
        firstSecret = args[8];
        String user = System.getenv().getOrDefault("XIANGZHI_DB_USER", "xiangzhi");
        String password = System.getenv().getOrDefault("XIANGZHI_DB_PASSWORD", "");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(threads + 4)).build();
        AtomicLongArray sequence = new AtomicLongArray(terminals + 1);
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            // --- background: pulls at pullRate/s and heartbeats, each terminal every 10 s ---
            ConcurrentLinkedQueue<Long> pullNanos = new ConcurrentLinkedQueue<>();
            AtomicBoolean pullMeasuring = new AtomicBoolean(false);
            AtomicLong pullErrors = new AtomicLong();
            AtomicLong beatErrors = new AtomicLong();
            ScheduledExecutorService ticker = Executors.newScheduledThreadPool(2);
            long pullPeriod = 1_000_000_000L / pullRate;
            long pullStart = System.nanoTime();
            AtomicLong pullSeq = new AtomicLong();
            ticker.scheduleAtFixedRate(() -> {
                long n = pullSeq.getAndIncrement();
                long due = pullStart + n * pullPeriod;
                int t = (int) (n % terminals) + 1;
                try {
                    client.sendAsync(signed(t, "GET", "authorisations", ""), HttpResponse.BodyHandlers.ofString())
                            .whenComplete((response, error) -> {
                                if (!pullMeasuring.get()) {
                                    return;
                                }
                                if (error != null || response.statusCode() != 200 || !response.body().contains("\"remaining\"")) {
                                    pullErrors.incrementAndGet();
                                } else {
                                    pullNanos.add(System.nanoTime() - due);
                                }
                            });
                } catch (Exception e) {
                    pullErrors.incrementAndGet();
                }
            }, 0, pullPeriod, TimeUnit.NANOSECONDS);
            long beatPeriod = 10_000_000_000L / terminals;
            AtomicLong beatSeq = new AtomicLong();
            ticker.scheduleAtFixedRate(() -> {
                int t = (int) (beatSeq.getAndIncrement() % terminals) + 1;
                try {
                    client.sendAsync(signed(t, "POST", "heartbeat", "{\"battery\":" + (50 + t % 50) + ",\"lid\":\"CLOSED\"}"),
                            HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                            beatErrors.incrementAndGet();
                        }
                    });
                } catch (Exception e) {
                    beatErrors.incrementAndGet();
                }
            }, 0, beatPeriod, TimeUnit.NANOSECONDS);

            // --- phase 0: the pulls (and heartbeats) alone ---
            Thread.sleep(warmup * 1000L);
            pullMeasuring.set(true);
            long aloneStarted = System.nanoTime();
            Thread.sleep(seconds * 500L);
            pullMeasuring.set(false);
            double aloneElapsed = (System.nanoTime() - aloneStarted) / 1e9;
            List<Long> alone = sorted(pullNanos);
            System.out.printf("authorisation pull alone: %d answered (%.0f/s over %d terminals, heartbeats %.0f/s alongside), %d errors,"
                            + " p50 %s, p99 %s, max %s%n", alone.size(), alone.size() / aloneElapsed, terminals, 1e9 / beatPeriod,
                    pullErrors.getAndSet(0), quantile(alone, 0.5), quantile(alone, 0.99), quantile(alone, 1.0));

            // --- phase 1: stamps over HTTP ---
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicLong sent = new AtomicLong();
            AtomicLong resent = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    int t = worker + 1;
                    while (running.get()) {
                        long n = sequence.incrementAndGet(t);
                        String body = "{\"sequence\":" + n + ",\"stampedAt\":\"" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                                + "\",\"operator\":\"会计" + t + "\"}";
                        int times = ThreadLocalRandom.current().nextInt(10) == 0 ? 2 : 1;
                        for (int i = 0; i < times; i++) {
                            try {
                                HttpResponse<String> response = client.send(signed(t, "POST", "stamps", body), HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200 || !response.body().contains("\"AUTHORISED\"")) {
                                    failures.incrementAndGet();
                                    if (failures.get() < 5) {
                                        System.out.println("unexpected answer: " + response.statusCode() + " " + response.body());
                                    }
                                }
                            } catch (Exception e) {
                                failures.incrementAndGet();
                            }
                        }
                        if (measuring.get()) {
                            sent.incrementAndGet();
                            if (times == 2) {
                                resent.incrementAndGet();
                            }
                        }
                        t += threads;
                        if (t > terminals) {
                            t = worker + 1;
                        }
                    }
                });
                thread.start();
                workers.add(thread);
            }
            Thread.sleep(warmup * 1000L);
            pullMeasuring.set(true);
            double[] window = measure(db, tenant, seconds, measuring);
            pullMeasuring.set(false);
            running.set(false);
            for (Thread worker : workers) {
                worker.join();
            }
            ticker.shutdown();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            Thread.sleep(1000);
            double httpRate = window[0] / window[1];
            List<Long> pulls = sorted(pullNanos);
            System.out.printf("HTTP: %.0f stamps stored in %.1f s = %.0f stamps/s (%d threads, %d events, %d sent twice, %d failed requests,"
                            + " %d failed heartbeats)%n", window[0], window[1], httpRate, threads, sent.get(), resent.get(), failures.get(),
                    beatErrors.get());
            System.out.printf("authorisation pull while stamping: %d answered, %d errors, p50 %s, p99 %s, max %s%n", pulls.size(),
                    pullErrors.get(), quantile(pulls, 0.5), quantile(pulls, 0.99), quantile(pulls, 1.0));

            // --- phase 2: raw JDBC, one INSERT IGNORE and one commit per stamp ---
            long[] deviceIds = new long[terminals + 1];
            long[] sealIds = new long[terminals + 1];
            long[] villageIds = new long[terminals + 1];
            try (PreparedStatement query = db.prepareStatement("select d.serial_number, d.id, s.id, s.village_id from device d"
                    + " join seal s on s.device_id = d.id where d.serial_number like 'SL%'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int t = Integer.parseInt(rows.getString(1).substring(2));
                    deviceIds[t] = rows.getLong(2);
                    sealIds[t] = rows.getLong(3);
                    villageIds[t] = rows.getLong(4);
                }
            }
            running.set(true);
            AtomicBoolean jdbcMeasuring = new AtomicBoolean(false);
            List<Thread> inserters = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    try (Connection connection = DriverManager.getConnection(jdbc, user, password);
                         PreparedStatement insert = connection.prepareStatement("insert ignore into seal_stamp (tenant_id, version,"
                                 + " device_id, seal_id, village_id, sequence_no, stamped_at, received_at, operator, verdict)"
                                 + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, 'AUTHORISED')")) {
                        connection.setAutoCommit(false);
                        int t = worker + 1;
                        while (running.get()) {
                            long n = sequence.incrementAndGet(t);
                            int times = ThreadLocalRandom.current().nextInt(10) == 0 ? 2 : 1;
                            for (int i = 0; i < times; i++) {
                                Instant now = Instant.now();
                                insert.setLong(1, tenant);
                                insert.setLong(2, deviceIds[t]);
                                insert.setLong(3, sealIds[t]);
                                insert.setLong(4, villageIds[t]);
                                insert.setLong(5, n);
                                insert.setTimestamp(6, Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
                                insert.setTimestamp(7, Timestamp.from(now));
                                insert.setString(8, "会计" + t);
                                insert.executeUpdate();
                                connection.commit();
                            }
                            t += threads;
                            if (t > terminals) {
                                t = worker + 1;
                            }
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                thread.start();
                inserters.add(thread);
            }
            Thread.sleep(warmup * 1000L);
            double[] jdbcWindow = measure(db, tenant, seconds, jdbcMeasuring);
            running.set(false);
            for (Thread inserter : inserters) {
                inserter.join();
            }
            double jdbcRate = jdbcWindow[0] / jdbcWindow[1];
            System.out.printf("raw JDBC (INSERT IGNORE, one commit per stamp, %d connections): %.0f stamps in %.1f s = %.0f stamps/s%n",
                    threads, jdbcWindow[0], jdbcWindow[1], jdbcRate);
            System.out.printf("HTTP / raw JDBC: %.2f%n", httpRate / jdbcRate);

            // --- checks ---
            long distinct = 0;
            for (int t = 1; t <= terminals; t++) {
                distinct += sequence.get(t);
            }
            long stored = count(db, "select count(*) from seal_stamp where tenant_id = " + tenant);
            long wrongCounts = count(db, "select count(*) from seal_application a where a.tenant_id = " + tenant + " and a.stamps_used <>"
                    + " (select count(*) from seal_stamp s where s.application_id = a.id and s.verdict = 'AUTHORISED')");
            System.out.printf("distinct stamps sent (both phases) %d, stored %d; applications whose count of stamps used is not their"
                    + " authorised stamps: %d%n", distinct, stored, wrongCounts);
            if (stored != distinct || wrongCounts != 0) {
                System.out.println("FAILED: a stamp lost or stored twice, or a count of stamps used that is wrong");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    static double[] measure(Connection db, long tenant, int seconds, AtomicBoolean measuring) throws Exception {
        String rows = "select count(*) from seal_stamp where tenant_id = " + tenant;
        long before = count(db, rows);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long gained = count(db, rows) - before;
        measuring.set(false);
        return new double[]{gained, (System.nanoTime() - started) / 1e9};
    }

    static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static List<Long> sorted(ConcurrentLinkedQueue<Long> values) {
        List<Long> list = new ArrayList<>(values);
        values.clear();
        Collections.sort(list);
        return list;
    }

    static String quantile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format("%.1f ms", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6);
    }
}
