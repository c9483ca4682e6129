package cn.xiangzhi.shared.tenancy;

import java.util.Objects;

/**
 * The tenant a piece of work runs for: its numeric id (the discriminator stored in every
 * tenant-owned row) and its URL code. Immutable.
 */
public record TenantRef(long id, String code) {
    public TenantRef {
        Objects.requireNonNull(code, "code");
        if (id <= 0) {
            throw new IllegalArgumentException("tenant id must be positive: " + id);
        }
    }
}
