package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.tenancy.TenantContext;
import org.apache.shiro.SecurityUtils;

/**
 * Checks application services make before they act, so pages and REST get the same answer.
 * Scope is the materialized path of the user's place: a user sees the places whose path starts
 * with it.
 */
public final class Access {

    private Access() {
    }

    /** The signed-in tenant user of the bound tenant, holding {@code permission}. */
    public static UserPrincipal require(String permission) {
        UserPrincipal user = CurrentUser.require();
        if (!user.isOperator() && !user.belongsTo(TenantContext.current().id())) {
            throw new ForbiddenException("signed in to another tenant");
        }
        if (!SecurityUtils.getSubject().isPermitted(permission)) {
            throw new ForbiddenException("missing permission " + permission);
        }
        return user;
    }

    public static boolean inScope(UserPrincipal user, String placePath) {
        return user.isOperator() || (placePath != null && user.scopePath() != null && placePath.startsWith(user.scopePath()));
    }
}
