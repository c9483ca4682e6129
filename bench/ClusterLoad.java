import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counter's redemptions against one base URL (a single instance, or HAProxy in front of a
 * cluster), for {@code bench/cluster.sh}: sets up a county with one village, HOUSEHOLDS households of
 * 100,000 redeemable points, a shop, a goods of 1 point and CLERKS clerks; then the clerks redeem for
 * SECONDS, each redemption with its idempotency key, sent again with the same key after 503, 502,
 * 409 error.retry or a lost answer until acknowledged (at most 60 s). With EVENTS ("10:command;25:command")
 * it runs each command (e.g. cluster/cluster.sh kill-app 1) at that second of the load. Prints the
 * acknowledged redemptions per second, latency, times without an acknowledgement over one second,
 * and, counted in the database afterwards, acknowledged redemptions missing or stored twice,
 * redemptions stored but never acknowledged, and the ledger invariants.
 *
 * <p>Arguments: label base jdbcUrl dbUser dbPassword operatorPassword tenantCode households clerks seconds [events]
 */
public class ClusterLoad {

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String label = args[0], base = args[1], jdbc = args[2], dbUser = args[3], dbPassword = args[4], operator = args[5], code = args[6];
        int households = Integer.parseInt(args[7]), clerks = Integer.parseInt(args[8]), seconds = Integer.parseInt(args[9]);
        String events = args.length > 10 ? args[10] : "";

        long goods = setUp(base, jdbc, dbUser, dbPassword, operator, code, households, clerks);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>(); // {at, latency} in ns
        AtomicInteger refused = new AtomicInteger(), unanswered = new AtomicInteger(), resent = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        long start = System.nanoTime();
        for (int c = 1; c <= clerks; c++) {
            String auth = "Basic " + Base64.getEncoder().encodeToString(("clerk" + c + ":bench-clerk-1").getBytes(StandardCharsets.UTF_8));
            pool.submit(() -> {
                while (running.get()) {
                    String key = "cl-" + run + "-" + UUID.randomUUID();
                    String body = "{\"household\":\"C" + String.format("%05d", 1 + ThreadLocalRandom.current().nextInt(households))
                            + "\",\"items\":[{\"goodsId\":" + goods + ",\"quantity\":1}],\"idempotencyKey\":\"" + key + "\"}";
                    long sent = System.nanoTime(), giveUp = sent + TimeUnit.SECONDS.toNanos(60);
                    boolean answered = false;
                    for (int attempt = 0; !answered && System.nanoTime() < giveUp; attempt++) {
                        if (attempt > 0) {
                            resent.incrementAndGet();
                            sleep(100);
                        }
                        try {
                            HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/t/" + code + "/redemptions"))
                                    .timeout(Duration.ofSeconds(20)).header("Authorization", auth).header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                            int status = reply.statusCode();
                            if (status == 200 || status == 201) {
                                Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(reply.body());
                                acknowledged.put(key, id.find() ? Long.parseLong(id.group(1)) : -1);
                                long now = System.nanoTime();
                                answers.add(new long[] {now, now - sent});
                                answered = true;
                            } else if (!(status == 503 || status == 502 || status == 409 && reply.body().contains("error.retry"))) {
                                refused.incrementAndGet();
                                System.out.println("  refused: " + status + " " + reply.body());
                                answered = true;
                            }
                        } catch (IOException lost) {
                            // no answer: sent again with the same key
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    if (!answered) {
                        unanswered.incrementAndGet();
                    }
                }
            });
        }
        List<Thread> commands = new ArrayList<>();
        for (String event : events.isBlank() ? new String[0] : events.split(";")) {
            int at = event.indexOf(':');
            long second = Long.parseLong(event.substring(0, at).strip());
            String command = event.substring(at + 1).strip();
            Thread t = new Thread(() -> {
                sleep(second * 1000);
                System.out.printf("  at second %.1f: %s%n", (System.nanoTime() - start) / 1e9, command);
                try {
                    new ProcessBuilder("bash", "-c", command).inheritIO().start().waitFor();
                } catch (Exception e) {
                    System.out.println("  " + command + " failed: " + e);
                }
            });
            t.start();
            commands.add(t);
        }
        sleep(seconds * 1000L);
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(90, TimeUnit.SECONDS);
        for (Thread t : commands) {
            t.join();
        }
        double took = (System.nanoTime() - start) / 1e9;

        List<long[]> all = new ArrayList<>(answers);
        all.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Long> latencies = new ArrayList<>(all.stream().map(a -> a[1]).toList());
        Collections.sort(latencies);
        List<String> gaps = new ArrayList<>();
        long previous = start;
        for (long[] a : all) {
            if (a[0] - previous > 1_000_000_000L) {
                gaps.add(String.format("%.1f s from second %.1f", (a[0] - previous) / 1e9, (previous - start) / 1e9));
            }
            previous = a[0];
        }
        System.out.printf("%s: %d clerks, %.0f s: %d redemptions acknowledged, %.0f/s, p50 %.0f ms, p99 %.0f ms; %d refused, %d unanswered,"
                        + " %d sent again%n", label, clerks, took, acknowledged.size(), acknowledged.size() / took,
                percentile(latencies, 0.50), percentile(latencies, 0.99), refused.get(), unanswered.get(), resent.get());
        System.out.println("  times without an acknowledgement over 1 s: " + (gaps.isEmpty() ? "none" : String.join(", ", gaps)));

        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword); Statement s = c.createStatement()) {
            Map<String, Long> stored = new ConcurrentHashMap<>();
            try (PreparedStatement q = c.prepareStatement(
                    "select idempotency_key, count(*) from shop_redemption where idempotency_key like ? group by idempotency_key")) {
                q.setString(1, "cl-" + run + "-%");
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            long missing = acknowledged.keySet().stream().filter(k -> !stored.containsKey(k)).count();
            long doubled = stored.values().stream().filter(n -> n > 1).count();
            long unacknowledged = stored.keySet().stream().filter(k -> !acknowledged.containsKey(k)).count();
            long tenant = count(s, "select id from tenant where code = '" + code + "'");
            long negative = count(s, "select count(*) from (select household_id from points_line where tenant_id = " + tenant
                    + " group by household_id having sum(points) < 0) x");
            long withoutLine = count(s, "select count(*) from shop_redemption r left join points_line l on l.id = r.line_id where r.tenant_id = "
                    + tenant + " and (l.id is null or l.points <> -r.points)");
            long lineWithout = count(s, "select count(*) from points_line l where l.tenant_id = " + tenant + " and l.type = 'REDEMPTION'"
                    + " and not exists (select 1 from shop_redemption r where r.line_id = l.id)");
            System.out.printf("  checked in the database: %d acknowledged missing, %d stored twice, %d stored but never acknowledged;"
                    + " %d households below zero, %d redemptions without their ledger line, %d spending lines without a redemption%n",
                    missing, doubled, unacknowledged, negative, withoutLine, lineWithout);
        }
    }

