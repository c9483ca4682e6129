package cn.xiangzhi.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Zero-setup runner for developers and small installations: {@code mvn -Prun}.
 *
 * <p>When {@code XIANGZHI_DB_URL} is unset it starts an embedded MariaDB ({@link EmbeddedDatabase})
 * on a free loopback port with its data in {@code XIANGZHI_DATA_DIR} (default {@code ./data}), so
 * the data survives restarts, and the application signs in to it with the account
 * {@code xiangzhi} whose generated password is kept in that folder ({@code db-password}, mode 0600).
 * It then starts Payara Micro as a child process with the application WAR, bound to
 * {@code XIANGZHI_BIND_ADDRESS} (default 127.0.0.1), without clustering or phone-home, waits until
 * the application answers and prints its URL.
 *
 * <p>It supervises both: when the embedded database stops unexpectedly it is restarted on the same
 * port with the same data (the application reconnects by itself); when Payara stops unexpectedly it
 * is restarted, at most {@value #PAYARA_RESTARTS} times within {@value #PAYARA_RESTART_WINDOW_MINUTES}
 * minutes, after which the launcher stops the database cleanly and exits with status 1. On Ctrl-C or
 * SIGTERM it stops Payara, then the database. It never deletes the data folder.
 *
 * <p>The launcher is excluded from the WAR: the production artifact carries no database binaries.
 */
public final class Launcher {

    static final int PAYARA_RESTARTS = 3;
    static final int PAYARA_RESTART_WINDOW_MINUTES = 10;

    private final Object lock = new Object();
    private boolean stopping; // guarded by lock
    private Process payara; // guarded by lock
    private EmbeddedDatabase database;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        new Launcher().run(System.getenv());
    }

    private void run(Map<String, String> env) throws Exception {
        Path target = Path.of(setting(env, "XIANGZHI_TARGET_DIR", "target"));
        Path war = target.resolve("xiangzhi.war");
        Path micro = target.resolve("payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            fail("Build first: " + war + " and " + micro + " are missing (run `mvn -Prun`).");
        }
        String bind = setting(env, "XIANGZHI_BIND_ADDRESS", "127.0.0.1");
        int port = Integer.parseInt(setting(env, "XIANGZHI_HTTP_PORT", "8080"));

        String dbUrl = env.get("XIANGZHI_DB_URL");
        String dbUser = setting(env, "XIANGZHI_DB_USER", "root");
        String dbPassword = setting(env, "XIANGZHI_DB_PASSWORD", "");
        if (dbUrl == null || dbUrl.isBlank()) {
            Path dataDir = Path.of(setting(env, "XIANGZHI_DATA_DIR", "data")).toAbsolutePath().normalize();
            database = new EmbeddedDatabase(dataDir, freePort());
        }
        // Before anything starts, so that whatever has started is stopped on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "xiangzhi-launcher-shutdown"));

        if (database != null) {
            System.out.println("[xiangzhi] starting embedded MariaDB on 127.0.0.1:" + database.port() + ", data in " + database.dataDir());
            database.start();
            System.out.println("[xiangzhi] embedded MariaDB ready (pid " + database.pid() + "); the application signs in as "
                    + database.user() + ", whose password is in " + database.passwordFile());
            database.supervise(() -> {
                System.out.println("[xiangzhi] stopping: the application cannot run without its database.");
                System.exit(1); // the shutdown hook stops Payara
            });
            dbUrl = database.jdbcUrl();
            dbUser = database.user();
            dbPassword = database.password();
        } else {
            System.out.println("[xiangzhi] using external database " + dbUrl);
        }

        Path preboot = Files.createTempFile("xiangzhi-preboot", ".txt");
        Files.writeString(preboot, String.join("\n", prebootCommands(bind)) + "\n");
        preboot.toFile().deleteOnExit();

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dhazelcast.socket.bind.any=false",
                "-Xmx" + setting(env, "XIANGZHI_HEAP", "768m"),
                "-jar", micro.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(port),
                "--nocluster", "--disablephonehome",
                "--prebootcommandfile", preboot.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XIANGZHI_DB_URL", dbUrl);
        builder.environment().put("XIANGZHI_DB_USER", dbUser);
        builder.environment().put("XIANGZHI_DB_PASSWORD", dbPassword);

        String host = "0.0.0.0".equals(bind) ? "127.0.0.1" : bind;
        String url = "http://" + host + ":" + port + "/";
        RestartBudget restarts = new RestartBudget(PAYARA_RESTARTS, Duration.ofMinutes(PAYARA_RESTART_WINDOW_MINUTES));
        while (true) {
            Process current;
            synchronized (lock) {
                if (stopping) {
                    return;
                }
                current = builder.start();
                payara = current;
            }
            copyOutput(current, url);
            int exit = current.waitFor();
            synchronized (lock) {
                if (stopping) {
                    return; // Ctrl-C or kill: the shutdown hook ends Payara and the database
                }
            }
            if (ShutdownProbe.jvmShuttingDown()) {
                return;
            }
            if (!restarts.tryAcquire(Instant.now())) {
                System.out.println("\n[xiangzhi] Payara Micro stopped unexpectedly (exit status " + exit + "), after "
                        + PAYARA_RESTARTS + " restarts within " + PAYARA_RESTART_WINDOW_MINUTES + " minutes: giving up."
                        + (database == null ? "" : " Stopping the embedded database; the data stays in " + database.dataDir() + "."));
                synchronized (lock) {
                    stopping = true;
                }
                if (database != null) {
                    database.stop();
                }
                System.exit(1);
            }
            System.out.println("\n[xiangzhi] Payara Micro stopped unexpectedly (exit status " + exit + "): restarting it (restart "
                    + restarts.taken(Instant.now()) + " of at most " + PAYARA_RESTARTS + " within "
                    + PAYARA_RESTART_WINDOW_MINUTES + " minutes)\n");
        }
    }

    /** Prints Payara's output until it ends; says once whether the application answers. */
    private void copyOutput(Process process, String url) throws IOException {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean announced = false;
            while ((line = out.readLine()) != null) {
                System.out.println(line);
                if (!announced && line.contains("Payara Micro") && line.contains("ready")) {
                    announced = true;
                    Thread check = new Thread(() -> {
                        if (answers(url + "health/ready")) {
                            System.out.println("\n[xiangzhi] ready: " + url + "  (platform operator console: " + url + "login.xhtml)\n");
                        } else {
                            System.out.println("\n[xiangzhi] Payara started but the application did not deploy: see the log above.\n");
                        }
                    }, "xiangzhi-ready-check");
                    check.setDaemon(true);
                    check.start();
                }
            }
        } catch (IOException closed) {
            synchronized (lock) {
                if (!stopping) {
                    throw closed;
                }
            }
        }
    }

    /** The shutdown hook: Payara first (it holds connections), then the database. */
    private void stopAll() {
        Process current;
        synchronized (lock) {
            stopping = true;
            current = payara;
        }
        System.out.println("\n[xiangzhi] stopping Payara Micro" + (database == null ? "" : ", then the embedded MariaDB"));
        if (current != null) {
            current.destroy();
            try {
                if (!current.waitFor(60, TimeUnit.SECONDS)) {
                    current.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            try {
                database.stop();
                System.out.println("[xiangzhi] stopped; the data stays in " + database.dataDir());
            } catch (Exception e) {
                System.err.println("[xiangzhi] stopping the embedded MariaDB failed: " + e);
            }
        }
    }

    private static boolean answers(String url) {
        for (int attempt = 0; attempt < 30; attempt++) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // keep polling
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String setting(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void fail(String message) {
        System.err.println("[xiangzhi] " + message);
        System.exit(2);
    }

    /**
     * Payara's settings before it boots: the listener's address, Hazelcast on loopback, metrics without
     * a public /metrics, compression. The container image and the test server use the same lines (their
     * preboot files; ContainerFilesTest holds the three together), only the address differs.
     */
    static List<String> prebootCommands(String bind) {
        return List.of(
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=" + bind,
                "set hazelcast-runtime-configuration.interface=127.0.0.1",
                // MicroProfile Metrics on, for the application's counters (ADR 0027), but its endpoint on no
                // virtual server: no public /metrics; operators read /api/platform/metrics
                "set configs.config.server-config.microprofile-metrics-configuration.enabled=true",
                "set configs.config.server-config.microprofile-metrics-configuration.virtual-servers=no-public-endpoint",
                // pages, scripts and JSON compressed: a first load on a village's slow link (issue 23)
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type="
                        + "text/html,text/css,text/javascript,application/javascript,application/json,application/xml,text/xml,"
                        + "text/plain,image/svg+xml",
                "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression-min-size-bytes=1024");
    }
}
