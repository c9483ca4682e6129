package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.UserAdministration;
import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/**
 * People by name on the pages: {@code #{who.name(x.reviewedBy)}} turns how the records name a user
 * ({@code pingyin/changshan}, {@link cn.xiangzhi.shared.security.UserPrincipal#describe}) into the
 * user's display name ({@code 王管理}) when they are a user of the request's tenant, and leaves
 * anything else as it is (a name already, an operator, a user since deleted). One query per
 * request for all the names a page shows.
 */
@Named("who")
@RequestScoped
public class UserNames {

    @Inject
    UserAdministration users;

    private Map<String, String> names;

    public String name(String described) {
        if (described == null || described.isBlank()) {
            return "";
        }
        int slash = described.indexOf('/');
        if (slash < 0 || described.startsWith("operator:")) {
            return described;
        }
        String code = described.substring(0, slash);
        boolean ours = TenantContext.find().map(t -> t.code().equals(code)).orElse(false);
        return ours ? names().getOrDefault(described.substring(slash + 1), described) : described;
    }

    private Map<String, String> names() {
        if (names == null) {
            names = users.displayNames();
        }
        return names;
    }
}
