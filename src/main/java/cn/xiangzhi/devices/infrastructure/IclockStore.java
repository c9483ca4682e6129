package cn.xiangzhi.devices.infrastructure;

import cn.xiangzhi.devices.domain.IclockLines;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The protocol adapter's writes, by JDBC on the transaction's connection (the application's data
 * source; ADR 0016): terminals send hundreds of records per request and send them again, so each
 * table is written with multi-row {@code INSERT IGNORE} against its unique key (device + PIN + clock
 * time for punches) — a resent batch costs one statement and stores nothing twice. Every statement
 * names the tenant itself (these tables are tenant-owned; EclipseLink's filter does not apply to
 * JDBC): the tenant is the device's, from the registry, never from the request.
 */
public final class IclockStore {

    /** Rows per multi-row statement. */
    static final int CHUNK = 500;

    private IclockStore() {
    }

    /** Where what a device sends is written: its tenant, its id, its village, its zone, the moment it arrived. */
    public record Target(long tenantId, long deviceId, long villageId, ZoneId zone, Instant receivedAt) {
    }

    /** A line that could not be read, with its reason key. */
    public record Bad(String table, String reason, String raw) {
    }

    /** Stores punches not stored before; returns how many rows were new. */
    public static int punches(Connection connection, Target target, List<IclockLines.Attendance> records) throws SQLException {
        int inserted = 0;
        String one = "(?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp received = Timestamp.from(target.receivedAt());
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<IclockLines.Attendance> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            String sql = "insert ignore into device_punch (tenant_id, version, device_id, village_id, pin, punched_local, punched_at,"
                    + " status, verify, workcode, extra, received_at) values " + String.join(", ", Collections.nCopies(chunk.size(), one));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (IclockLines.Attendance record : chunk) {
                    insert.setLong(i++, target.tenantId());
                    insert.setLong(i++, target.deviceId());
                    insert.setLong(i++, target.villageId());
                    insert.setString(i++, record.pin());
                    insert.setObject(i++, record.time());
                    insert.setTimestamp(i++, Timestamp.from(instant(record.time(), target.zone())));
                    insert.setInt(i++, record.status());
                    insert.setInt(i++, record.verify());
                    insert.setString(i++, record.workcode());
                    insert.setString(i++, record.extra());
                    insert.setTimestamp(i++, received);
                }
                inserted += insert.executeUpdate();
            }
        }
        return inserted;
    }

    /** Keeps lines that could not be read, once per device, table and text. */
    public static void rejected(Connection connection, Target target, List<Bad> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        String one = "(?, 0, ?, ?, ?, ?, ?, ?)";
        for (int from = 0; from < lines.size(); from += CHUNK) {
            List<Bad> chunk = lines.subList(from, Math.min(lines.size(), from + CHUNK));
            String sql = "insert ignore into device_rejected_line (tenant_id, version, device_id, table_name, reason, raw_text,"
                    + " raw_hash, received_at) values " + String.join(", ", Collections.nCopies(chunk.size(), one));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int i = 1;
                for (Bad line : chunk) {
                    insert.setLong(i++, target.tenantId());
                    insert.setLong(i++, target.deviceId());
                    insert.setString(i++, line.table());
                    insert.setString(i++, line.reason());
                    insert.setString(i++, clip(line.raw(), 2000));
                    insert.setBytes(i++, sha256(line.raw()));
                    insert.setTimestamp(i++, Timestamp.from(target.receivedAt()));
                }
                insert.executeUpdate();
            }
        }
    }

    /** Stores alarms not stored before; returns how many were new. */
    public static int alarms(Connection connection, Target target, List<IclockLines.Alarm> alarms, List<String> raw) throws SQLException {
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement("insert ignore into device_alarm (tenant_id, version, device_id,"
                + " village_id, reason, occurred_local, occurred_at, raw_text, received_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < alarms.size(); n++) {
                IclockLines.Alarm alarm = alarms.get(n);
                insert.setLong(1, target.tenantId());
                insert.setLong(2, target.deviceId());
                insert.setLong(3, target.villageId());
                insert.setInt(4, alarm.reason());
                insert.setObject(5, alarm.time());
                insert.setTimestamp(6, Timestamp.from(instant(alarm.time(), target.zone())));
                insert.setString(7, clip(raw.get(n), 500));
                insert.setTimestamp(8, Timestamp.from(target.receivedAt()));
                inserted += insert.executeUpdate();
            }
        }
        return inserted;
    }

    /** Adds the people a terminal reports it holds to the village's people on terminals, unless the PIN is there already. */
    public static void deviceUsers(Connection connection, Target target, List<IclockLines.UserInfo> users) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert ignore into terminal_user (tenant_id, version, village_id,"
                + " pin, name, card, origin, created_at) values (?, 0, ?, ?, ?, ?, 'DEVICE', ?)")) {
            for (IclockLines.UserInfo user : users) {
                insert.setLong(1, target.tenantId());
                insert.setLong(2, target.villageId());
                insert.setString(3, user.pin());
                insert.setString(4, user.name());
                insert.setString(5, user.card());
                insert.setTimestamp(6, Timestamp.from(target.receivedAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Stores a photo unless the device sent one of that name before; true when it was new. */
    public static boolean photo(Connection connection, Target target, IclockLines.Photo photo) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert ignore into device_photo (tenant_id, version, device_id,"
                + " village_id, file_name, pin, taken_local, taken_at, size, content, received_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, target.tenantId());
            insert.setLong(2, target.deviceId());
            insert.setLong(3, target.villageId());
            insert.setString(4, photo.fileName());
            insert.setString(5, photo.pin());
            insert.setObject(6, photo.time());
            insert.setTimestamp(7, photo.time() == null ? null : Timestamp.from(instant(photo.time(), target.zone())));
            insert.setInt(8, photo.jpeg().length);
            insert.setBytes(9, photo.jpeg());
            insert.setTimestamp(10, Timestamp.from(target.receivedAt()));
            return insert.executeUpdate() == 1;
        }
    }

    /** A command handed to a device by {@code getrequest}. */
    public record Handed(long id, String text) {
    }

    /**
     * The device's queued commands (oldest first, at most {@code max}), marked sent. Most polls find
     * none: they cost one indexed read and take no lock; only when there are some are they read again
     * under a row lock, so two polls of the same device never hand out a command twice.
     */
    public static List<Handed> handOut(Connection connection, long tenantId, long deviceId, int max, Instant now) throws SQLException {
        try (PreparedStatement any = connection.prepareStatement("select 1 from device_command"
                + " where device_id = ? and status = 'QUEUED' and tenant_id = ? limit 1")) {
            any.setLong(1, deviceId);
            any.setLong(2, tenantId);
            try (ResultSet rows = any.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
            }
        }
        List<Handed> commands = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, command_text from device_command"
                + " where device_id = ? and status = 'QUEUED' and tenant_id = ? order by id limit ? for update")) {
            select.setLong(1, deviceId);
            select.setLong(2, tenantId);
            select.setInt(3, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    commands.add(new Handed(rows.getLong(1), rows.getString(2)));
                }
            }
        }
        if (!commands.isEmpty()) {
            try (PreparedStatement sent = connection.prepareStatement("update device_command set status = 'SENT', sent_at = ?,"
                    + " version = version + 1 where id = ? and tenant_id = ?")) {
                for (Handed command : commands) {
                    sent.setTimestamp(1, Timestamp.from(now));
                    sent.setLong(2, command.id());
                    sent.setLong(3, tenantId);
                    sent.addBatch();
                }
                sent.executeBatch();
            }
        }
        return commands;
    }

    /** Records a device's answer to one of its own commands; false when the id is none of this device's sent commands. */
    public static boolean answer(Connection connection, long tenantId, long deviceId, long commandId, int code, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update device_command set status = ?, return_code = ?,"
                + " answered_at = ?, version = version + 1 where id = ? and device_id = ? and tenant_id = ? and status in ('SENT', 'QUEUED')")) {
            update.setString(1, code == 0 ? "DONE" : "FAILED");
            update.setInt(2, code);
            update.setTimestamp(3, Timestamp.from(now));
            update.setLong(4, commandId);
            update.setLong(5, deviceId);
            update.setLong(6, tenantId);
            return update.executeUpdate() == 1;
        }
    }

    /** Registers a serial nobody knows as a pending device (no tenant), unless it is known by now. */
    public static void pending(Connection connection, String serial, String zone, Instant now, String address) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert ignore into device (version, serial_number, kind, time_zone,"
                + " status, first_seen, last_contact, last_address) values (0, ?, 'ATTENDANCE', ?, 'PENDING', ?, ?, ?)")) {
            insert.setString(1, serial);
            insert.setString(2, zone);
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, clip(address, 45));
            insert.executeUpdate();
        }
    }

    /** How many devices are pending, to cap what unknown callers may make us keep. */
    public static long pendingCount(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from device where status = 'PENDING'");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Notes that the device called: when, from where, and (at the handshake) its protocol version and language. */
    public static void contact(Connection connection, long deviceId, Instant now, String address, String pushVersion, String language)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update device set last_contact = ?, last_address = ?,"
                + " push_version = coalesce(?, push_version), language = coalesce(?, language) where id = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, clip(address, 45));
            update.setString(3, pushVersion == null ? null : clip(pushVersion, 40));
            update.setString(4, language == null ? null : clip(language, 8));
            update.setLong(5, deviceId);
            update.executeUpdate();
        }
    }

    /** Keeps the stamp the device gave with an upload ({@code ATTLOG} or {@code OPERLOG}), to answer its next handshake with. */
    public static void stamp(Connection connection, long deviceId, String table, String stamp) throws SQLException {
        String column = switch (table) {
            case "ATTLOG" -> "attlog_stamp";
            case "OPERLOG" -> "operlog_stamp";
            default -> null;
        };
        if (column == null || stamp == null || !stamp.matches("[0-9]{1,20}")) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update device set " + column + " = ? where id = ?")) {
            update.setString(1, stamp);
            update.setLong(2, deviceId);
            update.executeUpdate();
        }
    }

    /** The device clock's time in its zone (a time skipped by a DST change moves forward, as {@link java.time.ZonedDateTime} does). */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone).toInstant();
    }

    static String clip(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
