package cn.xiangzhi.decisions.domain;

import java.math.BigDecimal;

/** Amounts in yuan as the register keeps them: decimal(14,2), positive, at most two decimals. */
final class Money {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private Money() {
    }

    static boolean valid(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2 && amount.compareTo(LIMIT) < 0;
    }
}
