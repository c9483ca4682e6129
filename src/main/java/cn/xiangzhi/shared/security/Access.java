package cn.xiangzhi.shared.security;

import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import org.apache.shiro.SecurityUtils;

import java.util.function.Function;

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

    /**
     * The row {@code id} of {@code type}, read by a user holding {@code permission} whose scope
     * contains the row's place ({@code pathOf} gives its materialized path); otherwise "not found",
     * so rows of other tenants and other villages look the same as rows that do not exist.
     */
    public static <T> T findInScope(EntityManager em, Class<T> type, long id, String permission, Function<T, String> pathOf) {
        UserPrincipal user = require(permission);
        T row = em.find(type, id);
        if (row == null || !inScope(user, pathOf.apply(row))) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return row;
    }

    public static boolean inScope(UserPrincipal user, String placePath) {
        return user.isOperator() || (placePath != null && user.scopePath() != null && placePath.startsWith(user.scopePath()));
    }
}
