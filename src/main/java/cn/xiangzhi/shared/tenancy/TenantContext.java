package cn.xiangzhi.shared.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Which tenant the current thread works for.
 *
 * <p>The tenant resolution filter of the platform binds it for the whole of a request whose URL names a
 * tenant ({@code /t/{code}/...}, {@code /api/t/{code}/...}); device endpoints bind it from the device
 * registry; work outside a request (timers, batch, executors) binds it explicitly with
 * {@link #callAs}. There is never a default: {@link #current()} throws when nothing is bound.
 * A binding cannot be replaced, only nested with {@link #callAs} and restored afterwards.
 */
public final class TenantContext {

    private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** The bound tenant; throws {@link NoTenantException} when none is bound. */
    public static TenantRef current() {
        TenantRef tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantException();
        }
        return tenant;
    }

    public static Optional<TenantRef> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code work} for {@code tenant} and restores whatever was bound before. */
    public static <T> T callAs(TenantRef tenant, Callable<T> work) {
        TenantRef previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(TenantRef tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }
}
