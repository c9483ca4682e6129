package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.security.Role;

import java.io.Serializable;

/** A user as pages and REST show it: never the password hash. */
public record UserView(long id, String username, String displayName, String phone, Role role, long scopePlaceId,
                       String scopePlaceName, boolean enabled, long version) implements Serializable {

    static UserView of(UserAccount user) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getPhone(), user.getRole(),
                user.getScope().getId(), user.getScope().getName(), user.isEnabled(), user.getVersion());
    }
}
