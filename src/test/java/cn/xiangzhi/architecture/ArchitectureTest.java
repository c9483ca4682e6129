package cn.xiangzhi.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Rules of the code base that a compiler does not check, as tests that fail when an import or a
 * call breaks them.
 */
class ArchitectureTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.xiangzhi");

    /** Static methods that read the system's clock or zone: business time comes from BusinessClock (ADR 0014). */
    private static final Set<String> SYSTEM_TIME = Set.of(
            "java.time.Clock.systemDefaultZone", "java.time.Clock.systemUTC", "java.time.Clock.system",
            "java.time.ZoneId.systemDefault", "java.util.TimeZone.getDefault", "java.lang.System.currentTimeMillis",
            "java.time.Instant.now", "java.time.LocalDate.now", "java.time.LocalDateTime.now", "java.time.LocalTime.now",
            "java.time.YearMonth.now", "java.time.Year.now", "java.time.ZonedDateTime.now", "java.time.OffsetDateTime.now",
            "java.time.MonthDay.now");

    @Test
    void onlyTheBusinessClockReadsTheSystemClockOrZone() {
        ArchRule rule = classes().that().resideOutsideOfPackage("cn.xiangzhi.launcher..")
                .and().doNotHaveFullyQualifiedName("cn.xiangzhi.shared.time.BusinessClock")
                .should(new ArchCondition<JavaClass>("not read the system clock or zone (ask BusinessClock)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                            String target = call.getTarget().getOwner().getFullName() + "." + call.getTarget().getName();
                            boolean withClock = call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(p -> p.isAssignableTo(Clock.class));
                            if (SYSTEM_TIME.contains(target) && !withClock) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                            }
                        }
                    }
                });
        rule.check(PRODUCTION);
    }
}
