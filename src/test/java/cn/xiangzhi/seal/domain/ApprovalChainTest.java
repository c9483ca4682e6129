package cn.xiangzhi.seal.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApprovalChainTest {

    private final ApprovalChain major = ApprovalChain.parse("TOWNSHIP_REVIEWER, TENANT_ADMIN");

    @Test
    void aChainIsReadFromItsTextAndWrittenBackTheSame() {
        assertEquals(List.of(Role.TOWNSHIP_REVIEWER, Role.TENANT_ADMIN), major.steps());
        assertEquals("TOWNSHIP_REVIEWER,TENANT_ADMIN", major.text());
    }

    @Test
    void onlyDecidingRolesFormAChainOfOneToFiveSteps() {
        assertEquals("error.sealClass.chain", assertThrows(DomainException.class, () -> ApprovalChain.parse("VILLAGE_ADMIN")).key());
        assertThrows(DomainException.class, () -> ApprovalChain.parse("NOBODY"));
        assertThrows(DomainException.class, () -> ApprovalChain.parse(""));
        assertThrows(DomainException.class, () -> ApprovalChain.of(List.of("TENANT_ADMIN", "TENANT_ADMIN", "TENANT_ADMIN",
                "TENANT_ADMIN", "TENANT_ADMIN", "TENANT_ADMIN")));
    }

    @Test
    void eachStepIsForItsRoleAndAnotherPersonThanTheApplicantAndTheEarlierDeciders() {
        assertDoesNotThrow(() -> major.checkDecider(0, Role.TOWNSHIP_REVIEWER, "t/rev", "t/village", List.of()));
        assertEquals("error.sealApplication.notYourStep",
                assertThrows(DomainException.class, () -> major.checkDecider(0, Role.TENANT_ADMIN, "t/admin", "t/village", List.of())).key());
        assertEquals("error.sealApplication.samePerson",
                assertThrows(DomainException.class, () -> major.checkDecider(1, Role.TENANT_ADMIN, "t/admin", "t/village",
                        List.of("t/admin"))).key());
        assertEquals("error.sealApplication.samePerson",
                assertThrows(DomainException.class, () -> major.checkDecider(1, Role.TENANT_ADMIN, "t/admin", "t/admin", List.of())).key());
        DomainException done = assertThrows(DomainException.class, () -> major.checkDecider(2, Role.TENANT_ADMIN, "x", "y", List.of()));
        assertEquals(409, done.status());
    }
}
