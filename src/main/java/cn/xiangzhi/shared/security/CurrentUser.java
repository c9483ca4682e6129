package cn.xiangzhi.shared.security;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;

import java.util.Optional;

/** Reads the signed-in user from Shiro's subject bound to this thread. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<UserPrincipal> find() {
        try {
            Subject subject = SecurityUtils.getSubject();
            Object principal = subject.getPrincipal();
            return principal instanceof UserPrincipal user ? Optional.of(user) : Optional.empty();
        } catch (UnavailableSecurityManagerException | IllegalStateException outsideRequest) {
            return Optional.empty();
        }
    }

    public static UserPrincipal require() {
        return find().orElseThrow(() -> new ForbiddenException("not signed in"));
    }

    /** How the audit log names whoever acts now: a user, or "system" for work outside a login. */
    public static String describe() {
        return find().map(UserPrincipal::describe).orElse("system");
    }
}
