package cn.xiangzhi.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database stops or dies under the application, as `mvn -Prun` runs it (issue 24, point 11):
 * requests fail within the data source's timeouts with "service temporarily unavailable" (503,
 * the JSON error for REST, a page for people) instead of hanging; readiness says DOWN and liveness
 * UP meanwhile; when the database answers again — resumed, or restarted by the launcher after a
 * kill — the application serves again by itself, with its data. Starts its own launcher (Payara and
 * an embedded MariaDB under target/), so the shared test server is not disturbed.
 */
class DatabaseOutageIT {

    private static final String OPERATOR_PASSWORD = "outage-operator-1";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static Process launcher;
    private static String base;
    private static Path log;

    @BeforeAll
    static void startTheLauncher() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path data = Path.of("target", "outage-data").toAbsolutePath();
        deleteTree(data);
        Files.createDirectories(data);
        log = data.resolve("launcher.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("XIANGZHI_HTTP_PORT", Integer.toString(port));
        builder.environment().put("XIANGZHI_DATA_DIR", data.toString());
        builder.environment().put("XIANGZHI_OPERATOR_PASSWORD", OPERATOR_PASSWORD);
        builder.environment().put("XIANGZHI_HEAP", "512m");
        launcher = builder.start();
        base = "http://127.0.0.1:" + port;
        waitFor(() -> status("/health/ready") == 200, Duration.ofMinutes(4), "the application is ready");
        HttpResponse<String> opened = call("POST", "/api/platform/tenants", "operator", OPERATOR_PASSWORD,
                "{\"code\":\"outage\",\"name\":\"停库县\",\"kind\":\"COUNTY\",\"divisionCode\":\"370124\",\"adminUsername\":\"admin\","
                        + "\"adminName\":\"管理员\",\"adminPassword\":\"outage-admin-1\"}");
        assertEquals(201, opened.statusCode(), opened.body());
    }

    @AfterAll
    static void stopTheLauncher() throws Exception {
        if (launcher != null) {
            launcher.destroy();
            if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
                launcher.descendants().forEach(ProcessHandle::destroyForcibly);
                launcher.destroyForcibly();
            }
        }
    }

    @Test
    void aStoppedDatabaseIsA503WithinSecondsAndTheApplicationRecoversWhenItAnswersAgain() throws Exception {
        assertEquals(200, places().statusCode());
        ProcessHandle database = mariadbd();
        signal("STOP", database);
        try {
            long started = System.nanoTime();
            HttpResponse<String> api = places();
            long seconds = Math.round(Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(api.body().contains("\"error.unavailable\""), api.body());
            assertTrue(api.headers().firstValue("retry-after").isPresent());
            assertTrue(seconds <= 20, "answered after " + seconds + " s, not hung for the whole outage");
            long next = System.nanoTime();
            HttpResponse<String> again = places();
            assertEquals(503, again.statusCode(), again.body());
            long millis = Duration.ofNanos(System.nanoTime() - next).toMillis();
            assertTrue(millis < 1500, "the next request is refused at once (" + millis + " ms), not after the timeouts again");
            System.out.printf("database stopped: first request answered 503 after %d s, the next after %d ms%n", seconds, millis);
            Thread.sleep(6_000); // the tenant is no longer remembered (TenantCache, 5 s): the page must ask the database
            HttpResponse<String> page = get("/t/outage/login.xhtml");
            assertEquals(503, page.statusCode());
            assertTrue(page.body().contains("服务暂时不可用"), page.body());
            assertEquals(503, status("/health/ready"), "not ready without its database");
            assertEquals(200, status("/health/live"), "but alive");
        } finally {
            signal("CONT", database);
        }
        waitFor(() -> places().statusCode() == 200, Duration.ofSeconds(60), "the API answers again once the database does");
        assertEquals(200, status("/t/outage/login.xhtml"));
    }

    @Test
    void aKilledDatabaseIsRestartedByTheLauncherAndTheApplicationServesItsDataAgain() throws Exception {
        assertEquals(200, places().statusCode());
        ProcessHandle database = mariadbd();
        database.destroyForcibly();
        database.onExit().get(10, TimeUnit.SECONDS);
        HttpResponse<String> during = places();
        assertTrue(during.statusCode() == 503 || during.statusCode() == 200, "503 while it is away (or already back): " + during.body());
        waitFor(() -> places().statusCode() == 200, Duration.ofSeconds(90), "the application serves again");
        assertTrue(places().body().contains("停库县"), "the data is still there");
        assertTrue(mariadbd().pid() != database.pid(), "a new database process");
        assertTrue(Files.readString(log).contains("the embedded MariaDB is back on"), "the launcher says it restarted the database");
    }

    private static HttpResponse<String> places() throws Exception {
        return call("GET", "/api/t/outage/places", "admin", "outage-admin-1", null);
    }

    private static ProcessHandle mariadbd() {
        return launcher.descendants().filter(p -> p.info().command().orElse("").endsWith("mariadbd")).findFirst()
                .orElseThrow(() -> new AssertionError("no mariadbd under the launcher"));
    }

    private static void signal(String signal, ProcessHandle process) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor());
    }

    private static int status(String path) throws Exception {
        try {
            return get(path).statusCode();
        } catch (IOException notAnswering) {
            return 0;
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> call(String method, String path, String user, String password, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(40))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check, Duration limit, String what) throws Exception {
        long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // keep waiting
            }
            if (launcher != null && !launcher.isAlive()) {
                throw new AssertionError("the launcher ended: " + Files.readString(log));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + "\n" + tail());
    }

    private static String tail() throws IOException {
        String text = Files.exists(log) ? Files.readString(log) : "";
        return text.substring(Math.max(0, text.length() - 3000));
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