    /** The county, its village, households with points, a shop with one goods and the clerks; returns the goods' id. */
    static long setUp(String base, String jdbc, String dbUser, String dbPassword, String operator, String code, int households, int clerks)
            throws Exception {
        String op = basic("operator", operator), admin = basic("admin", "bench-admin-1");
        post(base + "/api/platform/tenants", op, "{\"code\":\"" + code + "\",\"name\":\"兑换县\",\"kind\":\"COUNTY\",\"divisionCode\":\"370124\","
                + "\"adminUsername\":\"admin\",\"adminName\":\"管理员\",\"adminPassword\":\"bench-admin-1\"}");
        long root = id(get(base + "/api/t/" + code + "/places", admin));
        long town = id(post(base + "/api/t/" + code + "/places", admin, "{\"parentId\":" + root
                + ",\"level\":\"TOWNSHIP\",\"name\":\"孔村镇\",\"divisionCode\":\"370124102000\"}"));
        long village = id(post(base + "/api/t/" + code + "/places", admin, "{\"parentId\":" + town
                + ",\"level\":\"VILLAGE\",\"name\":\"兑换村\",\"divisionCode\":\"370124102201\"}"));
        try (Connection c = DriverManager.getConnection(jdbc, dbUser, dbPassword); Statement s = c.createStatement()) {
            long tenant = count(s, "select id from tenant where code = '" + code + "'");
            s.executeUpdate("insert into household (tenant_id, version, code, village_id, head_name) select " + tenant
                    + ", 0, concat('C', lpad(seq, 5, '0')), " + village + ", concat('户', seq) from seq_1_to_" + households);
            String last = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1).format(DateTimeFormatter.ofPattern("yyyyMM"));
            s.executeUpdate("insert into points_month (tenant_id, version, village_id, month, closed_at, closed_by, objection_until) values ("
                    + tenant + ", 0, " + village + ", " + last + ", now(6), 'bench', current_date - interval 1 day)");
            StringBuilder lines = new StringBuilder("insert into points_line (tenant_id, version, household_id, village_id, type, points, month,"
                    + " proposer, approver, created_at) values ");
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = c.createStatement().executeQuery("select id from household where tenant_id = " + tenant)) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            for (int i = 0; i < ids.size(); i++) {
                lines.append(i == 0 ? "" : ", ").append('(').append(tenant).append(", 0, ").append(ids.get(i)).append(", ").append(village)
                        .append(", 'BONUS', 100000, ").append(last).append(", 'bench', 'bench', now(6))");
            }
            s.executeUpdate(lines.toString());
        }
        long shop = id(post(base + "/api/t/" + code + "/shops", admin, "{\"code\":\"GF01\",\"name\":\"共富超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}"));
        send("PUT", base + "/api/t/" + code + "/shops/" + shop + "/villages", admin, "[" + village + "]");
        long goods = id(post(base + "/api/t/" + code + "/shop-goods", admin, "{\"shopId\":" + shop
                + ",\"code\":\"SOAP\",\"name\":\"肥皂\",\"pricePoints\":1}"));
        for (int c = 1; c <= clerks; c++) {
            long user = id(post(base + "/api/t/" + code + "/users", admin, "{\"username\":\"clerk" + c + "\",\"displayName\":\"店员" + c
                    + "\",\"role\":\"SHOP_CLERK\",\"scopePlaceId\":" + village + ",\"password\":\"bench-clerk-1\"}"));
            post(base + "/api/t/" + code + "/shop-clerks", admin, "{\"shopId\":" + shop + ",\"userId\":" + user + "}");
        }
        return goods;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String get(String url, String auth) throws Exception {
        return send("GET", url, auth, null);
    }

    static String post(String url, String auth, String json) throws Exception {
        return send("POST", url, auth, json);
    }

    static String send(String method, String url, String auth, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", auth);
        request = json == null ? request.GET() : request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> reply = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + ": " + reply.statusCode() + " " + reply.body());
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

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
