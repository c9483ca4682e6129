package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.LoginService;
import cn.xiangzhi.platform.application.SignIns;
import cn.xiangzhi.shared.cdi.BeanRef;
import cn.xiangzhi.shared.persistence.StoreFailure;
import cn.xiangzhi.shared.security.UserPrincipal;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

import java.util.Set;

/**
 * Shiro's view of our accounts. The throttle, the password check and failure counting happen in
 * {@link LoginService} (in a transaction, for the tenant bound to the request; a sign-in repeated
 * within seconds is answered by {@link SignIns} from memory); this realm turns
 * its outcome into Shiro's exceptions and the role into Shiro roles and permissions.
 */
public class XiangzhiRealm extends AuthorizingRealm {

    public XiangzhiRealm() {
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    private static final BeanRef<SignIns> SIGN_INS = BeanRef.of(SignIns.class);

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        if (login.getUsername() == null || login.getPassword() == null) {
            throw new IncorrectCredentialsException();
        }
        LoginService.Outcome outcome = SIGN_INS.get().authenticate(login.getUsername().strip(), login.getPassword(), login.getHost());
        if (outcome instanceof LoginService.Outcome.SignedIn signedIn) {
            return new SimpleAuthenticationInfo(signedIn.principal(), login.getPassword(), getName());
        }
        LoginService.Outcome.Refused refused = (LoginService.Outcome.Refused) outcome;
        throw switch (refused.reason()) {
            // the message is the wait in whole seconds, rounded up: the sign-in page shows it
            case WAIT -> new ExcessiveAttemptsException(Long.toString((refused.retryAfter().toMillis() + 999) / 1000));
            case DISABLED -> new DisabledAccountException("disabled");
            case BAD_CREDENTIALS -> new IncorrectCredentialsException();
        };
    }

    /**
     * Whether a failed sign-in was never judged: this realm's own refusals carry no cause, while
     * Shiro wraps anything else the sign-in met — a lost database, a deadlock or a Galera
     * certification conflict while a failure was recorded. Such a sign-in is "try again" (503),
     * never "wrong password".
     */
    static boolean notJudged(AuthenticationException failure) {
        return failure.getCause() != null || StoreFailure.isUnavailable(failure);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal user = principals.oneByType(UserPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo(Set.of(user.role().name()));
        info.setStringPermissions(user.role().permissions());
        return info;
    }
}
