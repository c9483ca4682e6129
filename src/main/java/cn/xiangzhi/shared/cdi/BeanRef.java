package cn.xiangzhi.shared.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;

import java.util.function.Supplier;

/**
 * An {@link ApplicationScoped} bean for code that CDI does not inject (JPA entity listeners, the
 * Shiro realm), looked up on first use and kept. {@code CDI.current()} finds the bean manager by
 * walking the caller's stack on Payara, which cost 4 % of the counter's CPU when every audited
 * insert and every Basic-authenticated request did it (bench/counter.sh). Only for normal-scoped
 * beans: what is kept is their client proxy, valid for the application's lifetime.
 */
public final class BeanRef<T> implements Supplier<T> {

    private final Class<T> type;
    private volatile T bean;

    private BeanRef(Class<T> type) {
        this.type = type;
    }

    public static <T> BeanRef<T> of(Class<T> type) {
        return new BeanRef<>(type);
    }

    @Override
    public T get() {
        T found = bean;
        if (found == null) {
            found = CDI.current().select(type).get();
            bean = found;
        }
        return found;
    }
}
