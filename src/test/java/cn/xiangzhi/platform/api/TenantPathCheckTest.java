package cn.xiangzhi.platform.api;

import cn.xiangzhi.shared.tenancy.TenantRef;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code {tenant}} of a resource path and the tenant bound to the request must be the same. */
class TenantPathCheckTest {

    private static final Optional<TenantRef> A = Optional.of(new TenantRef(1, "county-a", "甲县", ZoneId.of("Asia/Shanghai")));

    @Test
    void anotherTenantsCodeInThePathIsRefused() {
        assertFalse(TenantPathCheck.agrees("county-b", A));
    }

    @Test
    void theBoundTenantsCodePasses() {
        assertTrue(TenantPathCheck.agrees("county-a", A));
    }

    @Test
    void aTenantPathWithNothingBoundIsRefused() {
        assertFalse(TenantPathCheck.agrees("county-a", Optional.empty()));
    }

    @Test
    void pathsWithoutATenantAreNotChecked() {
        assertTrue(TenantPathCheck.agrees(null, Optional.empty()));
        assertTrue(TenantPathCheck.agrees(null, A));
    }
}
