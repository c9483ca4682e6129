package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.OperatorAccount;
import cn.xiangzhi.platform.domain.SignInFailure;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.metrics.Tally;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.PasswordHasher;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.metrics.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Checks a username and password: a tenant user when a tenant is bound to the request, otherwise
 * a platform operator. An attempt first asks the throttle ({@link SignInGuard}) whether it must
 * wait; a failure is recorded and committed (the outcome is a value, not an exception, so the
 * transaction commits). Unknown usernames cost the same time and read the same as wrong passwords.
 */
@ApplicationScoped
@Transactional
public class LoginService {

    static final Tally.Figure FAILED = new Tally.Figure("xiangzhi.sign-in.failures",
            "Sign-ins refused, by reason: bad_credentials, disabled, or wait (held back by the throttle)");

    @Inject
    TenantEntityManager db;

    @Inject
    SignInGuard guard;

    @Inject
    Tally tally;

    /** Checked against when the username is unknown, so that costs as long as a wrong password. */
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash("unknown-user".toCharArray());

    @Inject
    BusinessClock clock;

    public sealed interface Outcome {
        /** {@code storedHash}: the account's password hash when it is a tenant user (see {@link SignIns}). */
        record SignedIn(UserPrincipal principal, String storedHash) implements Outcome {
        }

        /** {@code retryAfter}: with {@link Reason#WAIT}, how long the client must wait before trying again. */
        record Refused(Reason reason, Duration retryAfter) implements Outcome {
            Refused(Reason reason) {
                this(reason, Duration.ZERO);
            }
        }
    }

    public enum Reason { BAD_CREDENTIALS, WAIT, DISABLED }

    /** {@code address}: the client's address, which the throttle counts failures by. */
    public Outcome authenticate(String username, char[] password, String address) {
        Instant now = clock.now();
        Optional<TenantRef> tenant = TenantContext.find();
        long scope = tenant.map(TenantRef::id).orElse(SignInFailure.PLATFORM);
        String client = address == null || address.isBlank() ? "unknown" : address;
        Duration wait = guard.waitFor(scope, username, client, now);
        if (!wait.isZero()) {
            failed(Reason.WAIT);
            return new Outcome.Refused(Reason.WAIT, wait);
        }
        Outcome outcome = tenant.isPresent() ? tenantUser(tenant.get(), username, password) : operator(username, password);
        if (outcome instanceof Outcome.SignedIn) {
            guard.succeeded(scope, username, client, now);
        } else if (((Outcome.Refused) outcome).reason() == Reason.BAD_CREDENTIALS) {
            guard.failed(scope, username, client, now);
        }
        if (outcome instanceof Outcome.Refused refused) {
            failed(refused.reason());
        }
        return outcome;
    }

    private void failed(Reason reason) {
        tally.now(FAILED, 1, new Tag("reason", reason.name().toLowerCase()));
    }

    private Outcome tenantUser(TenantRef tenant, String username, char[] password) {
        UserAccount user = db.tenant().createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
                .setParameter("name", username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            return unknownUser(password);
        }
        if (!user.credentials().matches(password)) {
            return new Outcome.Refused(Reason.BAD_CREDENTIALS);
        }
        if (!user.isEnabled()) {
            return new Outcome.Refused(Reason.DISABLED);
        }
        return new Outcome.SignedIn(new UserPrincipal(user.getId(), user.getUsername(), user.getDisplayName(),
                user.getRole(), tenant.id(), tenant.code(), user.getScope().getId(),
                user.getScope().getPath()), user.credentials().storedHash());
    }

    private Outcome operator(String username, char[] password) {
        OperatorAccount operator = db.platform().createQuery("select o from OperatorAccount o where o.username = :name",
                OperatorAccount.class).setParameter("name", username).getResultStream().findFirst().orElse(null);
        if (operator == null) {
            return unknownUser(password);
        }
        if (!operator.credentials().matches(password)) {
            return new Outcome.Refused(Reason.BAD_CREDENTIALS);
        }
        return new Outcome.SignedIn(UserPrincipal.operator(operator.getId(), operator.getUsername()), null);
    }

    private static Outcome unknownUser(char[] password) {
        PasswordHasher.matches(password, UNKNOWN_USER_HASH);
        return new Outcome.Refused(Reason.BAD_CREDENTIALS);
    }
}
