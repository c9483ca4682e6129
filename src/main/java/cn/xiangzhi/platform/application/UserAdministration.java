package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.audit.AuditAction;
import cn.xiangzhi.shared.audit.AuditTrail;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.CurrentUser;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tenant admin's user management: creates users with a role scoped to a place, changes them,
 * resets passwords, enables and disables them, and sees the failed sign-ins of the tenant.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    AuditTrail audit;

    @Inject
    SignInGuard signIns;

    @Inject
    Event<UserRemoving> removing;

    public record UserForm(String username, String displayName, String phone, Role role, long scopePlaceId,
                           char[] password) {
    }

    /**
     * The display name of every user of the bound tenant by username, for showing people by name
     * where records name them by account (any signed-in reader: names are no secret among staff).
     */
    public Map<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : db.tenant().createQuery("select u.username, u.displayName from UserAccount u", Object[].class)
                .getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return names;
    }

    public List<UserView> list() {
        UserPrincipal user = Access.require(Permission.USER_VIEW);
        return db.tenant().createQuery(
                        "select u from UserAccount u where u.scope.path like :scope order by u.username", UserAccount.class)
                .setParameter("scope", user.scopePath() + "%")
                .getResultStream().map(UserView::of).toList();
    }

    public UserView get(long id) {
        return UserView.of(visibleUser(id, Permission.USER_VIEW));
    }

    public UserView create(UserForm form) {
        Place scope = places.visiblePlace(form.scopePlaceId(), Permission.USER_MANAGE);
        EntityManager em = db.tenant();
        boolean taken = !em.createQuery("select u.id from UserAccount u where u.username = :name", Long.class)
                .setParameter("name", form.username()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.user.taken", form.username());
        }
        UserAccount user = new UserAccount(form.username(), form.displayName(), form.phone(), form.role(), scope,
                form.password(), clock.now());
        em.persist(user);
        em.flush();
        return UserView.of(user);
    }

    public UserView update(long id, String displayName, String phone, Role role, long scopePlaceId, boolean enabled) {
        UserAccount user = visibleUser(id, Permission.USER_MANAGE);
        Place scope = places.visiblePlace(scopePlaceId, Permission.USER_MANAGE);
        user.update(displayName, phone, role, scope);
        user.setEnabled(enabled);
        return UserView.of(user);
    }

    public void resetPassword(long id, char[] newPassword) {
        UserAccount user = visibleUser(id, Permission.USER_MANAGE);
        user.credentials().reset(newPassword);
        audit.recordEvent(TenantContext.current().id(), AuditAction.PASSWORD_RESET, "UserAccount",
                Long.toString(id), user.getUsername());
    }

    public void remove(long id) {
        UserAccount user = visibleUser(id, Permission.USER_MANAGE);
        if (user.getUsername().equals(CurrentUser.require().username())) {
            throw new DomainException("error.user.self");
        }
        removing.fire(new UserRemoving(user.getId()));
        db.tenant().remove(user);
    }

    private UserAccount visibleUser(long id, String permission) {
        return Access.findInScope(db.tenant(), UserAccount.class, id, permission, u -> u.getScope().getPath());
    }

    /** The tenant's failed sign-ins of the last {@code days} days (1 to 90) per username and address, the latest first. */
    public List<FailedSignIns> failedSignIns(int days) {
        Access.require(Permission.USER_MANAGE);
        int span = Math.max(1, Math.min(days, 90));
        return signIns.failuresSince(TenantContext.current().id(), clock.now().minus(Duration.ofDays(span)),
                ListSize.MAX);
    }
}
