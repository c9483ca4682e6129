package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.platform.domain.SignUpLimits;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.platform.infrastructure.StarterCatalog;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.InvalidFields;
import cn.xiangzhi.shared.security.Credentials;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Self-service sign-up of a county or township organisation department: opens the tenant, its
 * root place and its admin (who signs in with their phone number), and applies the chosen starter
 * — all in one transaction, so a refused sign-up leaves nothing behind. Applying a starter again
 * adds only what is missing (places are matched by division code).
 */
@ApplicationScoped
@Transactional
public class Onboarding {

    @Inject
    TenantAdministration tenants;

    @Inject
    StarterCatalog starters;

    @Inject
    TenantEntityManager db;

    @Inject
    Event<StarterApplied> starterApplied;

    /**
     * A sign-up: {@code name} the organisation (平阴县委组织部), {@code placeName} the county or
     * township it serves, the root of its places (平阴县); {@code clientAddress} where the sign-up
     * comes from ({@code ClientAddress}); sign-ups are limited per address.
     */
    public record SignUp(String code, String name, String placeName, TenantKind kind, String divisionCode, String adminName,
                         String adminPhone, char[] password, String starter, String theme, String clientAddress) {
    }

    @Inject
    @ConfigProperty(name = "xiangzhi.signup.per-address", defaultValue = "" + SignUpLimits.PER_ADDRESS)
    int perAddress;

    @Inject
    @ConfigProperty(name = "xiangzhi.signup.per-hour", defaultValue = "" + SignUpLimits.TOTAL)
    int perHour;

    @Inject
    BusinessClock clock;

    public List<Starter> starters() {
        return starters.all();
    }

    /**
     * Opens a tenant for its organisation department: refused (429) beyond the hourly limits, and
     * (409) when an active tenant of the same kind already has the division code.
     */
    public TenantSnapshot signUp(SignUp form) {
        String address = form.clientAddress() == null ? "unknown" : form.clientAddress();
        EntityManager platform = db.platform();
        Instant hourAgo = clock.now().minus(Duration.ofHours(1));
        long fromHere = platform.createQuery("select count(t) from Tenant t where t.signedUpFrom = :address"
                + " and t.createdAt > :since", Long.class).setParameter("address", address).setParameter("since", hourAgo)
                .getSingleResult();
        long all = platform.createQuery("select count(t) from Tenant t where t.signedUpFrom is not null"
                + " and t.createdAt > :since", Long.class).setParameter("since", hourAgo).getSingleResult();
        new SignUpLimits(perAddress, perHour).check(fromHere, all);
        Starter starter = check(form);
        String phone = form.adminPhone().strip();
        String theme = form.theme() != null && !form.theme().isBlank() ? form.theme() : starter == null ? null : starter.theme();
        String division = DivisionCode.parse(form.divisionCode()).value();
        boolean taken = !platform.createQuery("select t.code from Tenant t where t.divisionCode = :division"
                        + " and t.kind = :kind and t.status = cn.xiangzhi.platform.domain.TenantStatus.ACTIVE", String.class)
                .setParameter("division", division).setParameter("kind", form.kind()).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.signup.divisionTaken", division);
        }
        TenantSnapshot tenant = tenants.openTenant(new TenantAdministration.Opening(form.code(), form.name(), form.placeName(), form.kind(),
                form.divisionCode(), phone, form.adminName(), phone, form.password(),
                starter == null ? null : starter.code(), theme), address);
        if (starter != null) {
            Starter chosen = starter;
            TenantContext.runAs(tenant.ref(), () -> apply(chosen, new DivisionCode(tenant.divisionCode())));
        }
        return tenant;
    }

    /**
     * Every field of a sign-up checked at once (issue 19: a person corrects them all in one go), in
     * the form's order: refused with all reasons ({@link InvalidFields}); answers the chosen starter.
     */
    private Starter check(SignUp form) {
        InvalidFields.Check check = new InvalidFields.Check();
        check.require(form.name() != null && !form.name().isBlank() && form.name().strip().length() <= Tenant.MAX_NAME, "name",
                "error.signup.name", Tenant.MAX_NAME);
        check.require(form.placeName() != null && !form.placeName().isBlank() && form.placeName().strip().length() <= Tenant.MAX_NAME,
                "placeName", "error.signup.placeName", Tenant.MAX_NAME);
        check.require(form.kind() != null, "kind", "error.tenant.kind");
        check.field("divisionCode", () -> {
            DivisionCode code = DivisionCode.parse(form.divisionCode());
            if (form.kind() != null && !code.fitsLevel(form.kind().rootLevel())) {
                throw new DomainException("error.division.level", code.value());
            }
        });
        check.require(form.code() != null && Tenant.CODE.matcher(form.code()).matches(), "code", "error.tenant.code", form.code());
        check.require(form.adminName() != null && !form.adminName().isBlank() && form.adminName().strip().length() <= Tenant.MAX_NAME,
                "adminName", "error.signup.adminName");
        check.require(form.adminPhone() != null && form.adminPhone().strip().matches("1\\d{10}"), "adminPhone", "error.user.phone",
                form.adminPhone());
        check.field("password", () -> Credentials.requireAcceptable(form.password()));
        Starter starter = null;
        if (form.starter() != null && !form.starter().isBlank()) {
            starter = starters.find(form.starter()).orElse(null);
            check.require(starter != null, "starter", "error.starter.unknown", form.starter());
            check.require(starter == null || form.kind() == null || starter.kind() == form.kind(), "starter", "error.starter.kind",
                    starter == null ? form.starter() : starter.name());
        }
        check.done();
        new InvalidFields.Check().require(db.platform().createQuery("select t.id from Tenant t where t.code = :code", Long.class)
                .setParameter("code", form.code()).getResultList().isEmpty(), "code", "error.tenant.codeTaken", form.code()).conflict();
        return starter;
    }

    /** The tenant admin applies the tenant's starter again; returns how many things (places, grids...) were added. */
    public int reapplyStarter() {
        Access.require(Permission.PLACE_EDIT);
        Tenant tenant = db.platform().find(Tenant.class, TenantContext.current().id());
        Starter starter = starters.find(tenant.getStarter())
                .orElseThrow(() -> new DomainException("error.starter.unknown", tenant.getStarter()));
        return apply(starter, new DivisionCode(tenant.getDivisionCode()));
    }

    private int apply(Starter starter, DivisionCode rootCode) {
        EntityManager em = db.tenant();
        Map<String, Place> byCode = new HashMap<>();
        em.createQuery("select p from Place p", Place.class).getResultList().forEach(p -> byCode.put(p.getDivisionCode(), p));
        Place root = byCode.get(rootCode.value());
        int added = 0;
        for (Starter.Place entry : starter.places()) {
            DivisionCode code = starter.divisionCodeOf(entry, rootCode);
            if (byCode.containsKey(code.value())) {
                continue;
            }
            Place parent = root;
            if (entry.level().tier() == PlaceLevel.Tier.VILLAGE && root.getLevel().tier() == PlaceLevel.Tier.COUNTY) {
                parent = byCode.get(code.value().substring(0, 9) + "000");
                if (parent == null) {
                    throw new DomainException("error.starter.parent", starter.code(), entry.name());
                }
            }
            Place place = parent.addChild(entry.level(), entry.name(), code);
            em.persist(place);
            em.flush();
            place.assignPath();
            byCode.put(code.value(), place);
            added++;
        }
        StarterApplied applied = new StarterApplied(starter, rootCode);
        starterApplied.fire(applied);
        return added + applied.addedCount();
    }
}
