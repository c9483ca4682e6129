package cn.xiangzhi.platform.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Its settings come from the environment at deployment time
 * (MicroProfile Config: {@code XIANGZHI_DB_URL}, {@code XIANGZHI_DB_USER},
 * {@code XIANGZHI_DB_PASSWORD}, or the same names as system properties in lower case with dots);
 * the launcher sets them for the embedded database.
 *
 * <p>Timeouts (ADR 0003): when the database stops answering, a request fails within seconds and is
 * answered 503 ({@code ServiceUnavailable}) instead of hanging — a new connection gives up after
 * {@code connectTimeout} (3 s), a statement or a new connection's handshake waiting for an answer
 * after {@code socketTimeout} (5 s; the longest legitimate statement, one step of a county's month
 * close over a million lines, takes about 2 s), a request waiting for a free pooled connection after
 * 5 s. The pool validates a connection before use and then tries two new ones, so the first request
 * after the database stopped answers 503 after about 15 s. Once a request found the database away, the next ones are refused at
 * once for a moment ({@code DatabaseGate}) instead of each waiting the timeouts again. Pooled connections are validated before use and
 * all dropped when one fails, so the application recovers by itself once the database is back.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/xiangzhi",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=xiangzhi.db.url}",
        user = "${MPCONFIG=xiangzhi.db.user}",
        password = "${MPCONFIG=xiangzhi.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "characterEncoding=UTF-8",
                // the session works in UTC whatever zone the JVM or the server runs in (ADR 0014): the
                // driver reads and writes instants as UTC, and the session's time_zone is set by offset,
                // which servers without time zone tables accept ('UTC' they refuse)
                "serverTimezone=UTC",
                "sessionVariables=time_zone='+00:00'",
                "useSSL=false",
                "allowPublicKeyRetrieval=true",
                "rewriteBatchedStatements=true",
                // the counter's hot path runs ~30 statements per request: parse each SQL text once
                // per connection, and skip round trips for session state the driver already knows
                "cachePrepStmts=true",
                "prepStmtCacheSize=500",
                "prepStmtCacheSqlLimit=4096",
                "useLocalSessionState=true",
                "cacheServerConfiguration=true",
                // the driver opens an OpenTelemetry span per statement when it finds the API, which
                // Payara ships: 2 % of the counter's server time (profile), for traces nobody collects
                "openTelemetry=DISABLED",
                // EclipseLink leaves the statement of an insert that read its generated key open
                // (eclipse-ee4j/eclipselink#2366): the driver kept every one in its connection's list of
                // open statements — three more per redemption, never freed, and each new statement
                // scanned the whole list (17 % of the counter's server time in a profile). Untracked,
                // an unclosed statement is garbage once its request is done.
                "dontTrackOpenResources=true",
                "connectTimeout=3000",
                "socketTimeout=5000",
                "fish.payara.max-wait-time-in-millis=5000",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class Database {
}
