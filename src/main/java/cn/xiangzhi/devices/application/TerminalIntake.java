package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.IclockLines;
import cn.xiangzhi.devices.infrastructure.IclockStore;
import cn.xiangzhi.shared.metrics.Tally;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One transaction per terminal request: what a heard device sent, written by the store adapter on
 * the transaction's connection. Lines were already read ({@link Terminals}); here good ones are
 * stored once and bad ones kept. The caller has bound the device's tenant.
 */
@ApplicationScoped
@Transactional
public class TerminalIntake {

    /** Commands handed out per poll. */
    static final int COMMANDS_PER_POLL = 20;

    static final Tally.Figure RECORDS = new Tally.Figure("xiangzhi.device.records",
            "Attendance records stored from terminals, each once (a record sent again is not counted)");

    @Inject
    TenantEntityManager db;

    @Inject
    Tally tally;

    private Connection connection() {
        return db.platform().unwrap(Connection.class);
    }

    /** What one upload held, sorted by what is done with it. */
    record Batch(List<IclockLines.Attendance> punches, List<IclockLines.Alarm> alarms, List<String> alarmLines,
                 List<IclockLines.UserInfo> users, List<IclockStore.Bad> bad) {
        Batch() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    void store(IclockStore.Target target, String table, String stamp, Batch batch, Contact contact) {
        try {
            Connection connection = connection();
            tally.committed(RECORDS, IclockStore.punches(connection, target, batch.punches()));
            IclockStore.alarms(connection, target, batch.alarms(), batch.alarmLines());
            if (!batch.users().isEmpty()) {
                IclockStore.deviceUsers(connection, target, batch.users());
            }
            IclockStore.rejected(connection, target, batch.bad());
            IclockStore.stamp(connection, target.deviceId(), table, stamp);
            note(connection, target.deviceId(), contact);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void photo(IclockStore.Target target, IclockLines.Photo photo, IclockStore.Bad bad, Contact contact) {
        try {
            Connection connection = connection();
            if (photo != null) {
                IclockStore.photo(connection, target, photo);
            } else {
                IclockStore.rejected(connection, target, List.of(bad));
            }
            note(connection, target.deviceId(), contact);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<IclockStore.Handed> poll(long tenantId, long deviceId, Instant now, Contact contact) {
        try {
            Connection connection = connection();
            note(connection, deviceId, contact);
            return IclockStore.handOut(connection, tenantId, deviceId, COMMANDS_PER_POLL, now);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void results(IclockStore.Target target, List<IclockLines.CommandResult> results, List<IclockStore.Bad> bad, Contact contact) {
        try {
            Connection connection = connection();
            for (IclockLines.CommandResult result : results) {
                IclockStore.answer(connection, target.tenantId(), target.deviceId(), result.id(), result.returnCode(), target.receivedAt());
            }
            IclockStore.rejected(connection, target, bad);
            note(connection, target.deviceId(), contact);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void contact(long deviceId, Contact contact) {
        try {
            note(connection(), deviceId, contact);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers an unknown serial as pending, unless {@code cap} devices are pending already. */
    void pending(String serial, String zone, Instant now, String address, long cap) {
        try {
            Connection connection = connection();
            if (IclockStore.pendingCount(connection) < cap) {
                IclockStore.pending(connection, serial, zone, now, address);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When to write the device's contact: null when it was written a moment ago. */
    record Contact(Instant at, String address, String pushVersion, String language) {
    }

    private static void note(Connection connection, long deviceId, Contact contact) throws SQLException {
        if (contact != null) {
            IclockStore.contact(connection, deviceId, contact.at(), contact.address(), contact.pushVersion(), contact.language());
        }
    }
}
