package cn.xiangzhi.shops.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Which shop settings are refused, and with which rule. */
class ShopRulesTest {

    @Test
    void negativeOrAbsurdSettingsAreRefusedWithTheBrokenRule() {
        assertEquals("error.shopRules.returnDays", refused(-1, "0.01"));
        assertEquals("error.shopRules.returnDays", refused(91, "0.01"));
        assertEquals("error.shopRules.rate", refused(7, "-0.01"));
        assertEquals("error.shopRules.rate", refused(7, "100.0001"));
        assertEquals("error.shopRules.rate", refused(7, "0.00001"));
        assertEquals("error.shopRules.missing", refused(null, "0.01"));
        assertEquals("error.shopRules.missing", refused(7, null));
        ShopRules.Values ok = new ShopRules.Values(0, new BigDecimal("1E+2")).validated();
        assertEquals(new BigDecimal("100.0000"), ok.yuanPerPoint(), "0 days (no returns) and 100 yuan are the limits");
    }

    private static String refused(Integer days, String rate) {
        return assertThrows(DomainException.class, () -> new ShopRules.Values(days, rate == null ? null : new BigDecimal(rate))
                .validated()).key();
    }
}
