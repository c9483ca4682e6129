package cn.xiangzhi.platform.application;

import cn.xiangzhi.shared.cache.ClusterForgetting;
import cn.xiangzhi.shared.cache.Remembered;
import cn.xiangzhi.shared.security.PasswordHasher;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.tenancy.TenantRef;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Optional;

/**
 * Tenant users' sign-ins remembered for a few seconds (ADR 0011): REST clients sign in with HTTP
 * Basic on every request, and each sign-in was a transaction of its own reading the account and
 * its scope. A user who signed in successfully within {@link #FRESH}, with the same password, is
 * signed in again from memory. Anything else — an unknown user, another password, an account not
 * remembered — goes to {@link LoginService}, which throttles and counts failures. Every change of an
 * account (role, scope, enabled, password, removal) forgets it at once and again
 * when the change commits ({@code UserAccountChanges}, an entity listener of the account), so a disabled user is refused on
 * the next request — on every instance of a cluster, which are told when the change has ended
 * ({@link ClusterForgetting}, ADR 0025). Platform operators are not remembered.
 */
@ApplicationScoped
public class SignIns {

    static final Duration FRESH = Duration.ofSeconds(5);

    /** Per client address too: an address the throttle holds back is never let through from memory. */
    private record Key(long tenantId, String username, String address) {
    }

    private record Account(UserPrincipal principal, String storedHash) {
    }

    private final Remembered<Key, Account> accounts = new Remembered<>(FRESH, 10_000);

    @Inject
    LoginService login;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    @Inject
    ClusterForgetting cluster;

    @PostConstruct
    void listen() {
        cluster.register("sign-ins", account -> {
            int at = account.indexOf(':');
            forgetHere(Long.parseLong(account.substring(0, at)), account.substring(at + 1), null);
        });
    }

    public LoginService.Outcome authenticate(String username, char[] password, String address) {
        Optional<TenantRef> tenant = TenantContext.find();
        if (tenant.isEmpty()) {
            return login.authenticate(username, password, address);
        }
        Key key = new Key(tenant.get().id(), username, String.valueOf(address));
        Optional<Account> known = accounts.peek(key);
        if (known.isPresent() && PasswordHasher.matchedRecently(password, known.get().storedHash())) {
            return new LoginService.Outcome.SignedIn(known.get().principal(), known.get().storedHash());
        }
        long since = accounts.generation();
        LoginService.Outcome outcome = login.authenticate(username, password, address);
        // only under the account's own spelling: the database matches usernames regardless of case,
        // and a change of the account forgets it under that spelling
        if (outcome instanceof LoginService.Outcome.SignedIn signedIn && signedIn.storedHash() != null
                && signedIn.principal().username().equals(username)) {
            accounts.put(key, new Account(signedIn.principal(), signedIn.storedHash()), since);
        }
        return outcome;
    }

    /** Forgets a tenant user's account that is being changed: now, and once the change has committed or rolled back. */
    public void forget(long tenantId, String username) {
        forgetHere(tenantId, username, transactions);
        cluster.forgetElsewhere("sign-ins", tenantId + ":" + username);
    }

    private void forgetHere(long tenantId, String username, TransactionSynchronizationRegistry transactions) {
        accounts.forgetAll(k -> k.tenantId() == tenantId && k.username().equals(username), transactions);
    }
}
