package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.cdi.BeanRef;
import cn.xiangzhi.shared.tenancy.TenantContext;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells {@link SignIns} when an account is written (any field: role, scope, enabled, password, failures) or removed. */
public class UserAccountChanges {

    private static final BeanRef<SignIns> SIGN_INS = BeanRef.of(SignIns.class);

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(UserAccount account) {
        TenantContext.find().ifPresent(tenant -> SIGN_INS.get().forget(tenant.id(), account.getUsername()));
    }
}
