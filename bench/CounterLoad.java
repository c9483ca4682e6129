import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counter benchmark's load: {@code clerks} threads, each signed in as its own clerk, redeem 1
 * point of soap for random households (one in five of them one of ten "hot" households, to contend)
 * for {@code seconds} after {@code warmup} seconds of the same load that are not counted (the
 * server's JIT compiles its hot paths during the first tens of seconds after a start); then the
 * same load as raw JDBC transactions (also after a warm-up) doing the same check and insert
 * (lock the household, sum its lines, insert a line) as a baseline. Prints redemptions per second
 * and p50/p99 latencies of both, then checks the invariants over the whole ledger. Between the two,
 * the same clerks read one goods row through REST: the rate any request through the stack reaches
 * on this machine, the ceiling a redemption (many statements, writes, a lock) stays below.
 * With the server's and the database's process ids it also prints the CPU time each process (and
 * the load generator itself) spent per answered request during the measured seconds.
 * Usage: java -cp <mysql driver> bench/CounterLoad.java base tenant goodsId households clerks seconds jdbcUrl tenantId warmup
 *        [serverPid databasePid]
 * The database account comes from XIANGZHI_DB_USER and XIANGZHI_DB_PASSWORD (bench/server.sh sets them
 * for the embedded database: xiangzhi and the password the launcher keeps in the data folder).
 */
public class CounterLoad {

    /** {@code cpu}: CPU seconds each process used during the measured seconds (server, database, load generator). */
    record Result(long ok, long refused, long errors, List<Long> nanos, double seconds, Map<String, Double> cpu) {
        double rate() {
            return ok / seconds;
        }

        /** CPU milliseconds per answered request (redemptions and refusals alike), by process. */
        String cpuPerRequest() {
            long answered = ok + refused;
            if (cpu.isEmpty() || answered == 0) {
                return "CPU per request: not measured (no process ids given)";
            }
            StringBuilder line = new StringBuilder("CPU per answered request:");
            double total = 0;
            for (Map.Entry<String, Double> process : cpu.entrySet()) {
                double ms = process.getValue() * 1000 / answered;
                total += ms;
                line.append(String.format(" %s %.2f ms,", process.getKey(), ms));
            }
            return line.append(String.format(" in all %.2f ms; cores busy %.2f of %d",
                    total, cpu.values().stream().mapToDouble(Double::doubleValue).sum() / seconds,
                    Runtime.getRuntime().availableProcessors())).toString();
        }

        String latency(double q) {
            if (nanos.isEmpty()) {
                return "-";
            }
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return String.format("%.1f ms", sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6);
        }
    }

    interface Attempt {
        int run(int household) throws Exception; // 1 ok, 0 refused
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String tenant = args[1];
        long goods = Long.parseLong(args[2]);
        int households = Integer.parseInt(args[3]);
        int clerks = Integer.parseInt(args[4]);
        int seconds = Integer.parseInt(args[5]);
        String jdbc = args[6];
        String dbUser = System.getenv().getOrDefault("XIANGZHI_DB_USER", "xiangzhi");
        String dbPassword = System.getenv().getOrDefault("XIANGZHI_DB_PASSWORD", "");
        long tenantId = Long.parseLong(args[7]);
        int warmup = args.length > 8 ? Integer.parseInt(args[8]) : 0;
        if (args.length > 10 && args[9].matches("\\d+") && args[10].matches("\\d+")) {
            processes.put("server", Long.parseLong(args[9]));
            processes.put("database", Long.parseLong(args[10]));
        }

        Result rest = load(clerks, warmup, seconds, households, clerk -> {
            HttpClient client = client();
            String auth = signIn(clerk);
            return household -> {
                String body = "{\"household\":\"C" + String.format("%05d", household) + "\",\"items\":[{\"goodsId\":" + goods
                        + ",\"quantity\":1}],\"idempotencyKey\":\"bench-" + UUID.randomUUID() + "\"}";
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + "/redemptions"))
                        .timeout(Duration.ofSeconds(60)).header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() == 201) {
                    return 1;
                }
                if (reply.statusCode() == 409 && reply.body().contains("insufficient")) {
                    return 0;
                }
                throw new IllegalStateException(reply.statusCode() + " " + reply.body());
            };
        });
        print("REST counter (" + clerks + " clerks)", rest);
        System.out.println("  " + rest.cpuPerRequest());

        // The stack's own ceiling on this machine: the same clerks reading one goods row (tenant,
        // sign-in, one query, JSON) — what any request through HTTP, Shiro, JAX-RS and JPA costs here.
        Result read = load(clerks, Math.min(warmup, 5), seconds, households, clerk -> {
            HttpClient client = client();
            String auth = signIn(clerk);
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + "/shop-goods/" + goods))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", auth).GET().build();
            return household -> {
                HttpResponse<String> reply = client.send(get, HttpResponse.BodyHandlers.ofString());
                if (reply.statusCode() != 200) {
                    throw new IllegalStateException(reply.statusCode() + " " + reply.body());
                }
                return 1;
            };
        });
        System.out.printf("REST read of one row (%d clerks, the stack's ceiling here): %d reads, %d errors in %.1f s: %.0f reads/s, p50 %s, p99 %s%n",
                clerks, read.ok(), read.errors(), read.seconds(), read.rate(), read.latency(0.50), read.latency(0.99));
        System.out.println("  " + read.cpuPerRequest());

        Result raw = load(clerks, warmup, seconds, households, clerk -> {
            Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword);
            c.setAutoCommit(false);
            PreparedStatement lock = c.prepareStatement("select id, village_id from household where tenant_id = ? and code = ? for update");
            PreparedStatement sum = c.prepareStatement("select coalesce(sum(points), 0) from points_line where household_id = ?");
            PreparedStatement insert = c.prepareStatement("insert into points_line (tenant_id, version, household_id, village_id, type,"
                    + " points, month, proposer, approver, reason, created_at) values (?, 0, ?, ?, 'REDEMPTION', -1, ?, 'raw', 'raw', 'raw', now(6))");
            int month = java.time.YearMonth.now().getYear() * 100 + java.time.YearMonth.now().getMonthValue();
            return household -> {
                lock.setLong(1, tenantId);
                lock.setString(2, "C" + String.format("%05d", household));
                long id;
                long village;
                try (ResultSet r = lock.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                    village = r.getLong(2);
                }
                sum.setLong(1, id);
                long balance;
                try (ResultSet r = sum.executeQuery()) {
                    r.next();
                    balance = r.getLong(1);
                }
                if (balance < 1) {
                    c.rollback();
                    return 0;
                }
                insert.setLong(1, tenantId);
                insert.setLong(2, id);
                insert.setLong(3, village);
                insert.setInt(4, month);
                insert.executeUpdate();
                c.commit();
                return 1;
            };
        });
        print("raw JDBC baseline (" + clerks + " connections)", raw);
        System.out.println("  " + raw.cpuPerRequest());
        System.out.printf("REST / raw JDBC rate: %.2f; one-row read / raw JDBC rate: %.2f; REST redemption / one-row read rate: %.2f%n",
                rest.rate() / raw.rate(), read.rate() / raw.rate(), rest.rate() / read.rate());

        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            long negative = count(c, "select count(*) from (select household_id from points_line where tenant_id = " + tenantId
                    + " group by household_id having sum(points) < 0) x");
            long mismatched = count(c, "select count(*) from shop_redemption r left join points_line l on l.id = r.line_id"
                    + " where r.tenant_id = " + tenantId + " and (l.id is null or l.points <> -r.points or l.household_id <> r.household_id)");
            long orphans = count(c, "select count(*) from points_line l where l.tenant_id = " + tenantId + " and l.type = 'REDEMPTION'"
                    + " and l.proposer <> 'raw' and not exists (select 1 from shop_redemption r where r.line_id = l.id)");
            System.out.printf("invariants: households below zero %d, redemptions without their line %d, spending lines without a redemption %d%n",
                    negative, mismatched, orphans);
            if (negative + mismatched + orphans > 0) {
                System.exit(1);
            }
        }
    }

    interface Clerk {
        Attempt open(int clerk) throws Exception;
    }

    /** Each clerk's own HTTP client (its own connection, like a counter of its own). */
    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The Basic sign-in header of clerk {@code n}, as bench/counter.sh created them. */
    static String signIn(int clerk) {
        return "Basic " + Base64.getEncoder().encodeToString(("clerk" + clerk + ":bench-clerk-1").getBytes(StandardCharsets.UTF_8));
    }

    /** The server's and the database's process ids, when given: their CPU time is read from /proc. */
    static final Map<String, Long> processes = new LinkedHashMap<>();

    /** CPU seconds used so far by the server, the database and this load generator. */
    static Map<String, Double> cpuNow() throws Exception {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (processes.isEmpty()) {
            return seconds;
        }
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            String stat = Files.readString(Path.of("/proc/" + process.getValue() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state is field 3, utime 14 and stime 15 (clock ticks of 1/100 s)
            seconds.put(process.getKey(), (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0);
        }
        seconds.put("load generator",
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
        return seconds;
    }

    /** Runs the load for {@code warmup + seconds}; counts what starts after the warm-up. */
    static Result load(int clerks, int warmup, int seconds, int households, Clerk clerk) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 1; i <= clerks; i++) {
            attempts.add(clerk.open(i));
        }
        long measured = System.nanoTime() + Duration.ofSeconds(warmup).toNanos();
        long end = measured + Duration.ofSeconds(seconds).toNanos();
        for (Attempt attempt : attempts) {
            Thread t = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    int household = random.nextInt(5) == 0 ? 1 + random.nextInt(10) : 1 + random.nextInt(households);
                    long t0 = System.nanoTime();
                    boolean counted = t0 >= measured;
                    try {
                        int outcome = attempt.run(household);
                        if (counted) {
                            (outcome == 1 ? ok : refused).incrementAndGet();
                            nanos.add(System.nanoTime() - t0);
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println("error: " + e.getMessage());
                        }
                    }
                }
            });
            threads.add(t);
            t.start();
        }
        long untilMeasured = measured - System.nanoTime();
        if (untilMeasured > 0) {
            Thread.sleep(untilMeasured / 1_000_000);
        }
        Map<String, Double> before = cpuNow();
        for (Thread t : threads) {
            t.join();
        }
        Map<String, Double> cpu = new LinkedHashMap<>();
        cpuNow().forEach((process, after) -> cpu.put(process, after - before.get(process)));
        return new Result(ok.get(), refused.get(), errors.get(), nanos, (System.nanoTime() - measured) / 1e9, cpu);
    }

    static void print(String name, Result r) {
        System.out.printf("%s: %d redeemed, %d refused (no points left), %d errors in %.1f s: %.0f redemptions/s, p50 %s, p99 %s%n",
                name, r.ok(), r.refused(), r.errors(), r.seconds(), r.rate(), r.latency(0.50), r.latency(0.99));
    }

    static long count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
