package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.platform.infrastructure.ThemeCatalog;
import cn.xiangzhi.shared.audit.AuditAction;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.NativeSql;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.ForbiddenException;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.logging.Logger;

/**
 * The platform operator's console: lists tenants, opens a new one with its root place and first
 * tenant admin (all or nothing, in one transaction), suspends and resumes tenants. A suspended
 * tenant keeps all its data.
 */
@ApplicationScoped
@Transactional
public class TenantAdministration {

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    @Inject
    AuditTrail audit;

    @Inject
    ThemeCatalog themes;

    @Inject
    TenantCache cache;

    public List<TenantSnapshot> list() {
        requireOperator();
        return db.platform().createQuery("select t from Tenant t order by t.code", Tenant.class)
                .getResultStream().map(TenantSnapshot::of).toList();
    }

    /**
     * What a new tenant needs: the tenant itself (the organisation's {@code name}, and the
     * {@code placeName} of the county or township it serves, the root of its places; the
     * organisation's name when null) and its first administrator; starter and theme may be null.
     */
    public record Opening(String code, String name, String placeName, TenantKind kind, String divisionCode,
                          String adminUsername, String adminName, String adminPhone, char[] adminPassword,
                          String starter, String theme) {
    }

    public TenantSnapshot open(Opening opening) {
        requireOperator();
        return openTenant(opening, null);
    }

    /**
     * Opens a tenant; without an operator signed in for a self-service sign-up ({@link Onboarding})
     * from {@code signedUpFrom} (null when an operator opens it).
     */
    TenantSnapshot openTenant(Opening opening, String signedUpFrom) {
        if (opening.kind() == null) {
            throw new DomainException("error.tenant.kind");
        }
        DivisionCode code = DivisionCode.parse(opening.divisionCode());
        Tenant tenant = new Tenant(opening.code(), opening.name(), opening.kind(), code, opening.starter(),
                themes.find(opening.theme()).map(ThemeCatalog.Theme::name).orElse(ThemeCatalog.DEFAULT), clock.now());
        EntityManager platform = db.platform();
        boolean taken = !platform.createQuery("select t.id from Tenant t where t.code = :code", Long.class)
                .setParameter("code", opening.code()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.tenant.codeTaken", opening.code());
        }
        if (signedUpFrom != null) {
            tenant.signedUpFrom(signedUpFrom);
        }
        platform.persist(tenant);
        platform.flush();
        TenantSnapshot snapshot = TenantSnapshot.of(tenant);
        TenantContext.runAs(snapshot.ref(), () -> {
            EntityManager em = db.tenant();
            Place root = Place.root(opening.kind().rootLevel(),
                    opening.placeName() == null || opening.placeName().isBlank() ? opening.name() : opening.placeName().strip(), code);
            em.persist(root);
            em.flush();
            root.assignPath();
            em.persist(new UserAccount(opening.adminUsername(), opening.adminName(), opening.adminPhone(),
                    Role.TENANT_ADMIN, root, opening.adminPassword(), clock.now()));
            em.flush();
        });
        return snapshot;
    }

    public TenantSnapshot suspend(long tenantId, String reason) {
        requireOperator();
        Tenant tenant = changing(tenantId);
        tenant.suspend();
        audit.recordEvent(tenantId, AuditAction.SUSPEND, "Tenant", Long.toString(tenantId), reason);
        return TenantSnapshot.of(tenant);
    }

    public TenantSnapshot resume(long tenantId) {
        requireOperator();
        Tenant tenant = changing(tenantId);
        tenant.resume();
        audit.recordEvent(tenantId, AuditAction.RESUME, "Tenant", Long.toString(tenantId), null);
        return TenantSnapshot.of(tenant);
    }

    /**
     * Removes a suspended tenant with all its data — for a sign-up nobody wanted, or a tenant that
     * left. The operator types the tenant's code to confirm. Every table with a {@code tenant_id}
     * column (found in the schema, so tables added later are covered) and the sign-in throttle's
     * rows are emptied of the tenant's rows in this one transaction, then the tenant itself.
     * Returns how many rows were removed.
     */
    public long remove(long tenantId, String confirmCode) {
        requireOperator();
        Tenant tenant = changing(tenantId);
        if (tenant.isActive()) {
            throw DomainException.conflict("error.tenant.removeActive", tenant.getCode());
        }
        if (confirmCode == null || !confirmCode.strip().equals(tenant.getCode())) {
            throw new DomainException("error.tenant.removeConfirm", tenant.getCode());
        }
        EntityManager platform = db.platform();
        @SuppressWarnings("unchecked")
        List<String> tables = NativeSql.of(platform, "select table_name from information_schema.columns"
                + " where table_schema = database() and column_name = 'tenant_id' order by table_name").getResultList();
        long removed = 0;
        NativeSql.of(platform, "set foreign_key_checks = 0").executeUpdate();
        try {
            for (String table : tables) {
                if (!table.matches("[a-z_0-9]+")) {
                    continue;
                }
                removed += NativeSql.of(platform, "delete from " + table + " where tenant_id = ?")
                        .setParameter(1, tenantId).executeUpdate();
            }
            for (String table : List.of("sign_in_failure", "sign_in_client")) {
                removed += NativeSql.of(platform, "delete from " + table + " where scope_id = ?")
                        .setParameter(1, tenantId).executeUpdate();
            }
            // the tenant row last, in SQL too: its audit entry would name a tenant that is gone
            removed += NativeSql.of(platform, "delete from tenant where id = ?").setParameter(1, tenantId).executeUpdate();
        } finally {
            NativeSql.of(platform, "set foreign_key_checks = 1").executeUpdate();
        }
        platform.detach(tenant);
        platform.getEntityManagerFactory().getCache().evict(Tenant.class, tenantId);
        LOG.info(() -> "Tenant " + tenant.getCode() + " (" + tenantId + ") removed by " + CurrentUser.require().username()
                + " with all its data");
        return removed;
    }

    private static final Logger LOG = Logger.getLogger(TenantAdministration.class.getName());

    /** A tenant about to change: the request cache forgets it (TenantCache). */
    private Tenant changing(long tenantId) {
        Tenant tenant = db.platform().find(Tenant.class, tenantId);
        if (tenant == null) {
            throw new NotFoundException("Tenant", tenantId);
        }
        cache.forget(tenant.getCode());
        return tenant;
    }

    /**
     * The tenant admin changes the time zone its business days and months are cut in (ADR 0014):
     * from the next request on, "today", month boundaries, deadlines and the times on pages follow it.
     */
    public TenantSnapshot changeTimeZone(String zone) {
        Access.require(Permission.TENANT_SETTINGS);
        Tenant tenant = changing(TenantContext.current().id());
        tenant.changeTimeZone(zone);
        return TenantSnapshot.of(tenant);
    }

    /** The tenant of the request, as settings show it. */
    public TenantSnapshot current() {
        Access.require(Permission.TENANT_SETTINGS);
        return TenantSnapshot.of(db.platform().find(Tenant.class, TenantContext.current().id()));
    }

    /** The tenant admin changes the look of the tenant's pages. */
    public TenantSnapshot changeTheme(String theme) {
        Access.require(Permission.TENANT_SETTINGS);
        ThemeCatalog.Theme chosen = themes.find(theme).orElseThrow(() -> new DomainException("error.theme.unknown", theme));
        Tenant tenant = changing(TenantContext.current().id());
        tenant.changeTheme(chosen.name());
        return TenantSnapshot.of(tenant);
    }

    private static void requireOperator() {
        if (!CurrentUser.require().isOperator()) {
            throw new ForbiddenException("platform operators only");
        }
    }
}
