package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;

/**
 * How many self-service sign-ups the platform takes: at most {@code perAddress} from one client
 * address and {@code total} from everyone within an hour (settings {@code xiangzhi.signup.per-address}
 * and {@code xiangzhi.signup.per-hour}, defaults {@value #PER_ADDRESS} and {@value #TOTAL}). A county's
 * organisation department signs up once; more from one address within an hour is a script.
 */
public record SignUpLimits(int perAddress, int total) {

    public static final int PER_ADDRESS = 3;
    public static final int TOTAL = 30;

    /** Refuses (429) when the sign-ups of the last hour, from this address and from all, leave no room. */
    public void check(long fromAddressLastHour, long allLastHour) {
        if (fromAddressLastHour >= perAddress) {
            throw DomainException.tooMany("error.signup.tooManyFromHere", perAddress);
        }
        if (allLastHour >= total) {
            throw DomainException.tooMany("error.signup.tooMany");
        }
    }
}
