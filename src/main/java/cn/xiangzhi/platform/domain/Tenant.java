package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.AuditedEntity;
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

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A county or township organisation department using the platform. Shared platform table: it is
 * not multitenant, it is the list of tenants. Its {@link #getCode() code} is the URL segment
 * {@code /t/{code}/} and never changes; its id is the discriminator in every tenant-owned row.
 */
@Entity
@Table(name = "tenant")
public class Tenant extends AuditedEntity {

    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    /** Lower-case letters, digits and hyphens, 3 to 40, starting with a letter. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{2,39}");

    /** The longest name of a tenant, its place or its administrator. */
    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private TenantKind kind;

    @Column(name = "division_code", nullable = false, length = 12)
    private String divisionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status;

    @Column(length = 40)
    private String theme;

    @Column(length = 40, updatable = false)
    private String starter;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The zone its business days and months are cut in (ADR 0014). */
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = DEFAULT_ZONE;

    /** The client address of a self-service sign-up; null when an operator opened the tenant. */
    @Column(name = "signed_up_from", length = 45, updatable = false)
    private String signedUpFrom;

    protected Tenant() {
    }

    /** {@code now}: when the tenant is opened (the business clock). */
    public Tenant(String code, String name, TenantKind kind, DivisionCode divisionCode, String starter, String theme, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new DomainException("error.tenant.code", code);
        }
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new DomainException("error.name.required");
        }
        if (!divisionCode.fitsLevel(kind.rootLevel())) {
            throw new DomainException("error.division.level", divisionCode.value());
        }
        this.code = code;
        this.name = name.strip();
        this.kind = kind;
        this.divisionCode = divisionCode.value();
        this.status = TenantStatus.ACTIVE;
        this.starter = starter;
        this.theme = theme;
        this.createdAt = now;
    }

    /** Marks the tenant as opened by a self-service sign-up from {@code address}. */
    public void signedUpFrom(String address) {
        this.signedUpFrom = address == null ? "unknown" : address.length() > 45 ? address.substring(0, 45) : address;
    }

    /** The zone the tenant's business days and months are cut in: a region id such as {@code Asia/Shanghai}. */
    public void changeTimeZone(String zone) {
        try {
            if (zone == null || zone.length() > 40 || !ZoneId.getAvailableZoneIds().contains(zone.strip())) {
                throw new DomainException("error.tenant.timeZone", zone);
            }
        } catch (DateTimeException e) {
            throw new DomainException("error.tenant.timeZone", zone);
        }
        this.timeZone = zone.strip();
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    /** The look of the tenant's pages: a folder of {@code themes/}, checked by the caller. */
    public void changeTheme(String newTheme) {
        this.theme = newTheme;
    }

    public void resume() {
        status = TenantStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public long auditTenantId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind == null ? null : kind.name());
        state.put("divisionCode", divisionCode);
        state.put("status", status == null ? null : status.name());
        state.put("theme", theme);
        state.put("starter", starter);
        state.put("timeZone", timeZone);
        return state;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public TenantStatus getStatus() {
        return status;
    }

    public String getTheme() {
        return theme;
    }

    public String getStarter() {
        return starter;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getSignedUpFrom() {
        return signedUpFrom;
    }
}
