package cn.xiangzhi.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The context map of ADR 0015 as rules that fail when an import breaks it: which context may use
 * which, only through another context's application and domain layers, the layers inside a context,
 * no cycles, and the shared core (places, households) changed only by the contexts that own it.
 */
class ContextMapTest {

    private static final JavaClasses PRODUCTION = ArchitectureTest.PRODUCTION;

    /** Each feature context and the contexts it may use (besides {@code shared}, which all may use). */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("platform", Set.of()),
            Map.entry("organisation", Set.of("platform")),
            Map.entry("devices", Set.of("platform")),
            Map.entry("points", Set.of("platform", "organisation")),
            Map.entry("shops", Set.of("platform", "organisation", "points")),
            Map.entry("decisions", Set.of("platform", "organisation")),
            Map.entry("centres", Set.of("platform", "organisation", "decisions")),
            Map.entry("notices", Set.of("platform")),
            Map.entry("orglife", Set.of("platform", "organisation", "devices", "decisions")),
            Map.entry("seal", Set.of("platform", "devices", "decisions")),
            Map.entry("rating", Set.of("platform", "organisation")),
            Map.entry("liaison", Set.of("platform", "organisation", "points", "centres")),
            Map.entry("kiosk", Set.of("platform", "organisation", "points", "shops", "decisions", "centres", "notices", "orglife", "rating", "liaison")),
            Map.entry("launcher", Set.of()));

    @Test
    void everyTopLevelPackageIsOnTheMap() {
        Set<String> found = new TreeSet<>();
        for (JavaClass type : PRODUCTION) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length > 2) {
                found.add(parts[2]);
            }
        }
        found.remove("shared");
        Assertions.assertEquals(new TreeSet<>(MAY_USE.keySet()), found,
                "a new context needs its line in the context map (ADR 0015) and in MAY_USE");
    }

    @Test
    void contextsUseOnlyTheContextsTheMapAllows() {
        for (Map.Entry<String, Set<String>> context : MAY_USE.entrySet()) {
            List<String> forbidden = MAY_USE.keySet().stream()
                    .filter(other -> !other.equals(context.getKey()) && !context.getValue().contains(other))
                    .map(other -> "cn.xiangzhi." + other + "..").toList();
            noClasses().that().resideInAPackage("cn.xiangzhi." + context.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because("ADR 0015: " + context.getKey() + " may use only " + context.getValue() + " and shared")
                    .check(PRODUCTION);
        }
    }

    @Test
    void anotherContextIsUsedOnlyThroughItsApplicationAndDomain() {
        for (String context : MAY_USE.keySet()) {
            noClasses().that().resideOutsideOfPackage("cn.xiangzhi." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("cn.xiangzhi." + context + ".web..",
                            "cn.xiangzhi." + context + ".api..", "cn.xiangzhi." + context + ".infrastructure..")
                    .because("ADR 0015: the web, api and infrastructure layers are a context's own")
                    .check(PRODUCTION);
        }
    }

    @Test
    void sharedNeverReachesUpIntoAFeature() {
        noClasses().that().resideInAPackage("cn.xiangzhi.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(MAY_USE.keySet().stream()
                        .map(c -> "cn.xiangzhi." + c + "..").toArray(String[]::new))
                .check(PRODUCTION);
    }

    @Test
    void theLayersInsideAContextPointDown() {
        noClasses().that().resideInAPackage("cn.xiangzhi.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xiangzhi.*.application..", "cn.xiangzhi.*.infrastructure..",
                        "cn.xiangzhi.*.web..", "cn.xiangzhi.*.api..")
                .because("ADR 0015: the domain knows no layer above it")
                .check(PRODUCTION);
        noClasses().that().resideInAPackage("cn.xiangzhi.*.application..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.xiangzhi.*.web..", "cn.xiangzhi.*.api..")
                .because("ADR 0015: application services serve pages and REST alike")
                .check(PRODUCTION);
        for (String context : MAY_USE.keySet()) {
            noClasses().that().resideInAPackage("cn.xiangzhi." + context + ".infrastructure..")
                    .should().dependOnClassesThat().resideInAnyPackage("cn.xiangzhi." + context + ".application..",
                            "cn.xiangzhi." + context + ".web..", "cn.xiangzhi." + context + ".api..")
                    .because("ADR 0015: infrastructure is driven by the application, never the other way round")
                    .allowEmptyShould(true).check(PRODUCTION);
        }
        for (String context : MAY_USE.keySet()) {
            noClasses().that().resideInAPackage("cn.xiangzhi." + context + ".api..")
                    .should().dependOnClassesThat().resideInAPackage("cn.xiangzhi." + context + ".web..")
                    .because("ADR 0015: REST and pages are two doors to the same application services")
                    .allowEmptyShould(true).check(PRODUCTION);
            noClasses().that().resideInAPackage("cn.xiangzhi." + context + ".web..")
                    .should().dependOnClassesThat().resideInAPackage("cn.xiangzhi." + context + ".api..")
                    .because("ADR 0015: REST and pages are two doors to the same application services")
                    .allowEmptyShould(true).check(PRODUCTION);
        }
    }

    @Test
    void noCyclesBetweenContextsOrBetweenLayers() {
        slices().matching("cn.xiangzhi.(*)..").should().beFreeOfCycles().check(PRODUCTION);
        slices().matching("cn.xiangzhi.(*).(*)..").should().beFreeOfCycles().check(PRODUCTION);
    }

    /** The shared core: every context refers to places and households; only their owners change them. */
    @Test
    void theSharedCoreIsChangedOnlyByItsOwners() {
        Map<String, String> owners = Map.of(
                "cn.xiangzhi.platform.domain.Place", "cn.xiangzhi.platform.",
                "cn.xiangzhi.organisation.domain.Household", "cn.xiangzhi.organisation.",
                "cn.xiangzhi.organisation.domain.Resident", "cn.xiangzhi.organisation.");
        ArchRule rule = classes().should(new ArchCondition<JavaClass>("change places and households only in their own context") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                    String owner = owners.get(call.getTarget().getOwner().getFullName());
                    String name = call.getTarget().getName();
                    boolean reads = name.startsWith("get") || name.startsWith("is") || name.equals("equals")
                            || name.equals("hashCode") || name.equals("toString") || name.startsWith("_persistence");
                    if (owner != null && !reads && !type.getName().startsWith(owner)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        });
        rule.check(PRODUCTION);
    }
}
