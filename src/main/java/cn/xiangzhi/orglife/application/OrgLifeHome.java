package cn.xiangzhi.orglife.application;

import cn.xiangzhi.orglife.domain.Meeting;
import cn.xiangzhi.shared.home.Attention;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.time.Instant;
import java.util.List;

/**
 * Organisational life on the home page: meetings of the reader's scope that have ended and wait for
 * the township's review (among the 500 newest, as the meetings page lists them).
 */
@ApplicationScoped
@Transactional
public class OrgLifeHome implements Attention {

    @Inject
    OrgLife orgLife;

    @Inject
    BusinessClock clock;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Permission.ORGLIFE_REVIEW)) {
            return List.of();
        }
        Instant now = clock.now();
        long waiting = orgLife.meetings(null).stream()
                .filter(m -> m.review() == Meeting.Review.PENDING && !m.endsAt().isAfter(now)).count();
        return List.of(new Item("home.attention.meetingsToReview", waiting, "meetings.xhtml", false));
    }
}
