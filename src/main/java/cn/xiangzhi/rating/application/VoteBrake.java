package cn.xiangzhi.rating.application;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.AttemptLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * The brakes on the anonymous voting page (issue 17, anti-fraud), in memory per server like the
 * sign-in throttle: failed identifications per client address (20 in 15 minutes) and per typed code
 * (5 in 15 minutes) block guessing members' phones and households' tokens; votes per address (600
 * in 10 minutes by default, setting {@code xiangzhi.rating.votes-per-address}: a village's phones may
 * share one carrier address) and per rater (20 in an hour) stop a script from churning the ledger.
 */
@ApplicationScoped
public class VoteBrake {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String TOO_MANY = "error.rating.tooMany";

    private final AttemptLimiter failuresByAddress = new AttemptLimiter(20, WINDOW);
    private final AttemptLimiter failuresByCode = new AttemptLimiter(5, WINDOW);
    private final AttemptLimiter votesByRater = new AttemptLimiter(20, Duration.ofHours(1));
    private AttemptLimiter votesByAddress;

    @PostConstruct
    void configure() {
        int perAddress = ConfigProvider.getConfig().getOptionalValue("xiangzhi.rating.votes-per-address", Integer.class).orElse(600);
        votesByAddress = new AttemptLimiter(perAddress, Duration.ofMinutes(10));
    }

    /** Refuses (429) an address or code that failed too often, or an address that voted too often. */
    void check(long campaignId, String address, String code) {
        if (failuresByAddress.blocked(address) || failuresByCode.blocked(campaignId + ":" + code) || votesByAddress.blocked(address)) {
            throw DomainException.tooMany(TOO_MANY);
        }
    }

    void failed(long campaignId, String address, String code) {
        failuresByAddress.failed(address);
        failuresByCode.failed(campaignId + ":" + code);
    }

    /** Counts a vote of {@code raterKey}; refuses (429) a rater who voted too often. */
    void counted(String address, String raterKey) {
        if (votesByRater.blocked(raterKey)) {
            throw DomainException.tooMany(TOO_MANY);
        }
        votesByRater.failed(raterKey);
        votesByAddress.failed(address);
    }
}
