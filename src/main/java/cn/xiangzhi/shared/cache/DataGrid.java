package cn.xiangzhi.shared.cache;

import com.hazelcast.core.HazelcastInstance;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.Optional;

/** Payara's data grid (Hazelcast) of this instance, when it runs one (JNDI {@code payara/Hazelcast}; ADR 0023). */
public final class DataGrid {

    private DataGrid() {
    }

    public static Optional<HazelcastInstance> find() {
        try {
            HazelcastInstance grid = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            return grid != null && grid.getLifecycleService().isRunning() ? Optional.of(grid) : Optional.empty();
        } catch (NamingException | RuntimeException | LinkageError none) {
            return Optional.empty();
        }
    }
}
