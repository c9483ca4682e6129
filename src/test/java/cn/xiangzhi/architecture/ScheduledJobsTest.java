package cn.xiangzhi.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Schedule;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * A timer that works for every tenant must not run them all in one container transaction: the
 * second tenant cannot join the first one's transaction, and one failure marks it for rollback for
 * all that follow (the nightly expiry ran for the first tenant only). Scheduled beans manage their
 * own transactions, and each tenant's work opens its own.
 */
class ScheduledJobsTest {

    @Test
    void aScheduledBeanManagesItsOwnTransactions() {
        ArchRule rule = classes().that().containAnyMethodsThat(DescribedPredicate.describe(
                        "are @Schedule timers", m -> m.isAnnotatedWith(Schedule.class)))
                .should(new ArchCondition<>("be @TransactionManagement(BEAN)") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean bean = type.tryGetAnnotationOfType(TransactionManagement.class)
                                .map(t -> t.value() == TransactionManagementType.BEAN).orElse(false);
                        if (!bean) {
                            events.add(SimpleConditionEvent.violated(type,
                                    type.getName() + " has a @Schedule timer but lets the container wrap it in one transaction"));
                        }
                    }
                });
        rule.check(ArchitectureTest.PRODUCTION);
    }
}
