package cn.xiangzhi.shared.tenancy;

/** Tenant-owned data was touched with no tenant bound: a programming error, never a default. */
public class NoTenantException extends IllegalStateException {
    public NoTenantException() {
        super("No tenant is bound to this thread; tenant-owned data needs TenantContext");
    }
}
