package cn.xiangzhi.decisions.application;

import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.home.Attention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.util.List;

/** Decisions on the home page: open matters of the reader's scope whose next step is past its deadline. */
@ApplicationScoped
@Transactional
public class DecisionsHome implements Attention {

    @Inject
    Matters matters;

    @Override
    public List<Item> items() {
        if (!SecurityUtils.getSubject().isPermitted(Permission.DECISION_VIEW)) {
            return List.of();
        }
        return List.of(new Item("home.attention.overdueMatters", matters.overdue().size(), "decisions.xhtml", true));
    }
}
