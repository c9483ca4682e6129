package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.Tenant;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.platform.domain.TenantStatus;
import cn.xiangzhi.shared.tenancy.TenantRef;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/** What the web layer needs to know of a tenant while serving one of its requests. */
public record TenantSnapshot(long id, String code, String name, TenantKind kind, String divisionCode,
                             TenantStatus status, String theme, String starter, String timeZone, Instant createdAt,
                             String signedUpFrom) implements Serializable {

    public static TenantSnapshot of(Tenant tenant) {
        return new TenantSnapshot(tenant.getId(), tenant.getCode(), tenant.getName(), tenant.getKind(),
                tenant.getDivisionCode(), tenant.getStatus(), tenant.getTheme(), tenant.getStarter(), tenant.getTimeZone(),
                tenant.getCreatedAt(), tenant.getSignedUpFrom());
    }

    public TenantRef ref() {
        return new TenantRef(id, code, name, ZoneId.of(timeZone));
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }
}
