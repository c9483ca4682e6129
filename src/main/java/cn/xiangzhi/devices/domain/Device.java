package cn.xiangzhi.devices.domain;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A device known to the platform by its serial number. Shared platform table, not multitenant: the
 * device endpoints are one for every tenant, and a request's tenant is the one this row names
 * (ADR 0016). A device that called in with a serial nobody registered is {@link DeviceStatus#PENDING}
 * with no tenant; a tenant admin claims it by typing the serial and picking the village. Every query
 * of a tenant's devices names {@code tenantId} itself. Contact data (last contact, stamps, firmware)
 * is written by the protocol adapter, not through this entity.
 */
@Entity
@Table(name = "device")
@Cache(isolation = CacheIsolationType.ISOLATED) // the protocol adapter writes contact data by JDBC: never serve a stale copy
public class Device {

    /** What a serial number may be: letters, digits, {@code -} and {@code _}, at most 40. */
    public static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "serial_number", nullable = false, length = 40, updatable = false)
    private String serialNumber;

    @Column(name = "tenant_id")
    private Long tenantId;

    @Column(name = "village_id")
    private Long villageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeviceKind kind;

    @Column(length = 60)
    private String label;

    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeviceStatus status;

    @Column(name = "first_seen", nullable = false, updatable = false)
    private Instant firstSeen;

    @Column(name = "last_contact", insertable = false, updatable = false)
    private Instant lastContact;

    @Column(name = "last_address", insertable = false, updatable = false)
    private String lastAddress;

    @Column(name = "push_version", insertable = false, updatable = false)
    private String pushVersion;

    @Column(name = "language", insertable = false, updatable = false)
    private String language;

    @Column(name = "attlog_stamp", insertable = false, updatable = false)
    private String attlogStamp;

    @Column(name = "operlog_stamp", insertable = false, updatable = false)
    private String operlogStamp;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "claimed_by", length = 120)
    private String claimedBy;

    protected Device() {
    }

    private Device(String serialNumber, DeviceKind kind, String timeZone, Instant now) {
        this.serialNumber = requireSerial(serialNumber);
        this.kind = kind;
        this.timeZone = timeZone;
        this.status = DeviceStatus.PENDING;
        this.firstSeen = now;
    }

    /** A serial as typed, stripped; refused (400 {@code error.device.serial}) unless it is one. */
    public static String requireSerial(String serial) {
        String text = serial == null ? null : serial.strip();
        if (text == null || !SERIAL.matcher(text).matches()) {
            throw new DomainException("error.device.serial", serial);
        }
        return text;
    }

    /** A zone id such as {@code Asia/Shanghai}; refused (400 {@code error.device.timeZone}) otherwise. */
    public static String requireZone(String zone) {
        try {
            if (zone == null || zone.length() > 40 || !ZoneId.getAvailableZoneIds().contains(zone.strip())) {
                throw new DomainException("error.device.timeZone", zone);
            }
        } catch (DateTimeException e) {
            throw new DomainException("error.device.timeZone", zone);
        }
        return zone.strip();
    }

    /** A device registered by a tenant admin before it ever called in (the same as claiming it once it calls). */
    public static Device registered(String serial, DeviceKind kind, String timeZone, Instant now) {
        return new Device(serial, kind, requireZone(timeZone), now);
    }

    /** Gives the device to the tenant's village: a pending device starts being heard. */
    public void claim(long tenant, long village, DeviceKind kind, String label, String zone, String by, Instant now) {
        if (tenantId != null) {
            throw DomainException.conflict("error.device.taken", serialNumber);
        }
        this.tenantId = tenant;
        this.villageId = village;
        this.kind = kind == null ? DeviceKind.ATTENDANCE : kind;
        relabel(label);
        this.timeZone = requireZone(zone);
        this.status = DeviceStatus.ACTIVE;
        this.claimedAt = now;
        this.claimedBy = by;
    }

    public void relabel(String text) {
        String value = text == null ? null : text.strip();
        if (value != null && value.length() > 60) {
            throw new DomainException("error.device.label");
        }
        this.label = value == null || value.isEmpty() ? null : value;
    }

    public void moveTo(long village) {
        this.villageId = village;
    }

    public void changeTimeZone(String zone) {
        this.timeZone = requireZone(zone);
    }

    public void disable() {
        if (status == DeviceStatus.PENDING) {
            throw DomainException.conflict("error.device.pending", serialNumber);
        }
        status = DeviceStatus.DISABLED;
    }

    public void enable() {
        if (status == DeviceStatus.PENDING) {
            throw DomainException.conflict("error.device.pending", serialNumber);
        }
        status = DeviceStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public Long getTenantId() {
        return tenantId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public DeviceKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public DeviceStatus getStatus() {
        return status;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastContact() {
        return lastContact;
    }

    public String getLastAddress() {
        return lastAddress;
    }

    public String getPushVersion() {
        return pushVersion;
    }

    public String getLanguage() {
        return language;
    }

    public String getAttlogStamp() {
        return attlogStamp;
    }

    public String getOperlogStamp() {
        return operlogStamp;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }
}
