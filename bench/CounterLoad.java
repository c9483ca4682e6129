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
 * same load as raw JDBC transactions (also after a warm-up) doing the same database work as a
 * baseline: the reads the counter makes (the household's lock, the idempotency key, the clerk's
 * shop, the shop's villages, the goods, the wallet's lock, the restrictions, the household's lines,
 * open objections and released months) and the rows it writes (the ledger line, the redemption, its
 * item and an audit entry for each of the three). After each phase it prints what that phase wrote
 * per redemption, counted in the database, so the two can be compared. Prints redemptions per second
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
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            System.out.println("  " + writes(c, tenantId, "REST", "<> 'raw'",
                    count(c, "select count(*) from shop_redemption where tenant_id = " + tenantId)));
        }

        // Statements per redemption and per read, counted by the database (its Com_select, Com_insert,
        // Com_update and Com_delete, and Questions: every statement a client sent, commits included)
        // while one clerk alone redeems, then reads, STATEMENT_SAMPLE times in a row.
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            HttpClient client = client();
            String auth = signIn(1); // the clerks are clerk1 … clerkN
            int sample = Integer.parseInt(System.getenv().getOrDefault("STATEMENT_SAMPLE", "200"));
            long[] before = statements(c);
            int redeemed = 0;
            for (int i = 0; i < sample; i++) {
                String body = "{\"household\":\"C" + String.format("%05d", households - 1 - (i % 100)) + "\",\"items\":[{\"goodsId\":" + goods
                        + ",\"quantity\":1}],\"idempotencyKey\":\"stmt-" + UUID.randomUUID() + "\"}";
                HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + "/redemptions"))
                        .header("Authorization", auth).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                redeemed += reply.statusCode() == 201 ? 1 : 0;
            }
            long[] afterRedeeming = statements(c);
            HttpRequest get = HttpRequest.newBuilder(URI.create(base + "/api/t/" + tenant + "/shop-goods/" + goods))
                    .header("Authorization", auth).GET().build();
            int read = 0;
            for (int i = 0; i < sample; i++) {
                read += client.send(get, HttpResponse.BodyHandlers.ofString()).statusCode() == 200 ? 1 : 0;
            }
            if (redeemed < sample / 2 || read < sample) {
                throw new IllegalStateException("statement sample refused: " + redeemed + " redeemed, " + read + " read of " + sample);
            }
            long[] afterReading = statements(c);
            System.out.printf("Statements per redemption (one clerk, %d of %d redeemed): %s%n", redeemed, sample,
                    perRequest(before, afterRedeeming, Math.max(1, redeemed)));
            System.out.printf("Statements per one-row read (%d reads): %s%n", sample, perRequest(afterRedeeming, afterReading, sample));
        }

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

        // The same work as raw JDBC, one transaction per redemption, statement for statement what the
        // counter does for one household and 1 soap (Counter.redeem, PointsWallet.spend, AuditListener):
        // the household's row lock first, the idempotency key, the clerk's shop, that the shop serves
        // the household's village, the goods, the wallet's lock, the restrictions in force, the balance
        // from the household's lines, its open objections and the released months; then the ledger
        // line, the redemption, its item and one audit entry for each of the three. Not done here: HTTP,
        // the sign-in, the tenant's resolution, JSON, JPA and the transaction manager.
        Result raw = load(clerks, warmup, seconds, households, clerk -> {
            Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword);
            c.setAutoCommit(false);
            PreparedStatement lock = c.prepareStatement("select id, village_id from household where tenant_id = ? and code = ? for update");
            PreparedStatement key = c.prepareStatement("select id from shop_redemption where tenant_id = ? and idempotency_key = ?");
            PreparedStatement clerksShop = c.prepareStatement("select c.shop_id from shop_clerk c join user_account u on u.id = c.user_account_id"
                    + " where c.tenant_id = ? and u.tenant_id = ? and u.username = ?");
            PreparedStatement served = c.prepareStatement("select 1 from shop_village where tenant_id = ? and shop_id = ? and village_id = ?");
            PreparedStatement goodsRow = c.prepareStatement("select shop_id, code, price_points, stock, offered_from, offered_until, active"
                    + " from shop_goods where tenant_id = ? and id = ?");
            PreparedStatement walletLock = c.prepareStatement("select id from household where tenant_id = ? and id = ? for update");
            PreparedStatement restrictions = c.prepareStatement("select kind from household_restriction where tenant_id = ? and household_id = ?"
                    + " and from_date <= current_date and (until_date is null or until_date >= current_date) and lifted_at is null");
            PreparedStatement lines = c.prepareStatement("select id, type, points, village_id, month, reverses_id from points_line"
                    + " where tenant_id = ? and household_id = ?");
            PreparedStatement frozen = c.prepareStatement("select o.line_id from points_objection o join points_line l on l.id = o.line_id"
                    + " where o.tenant_id = ? and l.household_id = ? and o.status = 'OPEN'");
            PreparedStatement released = c.prepareStatement("select village_id, month from points_month where tenant_id = ? and village_id = ?"
                    + " and objection_until < current_date");
            PreparedStatement line = c.prepareStatement("insert into points_line (tenant_id, version, household_id, village_id, type,"
                    + " points, month, proposer, approver, reason, created_at) values (?, 0, ?, ?, 'REDEMPTION', ?, ?, 'raw', 'raw', ?, utc_timestamp(6))",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            PreparedStatement redemption = c.prepareStatement("insert into shop_redemption (tenant_id, version, shop_id, household_id, kind,"
                    + " points, line_id, idempotency_key, clerk, created_at) values (?, 0, ?, ?, 'REDEMPTION', ?, ?, ?, 'raw', utc_timestamp(6))",
                    java.sql.Statement.RETURN_GENERATED_KEYS);
            PreparedStatement item = c.prepareStatement("insert into shop_redemption_item (tenant_id, version, redemption_id, goods_id, quantity,"
                    + " price_points) values (?, 0, ?, ?, 1, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
            PreparedStatement audit = c.prepareStatement("insert into audit_entry (tenant_id, occurred_at, actor, action, entity_type, entity_id,"
                    + " changes) values (?, utc_timestamp(6), 'raw', 'CREATE', ?, ?, ?)");
            int month = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).getYear() * 100
                    + java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).getMonthValue();
            String clerkName = "clerk" + clerk;
            return household -> {
                String code = "C" + String.format("%05d", household);
                String idempotencyKey = "raw-" + UUID.randomUUID();
                lock.setLong(1, tenantId);
                lock.setString(2, code);
                long id;
                long village;
                try (ResultSet r = lock.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                    village = r.getLong(2);
                }
                key.setLong(1, tenantId);
                key.setString(2, idempotencyKey);
                exists(key);
                clerksShop.setLong(1, tenantId);
                clerksShop.setLong(2, tenantId);
                clerksShop.setString(3, clerkName);
                long shop;
                try (ResultSet r = clerksShop.executeQuery()) {
                    r.next();
                    shop = r.getLong(1);
                }
                served.setLong(1, tenantId);
                served.setLong(2, shop);
                served.setLong(3, village);
                if (!exists(served)) {
                    throw new IllegalStateException("shop " + shop + " does not serve village " + village);
                }
                goodsRow.setLong(1, tenantId);
                goodsRow.setLong(2, goods);
                int price;
                try (ResultSet r = goodsRow.executeQuery()) {
                    r.next();
                    price = r.getInt(3);
                }
                walletLock.setLong(1, tenantId);
                walletLock.setLong(2, id);
                exists(walletLock);
                restrictions.setLong(1, tenantId);
                restrictions.setLong(2, id);
                boolean noRedeem = false;
                try (ResultSet r = restrictions.executeQuery()) {
                    while (r.next()) {
                        noRedeem |= "NO_REDEEM".equals(r.getString(1));
                    }
                }
                // the balance as PointsMonths.ledgerOf counts it for this data: spending at once, a credit once its month is released
                lines.setLong(1, tenantId);
                lines.setLong(2, id);
                List<long[]> ledger = new ArrayList<>();
                java.util.Set<Long> villages = new java.util.HashSet<>();
                try (ResultSet r = lines.executeQuery()) {
                    while (r.next()) {
                        ledger.add(new long[]{r.getLong(1), r.getInt(3), r.getLong(4), r.getInt(5)});
                        villages.add(r.getLong(4));
                    }
                }
                frozen.setLong(1, tenantId);
                frozen.setLong(2, id);
                java.util.Set<Long> frozenLines = new java.util.HashSet<>();
                try (ResultSet r = frozen.executeQuery()) {
                    while (r.next()) {
                        frozenLines.add(r.getLong(1));
                    }
                }
                java.util.Set<String> releasedMonths = new java.util.HashSet<>();
                for (long v : villages) {
                    released.setLong(1, tenantId);
                    released.setLong(2, v);
                    try (ResultSet r = released.executeQuery()) {
                        while (r.next()) {
                            releasedMonths.add(r.getLong(1) + "/" + r.getInt(2));
                        }
                    }
                }
                long balance = 0;
                for (long[] l : ledger) {
                    if (!frozenLines.contains(l[0]) && (l[1] < 0 || releasedMonths.contains(l[2] + "/" + l[3]))) {
                        balance += l[1];
                    }
                }
                if (noRedeem || balance < price) {
                    c.rollback();
                    return 0;
                }
                line.setLong(1, tenantId);
                line.setLong(2, id);
                line.setLong(3, village);
                line.setInt(4, -price);
                line.setInt(5, month);
                line.setString(6, "兑换 GF01 " + idempotencyKey);
                long lineId = inserted(line);
                auditCreate(audit, tenantId, "LedgerLine", lineId, "{\"householdId\":{\"old\":null,\"new\":" + id + "},\"type\":{\"old\":null,"
                        + "\"new\":\"REDEMPTION\"},\"points\":{\"old\":null,\"new\":" + -price + "},\"month\":{\"old\":null,\"new\":" + month
                        + "},\"proposer\":{\"old\":null,\"new\":\"raw\"},\"approver\":{\"old\":null,\"new\":\"raw\"},\"reason\":{\"old\":null,"
                        + "\"new\":\"兑换 GF01 " + idempotencyKey + "\"}}");
                redemption.setLong(1, tenantId);
                redemption.setLong(2, shop);
                redemption.setLong(3, id);
                redemption.setInt(4, price);
                redemption.setLong(5, lineId);
                redemption.setString(6, idempotencyKey);
                long redemptionId = inserted(redemption);
                item.setLong(1, tenantId);
                item.setLong(2, redemptionId);
                item.setLong(3, goods);
                item.setInt(4, price);
                long itemId = inserted(item);
                auditCreate(audit, tenantId, "Redemption", redemptionId, "{\"shopId\":{\"old\":null,\"new\":" + shop + "},\"householdId\":"
                        + "{\"old\":null,\"new\":" + id + "},\"kind\":{\"old\":null,\"new\":\"REDEMPTION\"},\"points\":{\"old\":null,\"new\":"
                        + price + "},\"lineId\":{\"old\":null,\"new\":" + lineId + "},\"key\":{\"old\":null,\"new\":\"" + idempotencyKey + "\"}}");
                auditCreate(audit, tenantId, "RedemptionItem", itemId, "{\"goodsId\":{\"old\":null,\"new\":" + goods + "},\"quantity\":"
                        + "{\"old\":null,\"new\":1},\"pricePoints\":{\"old\":null,\"new\":" + price + "}}");
                c.commit();
                return 1;
            };
        });
        print("raw JDBC baseline (" + clerks + " connections)", raw);
        System.out.println("  " + raw.cpuPerRequest());
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            System.out.println("  " + writes(c, tenantId, "raw JDBC", "= 'raw'",
                    count(c, "select count(*) from shop_redemption where tenant_id = " + tenantId + " and clerk = 'raw'")));
        }
        System.out.printf("REST / raw JDBC rate: %.2f; one-row read / raw JDBC rate: %.2f; REST redemption / one-row read rate: %.2f%n",
                rest.rate() / raw.rate(), read.rate() / raw.rate(), rest.rate() / read.rate());

        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            long negative = count(c, "select count(*) from (select household_id from points_line where tenant_id = " + tenantId
                    + " group by household_id having sum(points) < 0) x");
            long mismatched = count(c, "select count(*) from shop_redemption r left join points_line l on l.id = r.line_id"
                    + " where r.tenant_id = " + tenantId + " and (l.id is null or l.points <> -r.points or l.household_id <> r.household_id)");
            long orphans = count(c, "select count(*) from points_line l where l.tenant_id = " + tenantId + " and l.type = 'REDEMPTION'"
                    + " and not exists (select 1 from shop_redemption r where r.line_id = l.id)");
            long itemless = count(c, "select count(*) from shop_redemption r where r.tenant_id = " + tenantId
                    + " and not exists (select 1 from shop_redemption_item i where i.redemption_id = r.id)");
            System.out.printf("invariants: households below zero %d, redemptions without their line %d, spending lines without a redemption %d,"
                    + " redemptions without their item %d%n", negative, mismatched, orphans, itemless);
            if (negative + mismatched + orphans + itemless > 0) {
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

    /** The database's statement counters: select, insert, update, delete, and every statement sent (Questions). */
    static long[] statements(Connection c) throws Exception {
        long[] counts = new long[5];
        List<String> names = List.of("Com_select", "Com_insert", "Com_update", "Com_delete", "Questions");
        try (var rows = c.createStatement().executeQuery("show global status where Variable_name in"
                + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete', 'Questions')")) {
            while (rows.next()) {
                counts[names.indexOf(rows.getString(1))] = rows.getLong(2);
            }
        }
        return counts;
    }

    /** The counters' growth per request: "8.0 (6.0 select, 2.0 insert, 0.0 update, 0.0 delete); 12.0 sent in all". */
    static String perRequest(long[] from, long[] to, int requests) {
        double[] d = new double[5];
        for (int i = 0; i < 5; i++) {
            d[i] = (to[i] - from[i]) / (double) requests;
        }
        return String.format("%.1f (%.1f select, %.1f insert, %.1f update, %.1f delete); %.1f sent in all, commits and our own SHOW included",
                d[0] + d[1] + d[2] + d[3], d[0], d[1], d[2], d[3], d[4]);
    }

    /**
     * What one phase wrote per redemption, counted in the database: ledger lines, redemptions, their
     * items, and audit entries by entity type (the REST phase's are the application's, actor not 'raw').
     */
    static String writes(Connection c, long tenantId, String phase, String actor, long redemptions) throws Exception {
        if (redemptions == 0) {
            return phase + " wrote no redemption";
        }
        long redemptionRows = count(c, "select count(*) from shop_redemption where tenant_id = " + tenantId + " and clerk " + actor);
        long lines = count(c, "select count(*) from points_line where tenant_id = " + tenantId + " and type = 'REDEMPTION' and proposer " + actor);
        long items = count(c, "select count(*) from shop_redemption_item i join shop_redemption r on r.id = i.redemption_id"
                + " where r.tenant_id = " + tenantId + " and r.clerk " + actor);
        StringBuilder audit = new StringBuilder();
        try (var s = c.createStatement(); ResultSet r = s.executeQuery("select entity_type, count(*) from audit_entry where tenant_id = "
                + tenantId + " and entity_type in ('LedgerLine', 'Redemption', 'RedemptionItem') and actor " + actor
                + " group by entity_type order by entity_type")) {
            while (r.next()) {
                audit.append(String.format(" %s %.2f", r.getString(1), r.getLong(2) / (double) redemptionRows));
            }
        }
        return String.format("%s wrote per redemption: ledger lines %.2f, redemptions %.2f, items %.2f; audit entries:%s",
                phase, lines / (double) redemptionRows, redemptionRows / (double) redemptions, items / (double) redemptionRows, audit);
    }

    static boolean exists(PreparedStatement query) throws Exception {
        try (ResultSet r = query.executeQuery()) {
            return r.next();
        }
    }

    static long inserted(PreparedStatement insert) throws Exception {
        insert.executeUpdate();
        try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    static void auditCreate(PreparedStatement audit, long tenantId, String type, long id, String changes) throws Exception {
        audit.setLong(1, tenantId);
        audit.setString(2, type);
        audit.setString(3, Long.toString(id));
        audit.setString(4, changes);
        audit.executeUpdate();
    }

    static long count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
