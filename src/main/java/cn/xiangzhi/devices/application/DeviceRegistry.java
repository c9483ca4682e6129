package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceCommand;
import cn.xiangzhi.devices.domain.DeviceKind;
import cn.xiangzhi.devices.domain.DeviceStatus;
import cn.xiangzhi.devices.domain.TerminalCommand;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.audit.AuditAction;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's devices: claim a serial for a village (a pending device, or one that has not called
 * yet), move it, relabel it, change its zone, disable and enable it, ask it to re-sync. The registry
 * is a platform table: every query here names the bound tenant, and a device of another tenant is
 * "not found" (by id) or "taken" (by serial, naming nobody). Each change is an audit entry.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    DeviceDirectory directory;

    @Inject
    BusinessClock clock;

    @Inject
    CommandHints hints;

    @Inject
    AuditTrail audit;

    /** What a claim gives: the serial typed, the village, and optionally kind, label and zone (the tenant's by default). */
    public record Claim(String serialNumber, Long villageId, DeviceKind kind, String label, String timeZone) {
    }

    /** A change of a device: village (a move), label, zone; absent fields stay. */
    public record Change(Long villageId, String label, String timeZone) {
    }

    public List<DeviceView> list() {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        List<Device> devices = db.platform().createQuery("select d from Device d where d.tenantId = :tenant order by d.serialNumber",
                Device.class).setParameter("tenant", TenantContext.current().id()).getResultList();
        return views(user, devices);
    }

    public DeviceView get(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_VIEW);
        return views(user, List.of(visible(user, id))).get(0);
    }

    public DeviceView claim(Claim claim) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        if (claim == null) {
            throw new DomainException("error.body.required");
        }
        String serial = Device.requireSerial(claim.serialNumber());
        Place village = village(claim.villageId());
        String zone = claim.timeZone() == null || claim.timeZone().isBlank() ? TenantContext.current().zone().getId() : claim.timeZone();
        EntityManager em = db.platform();
        Device device = em.createQuery("select d from Device d where d.serialNumber = :serial", Device.class)
                .setParameter("serial", serial).getResultStream().findFirst().orElse(null);
        Instant now = clock.now();
        if (device == null) {
            device = Device.registered(serial, claim.kind() == null ? DeviceKind.ATTENDANCE : claim.kind(), zone, now);
            em.persist(device);
        } else if (device.getTenantId() != null && device.getTenantId() == TenantContext.current().id()) {
            throw DomainException.conflict("error.device.claimed", serial);
        }
        device.claim(TenantContext.current().id(), village.getId(), claim.kind(), claim.label(), zone, user.describe(), now);
        em.flush();
        directory.forget(serial);
        audit.recordEvent(TenantContext.current().id(), AuditAction.CREATE, "Device", serial,
                "claimed for " + village.getName() + " (" + village.getId() + ")");
        return views(user, List.of(device)).get(0);
    }

    public DeviceView change(long id, Change change) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Device device = visible(user, id);
        if (change == null) {
            throw new DomainException("error.body.required");
        }
        StringBuilder detail = new StringBuilder();
        if (change.villageId() != null && !change.villageId().equals(device.getVillageId())) {
            Place village = village(change.villageId());
            device.moveTo(village.getId());
            detail.append("moved to ").append(village.getName()).append(" (").append(village.getId()).append("); ");
        }
        if (change.label() != null) {
            device.relabel(change.label());
            detail.append("label ").append(change.label()).append("; ");
        }
        if (change.timeZone() != null) {
            device.changeTimeZone(change.timeZone());
            detail.append("zone ").append(change.timeZone()).append("; ");
        }
        db.platform().flush();
        directory.forget(device.getSerialNumber());
        audit.recordEvent(TenantContext.current().id(), AuditAction.UPDATE, "Device", device.getSerialNumber(), detail.toString().strip());
        return views(user, List.of(device)).get(0);
    }

    public DeviceView disable(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Device device = visible(user, id);
        device.disable();
        db.platform().flush();
        directory.forget(device.getSerialNumber());
        audit.recordEvent(TenantContext.current().id(), AuditAction.SUSPEND, "Device", device.getSerialNumber(), "disabled");
        return views(user, List.of(device)).get(0);
    }

    public DeviceView enable(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Device device = visible(user, id);
        device.enable();
        db.platform().flush();
        directory.forget(device.getSerialNumber());
        audit.recordEvent(TenantContext.current().id(), AuditAction.RESUME, "Device", device.getSerialNumber(), "enabled");
        return views(user, List.of(device)).get(0);
    }

    /** Queues {@code CHECK}: the device compares its data with the server's stamps and sends what is missing. */
    public CommandView check(long id) {
        UserPrincipal user = Access.require(Permission.DEVICE_MANAGE);
        Device device = visible(user, id);
        DeviceCommand command = new DeviceCommand(device.getId(), TerminalCommand.check(), user.describe(), clock.now());
        db.tenant().persist(command);
        db.tenant().flush();
        hints.wake(device.getId());
        return CommandView.of(command, device.getSerialNumber());
    }

    /** The tenant's active attendance terminals in a village (for the people pushed to them). */
    List<Device> terminalsOf(long villageId) {
        return db.platform().createQuery("select d from Device d where d.tenantId = :tenant and d.villageId = :village"
                        + " and d.status = :active and d.kind = :kind order by d.id", Device.class)
                .setParameter("tenant", TenantContext.current().id()).setParameter("village", villageId)
                .setParameter("active", DeviceStatus.ACTIVE).setParameter("kind", DeviceKind.ATTENDANCE).getResultList();
    }

    /** Serial numbers of the tenant's devices by id. */
    Map<Long, String> serials() {
        return db.platform().createQuery("select d from Device d where d.tenantId = :tenant", Device.class)
                .setParameter("tenant", TenantContext.current().id()).getResultStream()
                .collect(Collectors.toMap(Device::getId, Device::getSerialNumber));
    }

    /** Whether the user sees the device (of the bound tenant, in their scope). */
    boolean sees(UserPrincipal user, long deviceId) {
        try {
            visible(user, deviceId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** A device of the bound tenant in the user's scope, or not found (another tenant's looks like none). */
    Device visible(UserPrincipal user, long id) {
        Device device = db.platform().find(Device.class, id);
        if (device == null || device.getTenantId() == null || device.getTenantId() != TenantContext.current().id()) {
            throw new NotFoundException("Device", id);
        }
        Place village = device.getVillageId() == null ? null : db.tenant().find(Place.class, device.getVillageId());
        if (village == null || !Access.inScope(user, village.getPath())) {
            throw new NotFoundException("Device", id);
        }
        return device;
    }

    /** A village of the tenant in the user's scope, or 400 {@code error.device.village} (not found when out of scope). */
    Place village(Long villageId) {
        if (villageId == null) {
            throw new DomainException("error.device.village", "");
        }
        Place place = places.visiblePlace(villageId, Permission.DEVICE_MANAGE);
        if (place.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.device.village", villageId);
        }
        return place;
    }

    private List<DeviceView> views(UserPrincipal user, List<Device> devices) {
        if (devices.isEmpty()) {
            return List.of();
        }
        Set<Long> villageIds = devices.stream().map(Device::getVillageId).filter(v -> v != null).collect(Collectors.toSet());
        Map<Long, Place> villages = new HashMap<>();
        if (!villageIds.isEmpty()) {
            db.tenant().createQuery("select p from Place p where p.id in :ids", Place.class).setParameter("ids", villageIds)
                    .getResultStream().forEach(p -> villages.put(p.getId(), p));
        }
        List<Long> ids = devices.stream().map(Device::getId).toList();
        Instant today = clock.startOf(clock.today());
        Map<Long, Long> records = counts("select p.deviceId, count(p) from Punch p where p.deviceId in :ids and p.receivedAt >= :since"
                + " group by p.deviceId", ids, today);
        Map<Long, Long> errors = counts("select r.deviceId, count(r) from RejectedLine r where r.deviceId in :ids and r.receivedAt >= :since"
                + " group by r.deviceId", ids, today);
        Map<Long, Long> alarms = counts("select a.deviceId, count(a) from DeviceAlarm a where a.deviceId in :ids and a.receivedAt >= :since"
                + " group by a.deviceId", ids, today);
        return devices.stream()
                .filter(d -> villages.containsKey(d.getVillageId()) && Access.inScope(user, villages.get(d.getVillageId()).getPath()))
                .map(d -> DeviceView.of(d, villages.get(d.getVillageId()).getName(), records.getOrDefault(d.getId(), 0L),
                        errors.getOrDefault(d.getId(), 0L), alarms.getOrDefault(d.getId(), 0L)))
                .toList();
    }

    private Map<Long, Long> counts(String jpql, List<Long> ids, Instant since) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : db.tenant().createQuery(jpql, Object[].class).setParameter("ids", ids).setParameter("since", since)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}
