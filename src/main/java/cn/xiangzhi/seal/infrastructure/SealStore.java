package cn.xiangzhi.seal.infrastructure;

import cn.xiangzhi.seal.domain.AlarmKind;
import cn.xiangzhi.seal.domain.StampVerdict;
import cn.xiangzhi.shared.persistence.NativeSql;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The seal ledger's writes by native SQL on the transaction's connection: {@code INSERT IGNORE}
 * against each table's unique key (device + sequence number for a stamp, device + source key for an
 * alarm, device + nonce for a signed request), so an event sent again is stored once and the caller
 * learns whether it was new from the row count. Every statement names the tenant itself (EclipseLink's
 * tenant filter does not apply to native SQL): the tenant is the device's, from the registry.
 */
public final class SealStore {

    private SealStore() {
    }

    /** Where a terminal's events are written: its tenant, device, seal and village. */
    public record Target(long tenantId, long deviceId, long sealId, long villageId) {
    }

    /** A stamp as the ledger stores it. */
    public record Stamp(long sequence, Instant stampedAt, String operator, Long applicationId, StampVerdict verdict,
                        String photoType, String photoSha256, byte[] photo) {
    }

    /** Stores the stamp unless its device sent this sequence number before; answers whether it was new. */
    public static boolean stamp(EntityManager em, Target target, Stamp stamp, Instant receivedAt) {
        return NativeSql.of(em, "insert ignore into seal_stamp (tenant_id, version, device_id, seal_id, village_id, sequence_no,"
                        + " stamped_at, received_at, operator, application_id, verdict, photo_type, photo_sha256, photo)"
                        + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, target.tenantId()).setParameter(2, target.deviceId()).setParameter(3, target.sealId())
                .setParameter(4, target.villageId()).setParameter(5, stamp.sequence())
                .setParameter(6, seconds(stamp.stampedAt())).setParameter(7, Timestamp.from(receivedAt))
                .setParameter(8, stamp.operator()).setParameter(9, stamp.applicationId()).setParameter(10, stamp.verdict().name())
                .setParameter(11, stamp.photoType()).setParameter(12, stamp.photoSha256()).setParameter(13, stamp.photo())
                .executeUpdate() == 1;
    }

    /**
     * The id of the device's stamp with this sequence number, and its verdict and application, or null.
     * A plain read, no {@code FOR UPDATE}: a locking read of a row that is not there locks the gap of the
     * unique index, and two devices' inserts into the same gap deadlock. The ledger reads it after
     * taking the terminal's lock, so every stamp of the device committed before is seen.
     */
    public static Object[] storedStamp(EntityManager em, Target target, long sequence) {
        List<?> rows = NativeSql.of(em, "select id, verdict, application_id from seal_stamp where tenant_id = ? and device_id = ?"
                        + " and sequence_no = ?")
                .setParameter(1, target.tenantId()).setParameter(2, target.deviceId()).setParameter(3, sequence).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    /** Stores the alarm unless the device's alarm with {@code sourceKey} is stored; answers whether it was new. */
    public static boolean alarm(EntityManager em, Target target, AlarmKind kind, String sourceKey, Long stampId, String detail,
                                Instant occurredAt, Instant receivedAt) {
        return NativeSql.of(em, "insert ignore into seal_alarm (tenant_id, version, device_id, seal_id, village_id, kind, source_key,"
                        + " stamp_id, detail, occurred_at, received_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, target.tenantId()).setParameter(2, target.deviceId()).setParameter(3, target.sealId())
                .setParameter(4, target.villageId()).setParameter(5, kind.name()).setParameter(6, sourceKey)
                .setParameter(7, stampId).setParameter(8, detail).setParameter(9, seconds(occurredAt))
                .setParameter(10, Timestamp.from(receivedAt))
                .executeUpdate() == 1;
    }

    /** Notes a signed request's nonce; false when the device used it before (a replay). */
    public static boolean nonce(EntityManager em, long tenantId, long deviceId, String nonce, Instant now) {
        return NativeSql.of(em, "insert ignore into seal_request_nonce (device_id, nonce, tenant_id, seen_at) values (?, ?, ?, ?)")
                .setParameter(1, deviceId).setParameter(2, nonce).setParameter(3, tenantId).setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /** Forgets the device's nonces older than {@code keep}: their timestamps are stale, so they cannot be replayed. */
    public static int forgetNonces(EntityManager em, long deviceId, Instant now, Duration keep) {
        return NativeSql.of(em, "delete from seal_request_nonce where device_id = ? and seen_at < ?")
                .setParameter(1, deviceId).setParameter(2, Timestamp.from(now.minus(keep))).executeUpdate();
    }

    private static Timestamp seconds(Instant instant) {
        return Timestamp.from(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
