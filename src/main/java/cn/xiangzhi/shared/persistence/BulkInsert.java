package cn.xiangzhi.shared.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Inserts many rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to
 * {@link #CHUNK} rows, which any MySQL-protocol driver sends in one round trip each. It runs on the
 * connection it is given: inside a JTA transaction that is the transaction's connection, so the
 * rows commit or roll back with everything else the transaction does.
 */
public final class BulkInsert {

    public static final int CHUNK = 1000;

    private final String table;
    private final List<String> columns;

    public BulkInsert(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Inserts {@code rows} (values in column order); {@code afterChunk} hears how many are written. */
    public void insert(Connection connection, List<Object[]> rows, IntConsumer afterChunk) throws SQLException {
        String one = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "insert into " + table + " (" + String.join(", ", columns) + ") values ";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql = head + String.join(", ", Collections.nCopies(chunk.size(), one));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object[] row : chunk) {
                    if (row.length != columns.size()) {
                        throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
                    }
                    for (Object value : row) {
                        insert.setObject(index++, value);
                    }
                }
                insert.executeUpdate();
            }
            afterChunk.accept(from + chunk.size());
        }
    }
}
