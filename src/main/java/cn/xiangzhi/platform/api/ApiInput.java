package cn.xiangzhi.platform.api;

import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.shared.domain.DomainException;

/** Reading enum values from request bodies: an unknown value is a 400 that says which. */
final class ApiInput {

    private ApiInput() {
    }

    static TenantKind kind(String kind) {
        try {
            return kind == null ? null : TenantKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.tenant.kind");
        }
    }
}
