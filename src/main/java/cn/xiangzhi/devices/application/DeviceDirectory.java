package cn.xiangzhi.devices.application;

import cn.xiangzhi.devices.domain.Device;
import cn.xiangzhi.platform.application.TenantDirectory;
import cn.xiangzhi.platform.application.TenantSnapshot;
import cn.xiangzhi.shared.cache.ClusterForgetting;
import cn.xiangzhi.shared.cache.Remembered;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.Optional;

/**
 * The device registry as the protocol endpoints read it: a serial number to its device, remembered
 * for {@link #FRESH} (a terminal polls every 10 s: with a shorter memory every poll would read the
 * registry), and a tenant by id, remembered for {@link #TENANT_FRESH} (ADR 0011's reasoning). A
 * change of a device on this server (claim, disable, move) forgets it at once and when its
 * transaction ends; the other instances of a cluster are told to forget it then ({@link ClusterForgetting},
 * ADR 0025), and would see it within {@link #FRESH} anyway; a
 * tenant's suspension reaches its devices within {@link #TENANT_FRESH}. Unknown serials are not remembered.
 */
@ApplicationScoped
@Transactional
public class DeviceDirectory {

    static final Duration FRESH = Duration.ofSeconds(30);
    static final Duration TENANT_FRESH = Duration.ofSeconds(5);

    private final Remembered<String, Device> bySerial = new Remembered<>(FRESH, 50_000);
    private final Remembered<Long, TenantSnapshot> tenantsById = new Remembered<>(TENANT_FRESH, 10_000);

    @Inject
    TenantEntityManager db;

    @Inject
    TenantDirectory tenants;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterForgetting cluster;

    @PostConstruct
    void listen() {
        cluster.register("devices", serial -> bySerial.forgetAll(serial::equals, null));
    }

    public Optional<DeviceSnapshot> find(String serial) {
        return bySerial.get(serial, this::load).map(device -> DeviceSnapshot.of(device, device.getTenantId() == null ? null
                : tenantsById.get(device.getTenantId(), tenants::findById).orElse(null)));
    }

    private Optional<Device> load(String serial) {
        Optional<Device> device = db.platform().createQuery("select d from Device d where d.serialNumber = :serial", Device.class)
                .setParameter("serial", serial).getResultStream().findFirst();
        device.ifPresent(db.platform()::detach);
        return device;
    }

    /** Forgets a device being changed: now, and once the changing transaction has ended. */
    public void forget(String serial) {
        bySerial.forget(serial, transactions);
        cluster.forgetElsewhere("devices", serial);
    }

    /** Forgets a device whose contact data changed (its language, its stamps) outside a transaction of the registry. */
    public void forgetNow(String serial) {
        bySerial.forgetAll(serial::equals, null);
        cluster.forgetElsewhere("devices", serial);
    }
}
