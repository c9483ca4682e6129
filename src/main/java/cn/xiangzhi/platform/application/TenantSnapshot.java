package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.platform.domain.TenantStatus;
import cn.xiangzhi.shared.tenancy.TenantRef;

import java.io.Serializable;

/** What the web layer needs to know of a tenant while serving one of its requests. */
public record TenantSnapshot(long id, String code, String name, TenantKind kind, String divisionCode,
                             TenantStatus status, String theme, String starter) implements Serializable {

    static TenantSnapshot of(Tenant tenant) {
        return new TenantSnapshot(tenant.getId(), tenant.getCode(), tenant.getName(), tenant.getKind(),
                tenant.getDivisionCode(), tenant.getStatus(), tenant.getTheme(), tenant.getStarter());
    }

    public TenantRef ref() {
        return new TenantRef(id, code);
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
