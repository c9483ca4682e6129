package cn.xiangzhi.cluster;

import cn.xiangzhi.testing.Browser;
import cn.xiangzhi.testing.Fixtures;
import cn.xiangzhi.testing.Http;
import cn.xiangzhi.testing.LedgerInvariants;
import cn.xiangzhi.testing.Metrics;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static cn.xiangzhi.testing.Fixtures.ADMIN_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production shape on one machine (issue 21): {@code cluster/cluster.sh} starts a 3-node Galera
 * cluster, two Payara Micro instances in one data grid and HAProxy; this test plays users and
 * operators against it, kills an instance and the database writer with SIGKILL, and looks at what
 * the users got and what the database holds. Run by {@code mvn verify -Pcluster} (CI: a step of its
 * own); it starts and stops the cluster itself, in {@code target/cluster}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final Path ROOT = Path.of(System.getProperty("user.dir"));
    static final Path SCRIPT = ROOT.resolve("cluster/cluster.sh");
    static final Path DIR = ROOT.resolve("target/cluster");
    static final String BALANCER = "http://127.0.0.1:18090";
    static final String[] INSTANCES = {"http://127.0.0.1:18091", "http://127.0.0.1:18092"};
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    /** {@code -Dcluster.reuse=true}: use a cluster that runs already (cluster/cluster.sh start) and leave it running. */
    static final boolean REUSE = Boolean.getBoolean("cluster.reuse");

    static Http api;
    static Fixtures.County county;
    static long village;

    @BeforeAll
    static void startTheCluster() throws Exception {
        if (!REUSE) {
            cluster("stop");
            deleteTree(DIR);
            cluster("start");
        }
        System.setProperty("it.jdbc.url", cluster("jdbc-url").strip() + "&useSSL=false&allowPublicKeyRetrieval=true");
        System.setProperty("it.db.user", "xiangzhi");
        System.setProperty("it.db.password", cluster("db-password").strip());
        api = Http.api(URI.create(BALANCER + "/"));
        county = Fixtures.countyWithVillages(api, "cluster", "东关村");
        village = county.villages()[0];
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (!REUSE) {
            cluster("stop");
        }
    }

    @Test
    @Order(1)
    void theMigrationsWereAppliedOnceOnGaleraAndEveryTableHasAPrimaryKey() throws Exception {
        long files;
        try (Stream<Path> migrations = Files.list(ROOT.resolve("src/main/resources/db/migration"))) {
            files = migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertEquals(files, Fixtures.count("select count(*) from flyway_schema_history where version is not null and success = 1"),
                "every migration applied, and successfully");
        assertEquals(0, Fixtures.count("select count(*) from (select version from flyway_schema_history where version is not null"
                + " group by version having count(*) > 1) x"), "no migration applied twice");
        assertEquals(0, Fixtures.count("select count(*) from information_schema.tables t where t.table_schema = database()"
                + " and t.table_type = 'BASE TABLE' and not exists (select 1 from information_schema.table_constraints c"
                + " where c.table_schema = t.table_schema and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')"),
                "tables without a primary key (Galera replicates rows by key)");
        String second = Files.readString(DIR.resolve("logs/app2.log"), StandardCharsets.UTF_8);
        assertTrue(second.contains("(0 migrations applied)"), "the second instance found the schema up to date");
    }

    @Test
    @Order(2)
    void aSignedInUserWhoseInstanceIsKilledStaysSignedInAndHisHalfFilledFormStillSaves() throws Exception {
        String code = county.code();
        user("dongguan", "东关村信息员", "VILLAGE_ADMIN");
        assertEquals(201, api.call("POST", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD,
                "{\"code\":\"DG-1\",\"villageId\":" + village + ",\"headName\":\"张一\"}").status());
        String tenantBase = BALANCER + "/t/" + code + "/";
        WebDriver browser = Browser.start();
        String instance = null;
        try {
            Browser.login(browser, tenantBase, "dongguan", "village-pass-1");
            WebDriverWait wait = Browser.waiting(browser, 30);
            browser.get(tenantBase + "households.xhtml");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".xz-edit-household"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-title"), "修改住户"));
            WebElement head = browser.findElement(By.id("households:head"));
            head.clear();
            head.sendKeys("张一一");
            browser.findElement(By.id("households:residentName")).sendKeys("李花");
            Browser.choose(browser, "households:residentGender", "F");
            browser.findElement(By.id("households:addResident")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:residentTable"), "李花"));

            Cookie served = browser.manage().getCookieNamed("XIANGZHI_INSTANCE");
            assertNotNull(served, "HAProxy names the instance that serves the session");
            instance = served.getValue();
            cluster("kill-app", instance.substring("app".length()));

            // the same page, the same half-filled form: saved by the other instance from the replicated session
            browser.findElement(By.id("households:add")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("households:table"), "张一一"));
            assertTrue(browser.findElement(By.id("current-user")).getText().contains("东关村信息员"), "still signed in");
            assertFalse(instance.equals(browser.manage().getCookieNamed("XIANGZHI_INSTANCE").getValue()), "served by the other instance");
            JsonObject household = api.call("GET", "/api/t/" + code + "/households", "admin", ADMIN_PASSWORD, null).array()
                    .getValuesAs(JsonObject.class).stream().filter(h -> h.getString("code").equals("DG-1")).findFirst().orElseThrow();
            assertEquals("张一一", household.getString("headName"));
            assertEquals(1, Fixtures.count("select count(*) from resident r join household h on h.id = r.household_id"
                    + " where h.code = 'DG-1' and r.name = '李花' and h.tenant_id = (select id from tenant where code = '" + code + "')"),
                    "the resident added before the instance died was saved with the household");
            browser.get(tenantBase + "index.xhtml");
            assertTrue(browser.getCurrentUrl().endsWith("/index.xhtml"), "a new page too, without signing in again");
        } finally {
            Browser.screenshot(browser, "cluster-after-instance-killed");
            browser.quit();
            if (instance != null) {
                cluster("start-app", instance.substring("app".length()));
            }
        }
    }

    @Test
    @Order(3)
    void aDisabledUserIsRefusedByEveryInstanceOnTheNextRequest() throws Exception {
        String code = county.code();
        long id = user("nanguan", "南关村信息员", "VILLAGE_ADMIN");
        String path = "/api/t/" + code + "/households";
        for (String instance : INSTANCES) {
            assertEquals(200, get(instance + path, "nanguan", "village-pass-1"), "signed in on " + instance);
        }
        // both instances now remember the sign-in for a few seconds (ADR 0011); the change goes through the first
        Http first = Http.api(URI.create(INSTANCES[0] + "/"));
        assertEquals(200, first.call("PUT", "/api/t/" + code + "/users/" + id, "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("displayName", "南关村信息员").add("role", "VILLAGE_ADMIN").add("scopePlaceId", village)
                        .add("enabled", false).build().toString()).status());
        assertEquals(401, get(INSTANCES[1] + path, "nanguan", "village-pass-1"), "refused by the other instance at once");
        assertEquals(401, get(INSTANCES[0] + path, "nanguan", "village-pass-1"), "and by the one that made the change");
    }

    @Test
    @Order(4)
    void noAcknowledgedRedemptionIsLostOrDoubledWhenAnInstanceAndThenTheDatabaseWriterAreKilled() throws Exception {
        Redemptions load = Redemptions.prepare(county.code(), village, 200);
        Redemptions.Outcome outcome;
        try {
            load.start(8);
            Thread.sleep(5_000);
            System.out.println("[cluster] instance 1 killed at second " + load.secondsSinceStart());
            cluster("kill-app", "1");
            Thread.sleep(10_000);
            assertEquals("3311", writerPort(), "the first node is the writer while it lives");
            System.out.println("[cluster] database node 1 (the writer) killed at second " + load.secondsSinceStart());
            cluster("kill-db", "1");
            Thread.sleep(10_000);
            outcome = load.stop();
            System.out.println("[cluster] redemptions: " + outcome);
            String writer = writerPort();
            assertFalse("3311".equals(writer), "another node is the writer once the first died: " + writer);
        } finally {
            load.stop();
            cluster("start-app", "1");
            cluster("start-db", "1");
        }

        assertTrue(outcome.acknowledged().size() > 100, "the load ran: " + outcome);
        assertEquals(0, outcome.unanswered(), "every redemption was acknowledged or refused in the end");
        Map<String, Long> stored = load.storedByKey();
        List<String> missing = outcome.acknowledged().keySet().stream().filter(k -> !stored.containsKey(k)).toList();
        List<String> doubled = stored.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        List<String> unacknowledged = stored.keySet().stream().filter(k -> !outcome.acknowledged().containsKey(k)).toList();
        assertEquals(List.of(), missing, "acknowledged redemptions missing from the ledger");
        assertEquals(List.of(), doubled, "redemptions stored twice");
        assertEquals(List.of(), unacknowledged, "redemptions stored but never acknowledged");
        LedgerInvariants.assertHold(county.code());
        assertEquals("3", cluster("sql", "2", "select variable_value from information_schema.global_status where variable_name = 'wsrep_cluster_size'").strip(),
                "the killed node joined again");
    }

    @Test
    @Order(5)
    void eachFiringOfTheExpiryJobRunsOnOneInstanceOnly() throws Exception {
        // the expiry job fires every five minutes on every instance; wait for a firing both instances saw
        Map<String, Set<String>> ran;
        Map<String, Set<String>> left;
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
        do {
            ran = firings("runs on this instance");
            left = firings("left to");
            Map<String, Set<String>> seen = new TreeMap<>();
            ran.forEach((slot, who) -> seen.computeIfAbsent(slot, s -> new java.util.TreeSet<>()).addAll(who));
            left.forEach((slot, who) -> seen.computeIfAbsent(slot, s -> new java.util.TreeSet<>()).addAll(who));
            if (seen.values().stream().anyMatch(who -> who.size() == 2)) {
                break;
            }
            Thread.sleep(5_000);
        } while (System.nanoTime() < until);
        Map<String, Set<String>> finalLeft = left;
        assertTrue(ran.keySet().stream().anyMatch(slot -> finalLeft.containsKey(slot)), "a firing seen by both instances: ran " + ran + ", left " + left);
        ran.forEach((slot, who) -> assertEquals(1, who.size(), "firing " + slot + " ran on " + who));
        assertEquals(Fixtures.count("select count(*) from scheduled_firing where job = 'ExpirySchedule.tick'"), ran.size(),
                "one claim in the database per firing run");
    }

    /** The operator's cluster page through the balancer: both instances, the writer, at desktop and phone widths. */
    @Test
    @Order(6)
    void theOperatorsClusterPageNamesBothInstancesAndTheWriterAndFitsAPhone() throws Exception {
        // the application at the context root, as in production: Payara's own /metrics is not there, each
        // instance's counters are, for operators (ADR 0027); the redemptions of the failover test were counted
        Http.Reply payaras = api.root().get("/metrics");
        assertTrue(payaras.status() == 404 || payaras.status() == 403, "no public /metrics: " + payaras.status());
        assertFalse(payaras.body().contains("# TYPE"), payaras.body());
        long counted = 0;
        for (String instance : INSTANCES) {
            counted += Metrics.value(Http.api(URI.create(instance + "/")), "xiangzhi_redemptions_total");
        }
        assertTrue(counted > 0, "the instances counted the redemptions they made");
        WebDriver browser = Browser.start();
        try {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            browser.get(BALANCER + "/login.xhtml");
            browser.findElement(By.id("username")).sendKeys(Fixtures.OPERATOR);
            browser.findElement(By.id("password")).sendKeys(Fixtures.OPERATOR_PASSWORD);
            browser.findElement(By.id("login-submit")).click();
            WebDriverWait wait = Browser.waiting(browser, 20);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            browser.get(BALANCER + "/platform/cluster.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("writer")));
            String instances = browser.findElement(By.id("instances")).getText();
            assertTrue(instances.contains("127.0.0.1:6941") && instances.contains("127.0.0.1:6942"), instances);
            // each instance has its own writer after the failover (the restarted one may have gone back to the first node)
            String named = browser.findElement(By.id("writer")).getText();
            assertTrue(named.matches(".*:331[123]"), "the page names a node of the cluster as the writer: " + named);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90); // the node killed earlier may still be joining
            while (!"3".equals(browser.findElement(By.id("cluster-size")).getText()) && System.nanoTime() < until) {
                Thread.sleep(2_000);
                browser.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cluster-size")));
            }
            assertEquals("3", browser.findElement(By.id("cluster-size")).getText(), "three Galera nodes");
            Browser.screenshot(browser, "cluster-console-1366");
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("writer")));
            assertTrue(Browser.number(browser, "return document.documentElement.scrollWidth")
                    <= Browser.number(browser, "return window.innerWidth") + 1, "fits a phone");
            Browser.screenshot(browser, "cluster-console-390");
        } finally {
            browser.quit();
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** The port of the database node the instances write to, as the operator's cluster status tells it. */
    static String writerPort() throws InterruptedException {
        Http.Reply status = api.call("GET", "/api/platform/cluster", Fixtures.OPERATOR, Fixtures.OPERATOR_PASSWORD, null);
        for (int attempt = 0; status.status() == 503 && attempt < 10; attempt++) { // the gate after a lost database (ADR 0003)
            Thread.sleep(1_000);
            status = api.call("GET", "/api/platform/cluster", Fixtures.OPERATOR, Fixtures.OPERATOR_PASSWORD, null);
        }
        assertEquals(200, status.status(), status.body());
        String writer = status.json().getJsonObject("database").getString("writer");
        return writer.substring(writer.lastIndexOf(':') + 1);
    }

    /** Per firing (due minute) of the expiry job: the instances whose log says {@code what}. */
    static Map<String, Set<String>> firings(String what) throws IOException {
        Pattern line = Pattern.compile("scheduled job ExpirySchedule\\.tick due (\\S+): " + Pattern.quote(what));
        Map<String, Set<String>> found = new TreeMap<>();
        for (String instance : List.of("app1", "app2")) {
            Path log = DIR.resolve("logs/" + instance + ".log");
            if (!Files.exists(log)) {
                continue;
            }
            Matcher m = line.matcher(Files.readString(log, StandardCharsets.UTF_8));
            while (m.find()) {
                found.computeIfAbsent(m.group(1), s -> ConcurrentHashMap.newKeySet()).add(instance);
            }
        }
        return found;
    }

    static long user(String username, String name, String role) {
        Http.Reply reply = api.call("POST", "/api/t/" + county.code() + "/users", "admin", ADMIN_PASSWORD,
                Json.createObjectBuilder().add("username", username).add("displayName", name).add("role", role)
                        .add("scopePlaceId", village).add("password", "village-pass-1").build().toString());
        assertEquals(201, reply.status(), reply.body());
        return Fixtures.created(reply);
    }

    static int get(String url, String user, String password) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(user, password)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Runs {@code cluster/cluster.sh} with {@code args}; its output goes to target/cluster-test.log, and what it prints last is returned. */
    static String cluster(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cluster", ".out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        builder.environment().put("XIANGZHI_OPERATOR_PASSWORD", Fixtures.OPERATOR_PASSWORD);
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cluster " + String.join(" ", args) + " did not finish");
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        Files.createDirectories(ROOT.resolve("target"));
        Files.writeString(ROOT.resolve("target/cluster-test.log"), "$ cluster " + String.join(" ", args) + "\n" + output,
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        if (process.exitValue() != 0) {
            throw new AssertionError("cluster " + String.join(" ", args) + " failed:\n" + output);
        }
        return output;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Clerks redeeming through the balancer, each redemption with its idempotency key, sent again
     * with the same key after a refusal to be retried (409 error.retry, 503) or a lost answer, until
     * it is acknowledged or refused for a reason of the counter's.
     */
    static final class Redemptions {
        record Outcome(Map<String, Long> acknowledged, int refused, int unanswered, int resent, double seconds, List<String> gaps) {
            @Override
            public String toString() {
                return acknowledged.size() + " acknowledged in " + String.format("%.0f", seconds) + " s, " + refused + " refused, "
                        + unanswered + " unanswered, " + resent + " sent again; times without an acknowledgement over 1 s: " + gaps;
            }
        }

        private final String code;
        private final long goods;
        private final int households;
        private final String run = UUID.randomUUID().toString().substring(0, 8);
        private final Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        private final ConcurrentLinkedQueue<Long> acknowledgedAt = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger unanswered = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger resent = new java.util.concurrent.atomic.AtomicInteger();
        private ExecutorService clerks;
        private long startedAt;

        private Redemptions(String code, long goods, int households) {
            this.code = code;
            this.goods = goods;
            this.households = households;
        }

        /** A shop serving the village, one goods of 1 point, a clerk, and {@code households} households with 10,000 redeemable points each. */
        static Redemptions prepare(String code, long village, int households) throws Exception {
            long tenant = Fixtures.count("select id from tenant where code = '" + code + "'");
            try (Connection c = Fixtures.connection(); var s = c.createStatement()) {
                s.executeUpdate("insert into household (tenant_id, version, code, village_id, head_name) select " + tenant
                        + ", 0, concat('C', lpad(seq, 5, '0')), " + village + ", concat('户', seq) from seq_1_to_" + households);
                String last = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));
                s.executeUpdate("insert into points_month (tenant_id, version, village_id, month, closed_at, closed_by, objection_until)"
                        + " values (" + tenant + ", 0, " + village + ", " + last + ", now(6), 'cluster', current_date - interval 1 day)");
                StringBuilder lines = new StringBuilder("insert into points_line (tenant_id, version, household_id, village_id, type, points,"
                        + " month, proposer, approver, created_at) values ");
                try (ResultSet ids = c.createStatement().executeQuery("select id from household where tenant_id = " + tenant + " and code like 'C%'")) {
                    boolean first = true;
                    while (ids.next()) {
                        lines.append(first ? "" : ", ").append("(").append(tenant).append(", 0, ").append(ids.getLong(1)).append(", ")
                                .append(village).append(", 'BONUS', 10000, ").append(last).append(", 'cluster', 'cluster', now(6))");
                        first = false;
                    }
                }
                s.executeUpdate(lines.toString());
            }
            long shop = Fixtures.created(api.call("POST", "/api/t/" + code + "/shops", "admin", ADMIN_PASSWORD,
                    "{\"code\":\"GF01\",\"name\":\"共富超市\",\"kind\":\"VILLAGE_SUPERMARKET\"}"));
            assertTrue(api.call("PUT", "/api/t/" + code + "/shops/" + shop + "/villages", "admin", ADMIN_PASSWORD, "[" + village + "]").ok());
            long goods = Fixtures.created(api.call("POST", "/api/t/" + code + "/shop-goods", "admin", ADMIN_PASSWORD,
                    "{\"shopId\":" + shop + ",\"code\":\"SOAP\",\"name\":\"肥皂\",\"pricePoints\":1}"));
            Http.Reply clerk = api.call("POST", "/api/t/" + code + "/users", "admin", ADMIN_PASSWORD,
                    "{\"username\":\"clerk\",\"displayName\":\"店员\",\"role\":\"SHOP_CLERK\",\"scopePlaceId\":" + village
                            + ",\"password\":\"clerk-pass-1\"}");
            assertEquals(201, clerk.status(), clerk.body());
            assertEquals(201, api.call("POST", "/api/t/" + code + "/shop-clerks", "admin", ADMIN_PASSWORD,
                    "{\"shopId\":" + shop + ",\"userId\":" + Fixtures.created(clerk) + "}").status());
            return new Redemptions(code, goods, households);
        }

        String secondsSinceStart() {
            return String.format("%.1f", (System.nanoTime() - startedAt) / 1e9);
        }

        void start(int clients) {
            startedAt = System.nanoTime();
            acknowledgedAt.add(startedAt);
            clerks = Executors.newFixedThreadPool(clients);
            for (int i = 0; i < clients; i++) {
                clerks.submit(this::redeemUntilStopped);
            }
        }

        private void redeemUntilStopped() {
            while (running.get()) {
                String key = "cluster-" + run + "-" + UUID.randomUUID();
                int household = 1 + ThreadLocalRandom.current().nextInt(households);
                String body = "{\"household\":\"C" + String.format("%05d", household) + "\",\"items\":[{\"goodsId\":" + goods
                        + ",\"quantity\":1}],\"idempotencyKey\":\"" + key + "\"}";
                long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                boolean answered = false;
                for (int attempt = 0; !answered && System.nanoTime() < giveUp; attempt++) {
                    if (attempt > 0) {
                        resent.incrementAndGet();
                        sleep(200);
                    }
                    try {
                        HttpResponse<String> reply = CLIENT.send(HttpRequest.newBuilder(URI.create(BALANCER + "/api/t/" + code + "/redemptions"))
                                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                                .header("Authorization", basic("clerk", "clerk-pass-1"))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        int status = reply.statusCode();
                        if (status == 200 || status == 201) {
                            acknowledged.put(key, Json.createReader(new java.io.StringReader(reply.body())).readObject().getJsonNumber("id").longValue());
                            acknowledgedAt.add(System.nanoTime());
                            answered = true;
                        } else if (status == 503 || status == 502 || (status == 409 && reply.body().contains("error.retry"))) {
                            continue; // nothing was written: the same request again
                        } else {
                            refused.incrementAndGet();
                            System.out.println("[cluster] refused " + status + " " + reply.body());
                            answered = true;
                        }
                    } catch (IOException lost) {
                        // no answer (the instance died under the request): it may or may not have been written; the same key again
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (!answered) {
                    unanswered.incrementAndGet();
                }
            }
        }

        Outcome stop() throws InterruptedException {
            if (clerks == null || clerks.isTerminated()) {
                return null;
            }
            running.set(false);
            clerks.shutdown();
            assertTrue(clerks.awaitTermination(90, TimeUnit.SECONDS), "the clerks finished their last redemptions");
            List<Long> times = new ArrayList<>(acknowledgedAt);
            times.add(System.nanoTime());
            times.sort(Long::compare);
            List<String> gaps = new ArrayList<>();
            for (int i = 1; i < times.size(); i++) {
                long gap = times.get(i) - times.get(i - 1);
                if (gap > 1_000_000_000L) {
                    gaps.add(String.format("%.1f s from second %.1f", gap / 1e9, (times.get(i - 1) - startedAt) / 1e9));
                }
            }
            return new Outcome(Map.copyOf(acknowledged), refused.get(), unanswered.get(), resent.get(),
                    (times.get(times.size() - 1) - startedAt) / 1e9, gaps);
        }

        /** Each idempotency key of this run in the database, with the number of redemptions stored under it. */
        Map<String, Long> storedByKey() throws Exception {
            Map<String, Long> stored = new TreeMap<>();
            try (Connection c = Fixtures.connection(); PreparedStatement q = c.prepareStatement(
                    "select idempotency_key, count(*) from shop_redemption where idempotency_key like ? group by idempotency_key")) {
                q.setString(1, "cluster-" + run + "-%");
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), rows.getLong(2));
                    }
                }
            }
            return stored;
        }

        private static void sleep(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
