package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.DeviceAlarm;
import cn.xiangzhi.devices.domain.DevicePhoto;
import cn.xiangzhi.devices.domain.Punch;
import cn.xiangzhi.devices.domain.RejectedLine;
import cn.xiangzhi.devices.domain.TerminalUser;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What the tenant's terminals sent, to read: punches, photos, alarms and the lines kept as bad —
 * newest first, at most {@link #MAX} per request, optionally of one device; only devices in the
 * reader's scope. Nothing here changes them: they are append-only.
 */
@ApplicationScoped
@Transactional
public class DeviceRecords {

    static final int MAX = 1000;

    @Inject
    TenantEntityManager db;

    @Inject
    DeviceRegistry registry;

    public record PunchView(long id, long deviceId, long villageId, String pin, LocalDateTime deviceTime, Instant punchedAt,
                            int status, int verify, String workcode, String extra, Instant receivedAt) implements Serializable {
        static PunchView of(Punch p) {
            return new PunchView(p.getId(), p.getDeviceId(), p.getVillageId(), p.getPin(), p.getPunchedLocal(), p.getPunchedAt(),
                    p.getStatus(), p.getVerify(), p.getWorkcode(), p.getExtra(), p.getReceivedAt());
        }
    }

    public record RejectedView(long id, long deviceId, String table, String reason, String rawText, Instant receivedAt)
            implements Serializable {
        static RejectedView of(RejectedLine r) {
            return new RejectedView(r.getId(), r.getDeviceId(), r.getTableName(), r.getReason(), r.getRawText(), r.getReceivedAt());
        }
    }

    public record AlarmView(long id, long deviceId, long villageId, int reason, boolean tamper, LocalDateTime deviceTime,
                            Instant occurredAt, String rawText, Instant receivedAt) implements Serializable {
        static AlarmView of(DeviceAlarm a) {
            return new AlarmView(a.getId(), a.getDeviceId(), a.getVillageId(), a.getReason(), a.isTamper(), a.getOccurredLocal(),
                    a.getOccurredAt(), a.getRawText(), a.getReceivedAt());
        }
    }

    public record PhotoView(long id, long deviceId, long villageId, String fileName, String pin, LocalDateTime deviceTime,
                            Instant takenAt, int size, Instant receivedAt) implements Serializable {
        static PhotoView of(DevicePhoto p) {
            return new PhotoView(p.getId(), p.getDeviceId(), p.getVillageId(), p.getFileName(), p.getPin(), p.getTakenLocal(),
                    p.getTakenAt(), p.getSize(), p.getReceivedAt());
        }
    }

    public List<PunchView> punches(Long deviceId) {
        return list(Punch.class, deviceId, Punch::getDeviceId, PunchView::of);
    }

    public PunchView punch(long id) {
        return PunchView.of(one(Punch.class, id, Punch::getDeviceId));
    }

    public List<RejectedView> rejected(Long deviceId) {
        return list(RejectedLine.class, deviceId, RejectedLine::getDeviceId, RejectedView::of);
    }

    public RejectedView rejectedLine(long id) {
        return RejectedView.of(one(RejectedLine.class, id, RejectedLine::getDeviceId));
    }

    public List<AlarmView> alarms(Long deviceId) {
        return list(DeviceAlarm.class, deviceId, DeviceAlarm::getDeviceId, AlarmView::of);
    }

    public AlarmView alarm(long id) {
        return AlarmView.of(one(DeviceAlarm.class, id, DeviceAlarm::getDeviceId));
    }

    public List<PhotoView> photos(Long deviceId) {
        return list(DevicePhoto.class, deviceId, DevicePhoto::getDeviceId, PhotoView::of);
    }

    public PhotoView photo(long id) {
        return PhotoView.of(one(DevicePhoto.class, id, DevicePhoto::getDeviceId));
    }

    /** The JPEG a terminal sent. */
    public byte[] photoContent(long id) {
        return one(DevicePhoto.class, id, DevicePhoto::getDeviceId).getContent();
    }

    /**
     * The punches of the terminals of a village between two instants, for another context's service
     * (organisational life) that has checked its own permission and the village's scope.
     */
    public List<PunchView> punchesInVillage(long villageId, Instant from, Instant to) {
        return db.tenant().createQuery("select p from Punch p where p.villageId = :village and p.punchedAt >= :from"
                        + " and p.punchedAt <= :to order by p.punchedAt", Punch.class)
                .setParameter("village", villageId).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(PunchView::of).toList();
    }

    /**
     * The photos the terminals of a village took between two instants (without their bytes), for
     * another context's service that has checked its own permission and the village's scope.
     */
    public List<PhotoView> photosInVillage(long villageId, Instant from, Instant to) {
        return db.tenant().createQuery("select p from DevicePhoto p where p.villageId = :village and p.takenAt >= :from"
                        + " and p.takenAt <= :to order by p.takenAt", DevicePhoto.class)
                .setParameter("village", villageId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX).getResultStream().map(PhotoView::of).toList();
    }

    /** The JPEG of a photo if a terminal of {@code villageId} took it between two instants; for another context's checked service. */
    public byte[] photoInVillage(long villageId, long photoId, Instant from, Instant to) {
        DevicePhoto photo = db.tenant().find(DevicePhoto.class, photoId);
        if (photo == null || photo.getVillageId() != villageId || photo.getTakenAt() == null || photo.getTakenAt().isBefore(from)
                || photo.getTakenAt().isAfter(to)) {
            throw new NotFoundException("DevicePhoto", photoId);
        }
        return photo.getContent();
    }

    /** One punch of a cadre or first secretary: the village, the PIN and when. */
    public record RankedPunch(long villageId, String pin, Instant at) {
    }

    /**
     * The punches between two instants of the people whose daily presence is ranked (cadres and
     * first secretaries), for another context's service that has checked its own permission and scope.
     */
    public List<RankedPunch> rankedPunches(Instant from, Instant to) {
        return db.tenant().createQuery("select p.villageId, p.pin, p.punchedAt from Punch p, TerminalUser u"
                        + " where u.villageId = p.villageId and u.pin = p.pin and u.post <> :member"
                        + " and p.punchedAt >= :from and p.punchedAt < :to", Object[].class)
                .setParameter("member", TerminalUser.Post.MEMBER).setParameter("from", from).setParameter("to", to)
                .getResultStream().map(row -> new RankedPunch((Long) row[0], (String) row[1], (Instant) row[2])).toList();
    }

    private <E, V> List<V> list(Class<E> type, Long deviceId, ToLongFunction<E> device, Function<E, V> view) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        String entity = type.getSimpleName();
        TypedQuery<E> query = deviceId == null
                ? db.tenant().createQuery("select x from " + entity + " x order by x.id desc", type)
                : db.tenant().createQuery("select x from " + entity + " x where x.deviceId = :device order by x.id desc", type)
                .setParameter("device", deviceId);
        Map<Long, Boolean> visible = new HashMap<>();
        return query.setMaxResults(MAX).getResultStream()
                .filter(row -> visible.computeIfAbsent(device.applyAsLong(row), d -> registry.sees(user, d)))
                .map(view).toList();
    }

    private <E> E one(Class<E> type, long id, ToLongFunction<E> device) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        E row = db.tenant().find(type, id);
        if (row == null || !registry.sees(user, device.applyAsLong(row))) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return row;
    }

}
