package cn.xiangzhi.shared.security;

import java.io.Serializable;

/**
 * Who is signed in, kept in the session. A platform operator has no tenant; a tenant user carries
 * the tenant and the place (with its materialized path) that scopes what they see.
 */
public record UserPrincipal(long userId, String username, String displayName, Role role,
                            Long tenantId, String tenantCode, Long scopePlaceId, String scopePath)
        implements Serializable {

    public static UserPrincipal operator(long id, String username) {
        return new UserPrincipal(id, username, username, Role.PLATFORM_OPERATOR, null, null, null, null);
    }

    public boolean isOperator() {
        return role == Role.PLATFORM_OPERATOR;
    }

    public boolean belongsTo(long tenant) {
        return tenantId != null && tenantId == tenant;
    }

    /** How the audit log names this user. */
    public String describe() {
        return isOperator() ? "operator:" + username : tenantCode + "/" + username;
    }
}
