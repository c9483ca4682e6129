package cn.xiangzhi.seal.application;

import cn.xiangzhi.devices.application.DeviceRegistry;
import cn.xiangzhi.devices.application.DeviceView;
import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.devices.domain.DeviceKind;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.seal.domain.ApprovalChain;
import cn.xiangzhi.seal.domain.Seal;
import cn.xiangzhi.seal.domain.SealClass;
import cn.xiangzhi.seal.domain.SealKind;
import cn.xiangzhi.seal.domain.SealStatus;
import cn.xiangzhi.seal.domain.SealTerminal;
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

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The tenant's seals and application classes: register a village's seal in a seal terminal of the
 * device registry (the terminal's secret is issued then and shown once), move it to another terminal,
 * retire it with a reason, issue the terminal a new secret; keep the classes with their approval
 * chains (the seed's three, or the tenant's own). Seals are seen in the reader's scope; another
 * tenant's or another village's is "not found".
 */
@ApplicationScoped
@Transactional
public class Seals {

    @Inject
    TenantEntityManager db;

    @Inject
    DeviceRegistry devices;

    @Inject
    BusinessClock clock;

    public record ClassView(long id, String code, String name, boolean requiresMatter, List<String> chain, long version)
            implements Serializable {
        static ClassView of(SealClass c) {
            return new ClassView(c.getId(), c.getCode(), c.getName(), c.isRequiresMatter(),
                    c.approvalChain().steps().stream().map(Enum::name).toList(), c.getVersion());
        }
    }

    public record SealView(long id, long villageId, String villageName, SealKind kind, String name, long deviceId, String serialNumber,
                           SealStatus status, String registeredBy, Instant registeredAt, String retiredBy, Instant retiredAt,
                           String retireReason, Integer battery, Boolean lidOpen, Instant lastHeartbeat, long lastSequence,
                           long version) implements Serializable {
    }

    /** A seal as registered, with its terminal's secret when one was issued by this call (shown once, never again). */
    public record Registered(SealView seal, String terminalSecret) implements Serializable {
    }

    public record TerminalView(long id, long deviceId, String issuedBy, Instant issuedAt, Integer battery, Boolean lidOpen,
                               Instant lastHeartbeat, long lastSequence) implements Serializable {
        static TerminalView of(SealTerminal t) {
            return new TerminalView(t.getId(), t.getDeviceId(), t.getIssuedBy(), t.getIssuedAt(), t.getBattery(), t.getLidOpen(),
                    t.getLastHeartbeat(), t.getLastSequence());
        }
    }

    // ---- classes

    public List<ClassView> classes() {
        Access.require(Permission.SEAL_VIEW);
        return db.tenant().createQuery("select c from SealClass c order by c.id", SealClass.class).getResultStream()
                .map(ClassView::of).toList();
    }

    public ClassView sealClass(long id) {
        Access.require(Permission.SEAL_VIEW);
        return ClassView.of(findClass(id));
    }

    public ClassView addClass(String code, String name, Boolean requiresMatter, List<String> chain) {
        Access.require(Permission.SEAL_MANAGE);
        String c = code == null ? "" : code.strip();
        if (!db.tenant().createQuery("select c.id from SealClass c where c.code = :code", Long.class).setParameter("code", c)
                .getResultList().isEmpty()) {
            throw DomainException.conflict("error.sealClass.codeTaken", c);
        }
        SealClass sealClass = new SealClass(c, name, Boolean.TRUE.equals(requiresMatter), ApprovalChain.of(chain));
        db.tenant().persist(sealClass);
        db.tenant().flush();
        return ClassView.of(sealClass);
    }

    public ClassView changeClass(long id, String name, Boolean requiresMatter, List<String> chain) {
        Access.require(Permission.SEAL_MANAGE);
        SealClass sealClass = findClass(id);
        if (name != null) {
            sealClass.rename(name);
        }
        sealClass.change(requiresMatter == null ? sealClass.isRequiresMatter() : requiresMatter,
                chain == null ? sealClass.approvalChain() : ApprovalChain.of(chain));
        db.tenant().flush();
        return ClassView.of(sealClass);
    }

    /** Adds the seed's classes the tenant does not have yet; answers all of the tenant's classes. */
    public List<ClassView> addDefaultClasses() {
        Access.require(Permission.SEAL_MANAGE);
        List<String> have = db.tenant().createQuery("select c.code from SealClass c", String.class).getResultList();
        for (SealClass.Default seed : SealClass.DEFAULTS) {
            if (!have.contains(seed.code())) {
                db.tenant().persist(new SealClass(seed.code(), seed.name(), seed.requiresMatter(), ApprovalChain.parse(seed.chain())));
            }
        }
        db.tenant().flush();
        return classes();
    }

    SealClass findClass(long id) {
        SealClass sealClass = db.tenant().find(SealClass.class, id);
        if (sealClass == null) {
            throw new NotFoundException("SealClass", id);
        }
        return sealClass;
    }

    // ---- seals

    public List<SealView> seals() {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        return db.tenant().createQuery("select s from Seal s order by s.villageId, s.id", Seal.class).getResultStream()
                .filter(s -> inScope(user, s.getVillageId())).map(this::view).toList();
    }

    public SealView seal(long id) {
        return view(visible(Access.require(Permission.SEAL_VIEW), id));
    }

    /**
     * Registers a seal of a village in a seal terminal of the same village. The terminal gets its
     * secret now if it has none (answered once); a terminal holds one seal in use at a time.
     */
    public Registered register(Long villageId, SealKind kind, String name, Long deviceId) {
        UserPrincipal user = Access.require(Permission.SEAL_MANAGE);
        Place village = village(user, villageId);
        DeviceView device = sealTerminal(deviceId, village.getId());
        Instant now = clock.now();
        Seal seal = new Seal(village.getId(), kind, name, device.id(), user.describe(), now);
        db.tenant().persist(seal);
        String secret = issueIfNone(device.id(), user, now);
        db.tenant().flush();
        return new Registered(view(seal), secret);
    }

    /** Puts the seal into another seal terminal of its village (e.g. the old one broke); the new one gets a secret if it has none. */
    public Registered move(long id, Long deviceId) {
        UserPrincipal user = Access.require(Permission.SEAL_MANAGE);
        Seal seal = visible(user, id);
        seal.requireActive();
        DeviceView device = sealTerminal(deviceId, seal.getVillageId());
        seal.moveTo(device.id());
        String secret = issueIfNone(device.id(), user, clock.now());
        db.tenant().flush();
        return new Registered(view(seal), secret);
    }

    public SealView retire(long id, String reason) {
        UserPrincipal user = Access.require(Permission.SEAL_MANAGE);
        Seal seal = visible(user, id);
        seal.retire(reason, user.describe(), clock.now());
        db.tenant().flush();
        return view(seal);
    }

    /** A new secret for the seal's terminal, answered once; the old one stops working at once. */
    public Registered reissueSecret(long id) {
        UserPrincipal user = Access.require(Permission.SEAL_MANAGE);
        Seal seal = visible(user, id);
        SealTerminal terminal = terminal(seal.getDeviceId());
        if (terminal == null) {
            throw new NotFoundException("SealTerminal", seal.getDeviceId());
        }
        String secret = terminal.reissue(user.describe(), clock.now());
        db.tenant().flush();
        return new Registered(view(seal), secret);
    }

    public List<TerminalView> terminals() {
        UserPrincipal user = Access.require(Permission.SEAL_VIEW);
        List<Long> visibleDevices = seals().stream().map(SealView::deviceId).toList();
        return db.tenant().createQuery("select t from SealTerminal t order by t.id", SealTerminal.class).getResultStream()
                .filter(t -> user.isOperator() || visibleDevices.contains(t.getDeviceId())).map(TerminalView::of).toList();
    }

    public TerminalView terminalView(long id) {
        return terminals().stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("SealTerminal", id));
    }

    // ----

    Seal visible(UserPrincipal user, long id) {
        Seal seal = db.tenant().find(Seal.class, id);
        if (seal == null || !inScope(user, seal.getVillageId())) {
            throw new NotFoundException("Seal", id);
        }
        return seal;
    }

    boolean inScope(UserPrincipal user, long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        return village != null && Access.inScope(user, village.getPath());
    }

    /** Gives the terminal its first secret; answers it, or null when the terminal has one already (it is never shown again). */
    private String issueIfNone(long deviceId, UserPrincipal user, Instant now) {
        if (terminal(deviceId) != null) {
            return null;
        }
        SealTerminal terminal = new SealTerminal(deviceId, user.describe(), now);
        db.tenant().persist(terminal);
        return terminal.getSecret();
    }

    SealTerminal terminal(long deviceId) {
        return db.tenant().createQuery("select t from SealTerminal t where t.deviceId = :device", SealTerminal.class)
                .setParameter("device", deviceId).getResultStream().findFirst().orElse(null);
    }

    private Place village(UserPrincipal user, Long villageId) {
        Place village = villageId == null ? null : db.tenant().find(Place.class, villageId);
        if (village == null || !Access.inScope(user, village.getPath()) || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new DomainException("error.seal.village", villageId == null ? "" : villageId);
        }
        return village;
    }

    /** An active seal terminal of the tenant in the village with no seal in use, or 400 {@code error.seal.device}. */
    private DeviceView sealTerminal(Long deviceId, long villageId) {
        if (deviceId == null) {
            throw new DomainException("error.seal.device", "");
        }
        DeviceView device;
        try {
            device = devices.get(deviceId);
        } catch (NotFoundException e) {
            throw new DomainException("error.seal.device", deviceId);
        }
        if (device.kind() != DeviceKind.SEAL || !device.isActive() || device.villageId() == null || device.villageId() != villageId) {
            throw new DomainException("error.seal.device", device.serialNumber());
        }
        boolean holding = !db.tenant().createQuery("select s.id from Seal s where s.deviceId = :device and s.status = :active", Long.class)
                .setParameter("device", deviceId).setParameter("active", SealStatus.ACTIVE).getResultList().isEmpty();
        if (holding) {
            throw DomainException.conflict("error.seal.deviceHolds", device.serialNumber());
        }
        return device;
    }

    private SealView view(Seal s) {
        EntityManager em = db.tenant();
        Place village = em.find(Place.class, s.getVillageId());
        SealTerminal t = terminal(s.getDeviceId());
        Device device = em.find(Device.class, s.getDeviceId());
        String serial = device == null || device.getTenantId() == null || device.getTenantId() != TenantContext.current().id()
                ? "" : device.getSerialNumber();
        return new SealView(s.getId(), s.getVillageId(), village == null ? "" : village.getName(), s.getKind(), s.getName(),
                s.getDeviceId(), serial, s.getStatus(), s.getRegisteredBy(), s.getRegisteredAt(), s.getRetiredBy(), s.getRetiredAt(),
                s.getRetireReason(), t == null ? null : t.getBattery(), t == null ? null : t.getLidOpen(),
                t == null ? null : t.getLastHeartbeat(), t == null ? 0 : t.getLastSequence(), s.getVersion());
    }
}
