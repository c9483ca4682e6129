package cn.xiangzhi.platform;

import jakarta.persistence.Entity;
import org.eclipse.persistence.annotations.Multitenant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every entity is either a shared platform table (listed here, on purpose) or tenant-owned —
 * and every tenant-owned one has its line in {@link TenantIsolationIT#TABLES}. Adding an entity
 * without its isolation test fails this test.
 */
class IsolationCoverageTest {

    /**
     * Shared tables. SignInFailure names its tenant in a column of its own (operators' sign-ins have
     * none): its isolation is {@code TenantIsolationIT.aTenantsFailedSignInsAreNeverShownToAnother}.
     * Device is the registry of every tenant's devices (pending ones have no tenant, ADR 0016): its
     * isolation is {@code TenantIsolationIT.aTenantsDevicesWriteOnlyIntoItAndAreNotSeenClaimedOrMovedByAnother}.
     */
    static final Set<String> PLATFORM_TABLES = Set.of("Tenant", "OperatorAccount", "SignInFailure", "Device");

    @Test
    void everyTenantOwnedEntityHasAnIsolationTestAndEveryOtherIsADeclaredPlatformTable() throws Exception {
        Set<String> tenantOwned = new TreeSet<>();
        Set<String> shared = new TreeSet<>();
        for (Class<?> entity : entities()) {
            (isMultitenant(entity) ? tenantOwned : shared).add(entity.getSimpleName());
        }
        Set<String> covered = TenantIsolationIT.TABLES.stream().map(t -> t.entity().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(tenantOwned, covered, "tenant-owned entities vs. lines in TenantIsolationIT.TABLES");
        assertEquals(new TreeSet<>(PLATFORM_TABLES), shared, "entities without @Multitenant must be declared platform tables");
    }

    private static boolean isMultitenant(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Multitenant.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> entities() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .filter(name -> !name.contains("$") && !name.contains(".launcher."))
                    .map(IsolationCoverageTest::load)
                    .filter(c -> c.isAnnotationPresent(Entity.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, IsolationCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
