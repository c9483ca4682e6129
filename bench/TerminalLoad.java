import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The load of bench/terminals.sh. Phase 1, over HTTP: {@code threads} threads post ATTLOG batches of
 * 100-500 lines for {@code uploaders} terminals (UP00001...), each terminal's rows new (PIN and time
 * from its own counter), one batch in ten posted a second time; meanwhile {@code pollers} terminals
 * (PL00001...) call getrequest at {@code rate} per second in all, each latency measured from the
 * moment the request was due (so a slow server cannot hide its queue). Records/s is what the
 * database gained during the measured seconds. Phase 2, the baseline: the same threads insert the
 * same kind of rows in the same batch sizes (one in ten again) by raw JDBC multi-row INSERT IGNORE,
 * one transaction per batch. Then: duplicates (device, PIN, time) in the table must be 0, and every
 * distinct row sent must be stored. Each phase runs {@code warmup} seconds first, not counted.
 * Usage: java -cp <mysql driver> bench/TerminalLoad.java base uploaders pollers threads rate seconds warmup jdbcUrl tenantId villageId
 */
public class TerminalLoad {

    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final LocalDateTime START = LocalDateTime.of(2026, 11, 1, 0, 0);

    /** Per terminal: how many rows it has made (row n: PIN n % 1000 + 1, time START + n / 1000 seconds). */
    static AtomicLongArray made;

    static String line(long n) {
        return (n % 1000 + 1) + "\t" + CLOCK.format(START.plusSeconds(n / 1000)) + "\t" + (n % 2) + "\t1\t0\t0\t0";
    }

