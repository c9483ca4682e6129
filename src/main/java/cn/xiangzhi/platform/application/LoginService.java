package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.OperatorAccount;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.security.Credentials;
import cn.xiangzhi.shared.security.PasswordHasher;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantEntityManager;
import cn.xiangzhi.shared.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password: a tenant user when a tenant is bound to the request, otherwise
 * a platform operator. Failed attempts are counted and committed (the outcome is a value, not an
 * exception, so the transaction commits); five in a row lock the account for fifteen minutes.
 */
@ApplicationScoped
@Transactional
public class LoginService {

    @Inject
    TenantEntityManager db;

    /** Checked against when the username is unknown, so that costs as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash("unknown-user".toCharArray());

    private final Clock clock = Clock.systemUTC();

    public sealed interface Outcome {
        /** {@code storedHash}: the account's password hash when it is a tenant user (see {@link SignIns}). */
        record SignedIn(UserPrincipal principal, String storedHash) implements Outcome {
        }

        record Refused(Reason reason) implements Outcome {
        }
    }

    public enum Reason { BAD_CREDENTIALS, LOCKED, DISABLED }

    public Outcome authenticate(String username, char[] password) {
        Instant now = clock.instant();
        Optional<TenantRef> tenant = TenantContext.find();
        if (tenant.isPresent()) {
            UserAccount user = db.tenant().createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                    .setParameter("name", username).getResultStream().findFirst().orElse(null);
            if (user == null) {
                return unknownUser(password);
            }
            Optional<Reason> refused = check(user.credentials(), password, now);
            if (refused.isPresent()) {
                return new Outcome.Refused(refused.get());
            }
            if (!user.isEnabled()) {
                return new Outcome.Refused(Reason.DISABLED);
            }
            return new Outcome.SignedIn(new UserPrincipal(user.getId(), user.getUsername(), user.getDisplayName(),
                    user.getRole(), tenant.get().id(), tenant.get().code(), user.getScope().getId(),
                    user.getScope().getPath()), user.credentials().storedHash());
        }
        OperatorAccount operator = db.platform().createQuery("select o from OperatorAccount o where o.username = :name",
                OperatorAccount.class).setParameter("name", username).getResultStream().findFirst().orElse(null);
        if (operator == null) {
            return unknownUser(password);
        }
        return check(operator.credentials(), password, now)
                .<Outcome>map(Outcome.Refused::new)
                .orElseGet(() -> new Outcome.SignedIn(UserPrincipal.operator(operator.getId(), operator.getUsername()), null));
    }

    private static Outcome unknownUser(char[] password) {
        PasswordHasher.matches(password, UNKNOWN_USER_HASH);
        return new Outcome.Refused(Reason.BAD_CREDENTIALS);
    }

    private static Optional<Reason> check(Credentials credentials, char[] password, Instant now) {
        if (credentials.isLocked(now)) {
            return Optional.of(Reason.LOCKED);
        }
        if (!credentials.attempt(password, now)) {
            return Optional.of(credentials.isLocked(now) ? Reason.LOCKED : Reason.BAD_CREDENTIALS);
        }
        return Optional.empty();
    }
}
