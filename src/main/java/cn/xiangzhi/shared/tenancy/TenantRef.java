package cn.xiangzhi.shared.tenancy;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The tenant a piece of work runs for: its numeric id (the discriminator stored in every
 * tenant-owned row), its URL code, its name (the issuer on what it prints) and the time zone its business days and months are cut in.
 * Immutable.
 */
public record TenantRef(long id, String code, String name, ZoneId zone) {
    public TenantRef {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        if (id <= 0) {
            throw new IllegalArgumentException("tenant id must be positive: " + id);
        }
    }
}
