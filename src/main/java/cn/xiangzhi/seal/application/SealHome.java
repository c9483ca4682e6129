package cn.xiangzhi.seal.application;

import cn.xiangzhi.shared.home.Attention;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The smart seal on the home page, for those who approve (the township, the county): applications
 * whose next step is theirs, and the seal alarms of the scope in the last seven days (marked: a person
 * must look at each).
 */
@ApplicationScoped
@Transactional
public class SealHome implements Attention {

    static final Duration RECENT = Duration.ofDays(7);

    @Inject
    SealApplications applications;

    @Inject
    BusinessClock clock;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Permission.SEAL_APPROVE)) {
            return List.of();
        }
        Instant since = clock.now().minus(RECENT);
        long alarms = applications.alarms(null).stream().filter(a -> !a.receivedAt().isBefore(since)).count();
        return List.of(new Item("home.attention.sealApplications", applications.waitingForMe().size(), "seal-applications.xhtml", false),
                new Item("home.attention.sealAlarms", alarms, "seals.xhtml", true));
    }
}
