package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SignUpLimitsTest {

    private final SignUpLimits defaults = new SignUpLimits(SignUpLimits.PER_ADDRESS, SignUpLimits.TOTAL);

    @Test
    void threeSignUpsAnHourFromOneAddressAreTakenAndTheFourthIsRefusedWith429() {
        assertDoesNotThrow(() -> defaults.check(2, 10));
        DomainException refused = assertThrows(DomainException.class, () -> defaults.check(3, 10));
        assertEquals("error.signup.tooManyFromHere", refused.key());
        assertEquals(429, refused.status());
    }

    @Test
    void thePlatformTakesThirtySignUpsAnHourFromAllAddressesTogether() {
        assertDoesNotThrow(() -> defaults.check(0, 29));
        DomainException refused = assertThrows(DomainException.class, () -> defaults.check(0, 30));
        assertEquals("error.signup.tooMany", refused.key());
        assertEquals(429, refused.status());
    }
}