    /** A batch of 100-500 new rows of terminal {@code t}: its first row number and size. */
    static long[] nextBatch(int t) {
        int size = ThreadLocalRandom.current().nextInt(100, 501);
        long first = made.getAndAdd(t, size);
        return new long[]{first, size};
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int uploaders = Integer.parseInt(args[1]);
        int pollers = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int rate = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        String jdbc = args[7];
        long tenant = Long.parseLong(args[8]);
        long village = Long.parseLong(args[9]);
        String user = System.getenv().getOrDefault("XIANGZHI_DB_USER", "xiangzhi");
        String password = System.getenv().getOrDefault("XIANGZHI_DB_PASSWORD", "");
        made = new AtomicLongArray(uploaders + 1);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(threads)).build();
        HttpClient pollClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4)).build();
        try (Connection db = DriverManager.getConnection(jdbc, user, password)) {
            // --- phase 1: HTTP uploads with polling alongside ---
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicLong batches = new AtomicLong();
            AtomicLong resent = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            AtomicLong acknowledged = new AtomicLong();
            ConcurrentLinkedQueue<Long> pollNanos = new ConcurrentLinkedQueue<>();
            AtomicBoolean pollMeasuring = new AtomicBoolean(false);
            AtomicLong pollErrors = new AtomicLong();
            AtomicLong pollsDone = new AtomicLong();
            ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
            long periodNanos = 1_000_000_000L / rate;
            AtomicLong pollSeq = new AtomicLong();
            long pollStart = System.nanoTime();
            ticker.scheduleAtFixedRate(() -> {
                long n = pollSeq.getAndIncrement();
                long due = pollStart + n * periodNanos;
                String serial = String.format("PL%05d", n % pollers + 1);
                pollClient.sendAsync(HttpRequest.newBuilder(URI.create(base + "/iclock/getrequest?SN=" + serial))
                                .header("User-Agent", "iClock Proxy/1.09").timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                    if (!pollMeasuring.get()) {
                        return;
                    }
                    if (error != null || response.statusCode() != 200 || !response.body().startsWith("OK")) {
                        pollErrors.incrementAndGet();
                    } else {
                        pollNanos.add(System.nanoTime() - due);
                        pollsDone.incrementAndGet();
                    }
                });
            }, 0, periodNanos, TimeUnit.NANOSECONDS);

            // phase 0: the pollers alone, after their first calls (each reads the registry and writes its first contact)
            Thread.sleep(Math.max(warmup, 2 * pollers / rate) * 1000L);
            pollMeasuring.set(true);
            long aloneStarted = System.nanoTime();
            Thread.sleep(seconds * 500L);
            pollMeasuring.set(false);
            double aloneElapsed = (System.nanoTime() - aloneStarted) / 1e9;
            List<Long> alone = new ArrayList<>(pollNanos);
            Collections.sort(alone);
            pollNanos.clear();
            long aloneErrors = pollErrors.getAndSet(0);
            System.out.printf("polling alone: %d getrequest answered (%.0f/s over %d terminals), %d errors, p50 %s, p99 %s, max %s%n",
                    alone.size(), alone.size() / aloneElapsed, pollers, aloneErrors, quantile(alone, 0.5), quantile(alone, 0.99),
                    quantile(alone, 1.0));

            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    int t = worker + 1;
                    while (running.get()) {
                        long[] batch = nextBatch(t);
                        StringBuilder body = new StringBuilder();
                        for (long n = batch[0]; n < batch[0] + batch[1]; n++) {
                            body.append(line(n)).append('\n');
                        }
                        int times = ThreadLocalRandom.current().nextInt(10) == 0 ? 2 : 1;
                        for (int i = 0; i < times; i++) {
                            try {
                                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base
                                                + "/iclock/cdata?SN=" + String.format("UP%05d", t) + "&table=ATTLOG&Stamp=" + batch[0]))
                                        .header("User-Agent", "iClock Proxy/1.09").header("Content-Type", "text/plain")
                                        .timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (response.statusCode() != 200 || !response.body().equals("OK:" + batch[1])) {
                                    failures.incrementAndGet();
                                    System.out.println("unexpected answer: " + response.statusCode() + " " + response.body());
                                } else if (measuring.get()) {
                                    acknowledged.addAndGet(batch[1]);
                                }
                            } catch (Exception e) {
                                failures.incrementAndGet();
                            }
                        }
                        if (measuring.get()) {
                            batches.incrementAndGet();
                            if (times == 2) {
                                resent.incrementAndGet();
                            }
                        }
                        t += threads;
                        if (t > uploaders) {
                            t = worker + 1;
                        }
                    }
                });
                thread.start();
                workers.add(thread);
            }
            Thread.sleep(warmup * 1000L);
            pollMeasuring.set(true);
            double[] window = measure(db, tenant, 0, seconds, measuring);
            pollMeasuring.set(false);
            long stored = (long) window[0];
            double elapsed = window[1];
            measuring.set(false);
            running.set(false);
            for (Thread worker : workers) {
                worker.join();
            }
            ticker.shutdown();
            ticker.awaitTermination(5, TimeUnit.SECONDS);
            Thread.sleep(1000);
            double httpRate = stored / elapsed;
            List<Long> polls = new ArrayList<>(pollNanos);
            Collections.sort(polls);
            System.out.printf("HTTP: %d records stored in %.1f s = %.0f records/s (%d batches of 100-500 lines, %d of them sent twice,"
                            + " %d failed requests)%n", stored, elapsed, httpRate, batches.get(), resent.get(), failures.get());
            System.out.printf("polling while uploading: %d getrequest answered (%.0f/s over %d terminals), %d errors, p50 %s, p99 %s, max %s%n",
                    polls.size(), polls.size() / elapsed, pollers, pollErrors.get(), quantile(polls, 0.5), quantile(polls, 0.99),
                    quantile(polls, 1.0));

            // --- phase 2: raw JDBC of the same rows ---
            long[] deviceIds = new long[uploaders + 1];
            try (PreparedStatement query = db.prepareStatement("select serial_number, id from device where serial_number like 'UP%'");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    deviceIds[Integer.parseInt(rows.getString(1).substring(2))] = rows.getLong(2);
                }
            }
            running.set(true);
            AtomicLong jdbcStored = new AtomicLong();
            AtomicBoolean jdbcMeasuring = new AtomicBoolean(false);
            List<Thread> inserters = new ArrayList<>();
            CountDownLatch connected = new CountDownLatch(threads);
            for (int w = 0; w < threads; w++) {
                int worker = w;
                Thread thread = new Thread(() -> {
                    try (Connection connection = DriverManager.getConnection(jdbc, user, password)) {
                        connection.setAutoCommit(false);
                        connected.countDown();
                        int t = worker + 1;
                        while (running.get()) {
                            long[] batch = nextBatch(t);
                            int times = ThreadLocalRandom.current().nextInt(10) == 0 ? 2 : 1;
                            for (int i = 0; i < times; i++) {
                                int inserted = insert(connection, tenant, deviceIds[t], village, batch);
                                connection.commit();
                                if (jdbcMeasuring.get()) {
                                    jdbcStored.addAndGet(inserted);
                                }
                            }
                            t += threads;
                            if (t > uploaders) {
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
            connected.await();
            double[] jdbcWindow = measure(db, tenant, warmup, seconds, jdbcMeasuring);
            long jdbcCount = (long) jdbcWindow[0];
            double jdbcElapsed = jdbcWindow[1];
            running.set(false);
            for (Thread inserter : inserters) {
                inserter.join();
            }
            double jdbcRate = jdbcCount / jdbcElapsed;
            System.out.printf("raw JDBC (multi-row INSERT IGNORE, one transaction per batch, %d connections): %d records in %.1f s"
                    + " = %.0f records/s%n", threads, jdbcCount, jdbcElapsed, jdbcRate);
            System.out.printf("HTTP / raw JDBC: %.2f%n", httpRate / jdbcRate);

            // --- checks ---
            long duplicates = count(db, "select count(*) from (select 1 from device_punch where tenant_id = " + tenant
                    + " group by device_id, pin, punched_local having count(*) > 1) d");
            long sent = 0;
            for (int t = 1; t <= uploaders; t++) {
                sent += made.get(t);
            }
            long total = count(db, "select count(*) from device_punch where tenant_id = " + tenant);
            System.out.printf("duplicates afterwards: %d; distinct rows sent (both phases) %d, stored %d%n", duplicates, sent, total);
            if (duplicates != 0 || total != sent) {
                System.out.println("FAILED: a punch stored twice or a row sent and not stored");
                System.exit(1);
            }
        }
        System.exit(0);
    }

    static int insert(Connection connection, long tenant, long device, long village, long[] batch) throws Exception {
        String one = "(?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String sql = "insert ignore into device_punch (tenant_id, version, device_id, village_id, pin, punched_local, punched_at,"
                + " status, verify, workcode, extra, received_at) values " + String.join(", ", Collections.nCopies((int) batch[1], one));
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 1;
            for (long n = batch[0]; n < batch[0] + batch[1]; n++) {
                LocalDateTime local = START.plusSeconds(n / 1000);
                insert.setLong(i++, tenant);
                insert.setLong(i++, device);
                insert.setLong(i++, village);
                insert.setString(i++, Long.toString(n % 1000 + 1));
                insert.setObject(i++, local);
                insert.setTimestamp(i++, Timestamp.from(local.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
                insert.setInt(i++, (int) (n % 2));
                insert.setInt(i++, 1);
                insert.setString(i++, "0");
                insert.setString(i++, null);
                insert.setTimestamp(i++, now);
            }
            return insert.executeUpdate();
        }
    }

    /** Waits {@code warmup} seconds, then counts the rows the database gains in {@code seconds}: {rows, elapsed seconds}. */
    static double[] measure(Connection db, long tenant, int warmup, int seconds, AtomicBoolean measuring) throws Exception {
        Thread.sleep(warmup * 1000L);
        String rows = "select count(*) from device_punch where tenant_id = " + tenant;
        long before = count(db, rows);
        measuring.set(true);
        long started = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        long gained = count(db, rows) - before;
        return new double[]{gained, (System.nanoTime() - started) / 1e9};
    }

    static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String quantile(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        return String.format("%.1f ms", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6);
    }
}
