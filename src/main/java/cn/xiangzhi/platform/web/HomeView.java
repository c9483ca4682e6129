package cn.xiangzhi.platform.web;

import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.home.Attention;
import cn.xiangzhi.shared.home.SetupStep;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * A signed-in user's home page: what needs them now, from every context ({@link Attention}: counts
 * above zero, overdue first), and for the tenant admin the setup checklist of a new tenant
 * ({@link SetupStep}) until every step is done.
 */
@Named
@ViewScoped
public class HomeView implements Serializable {

    @Inject
    Instance<Attention> attention;

    @Inject
    Instance<SetupStep> setup;

    private List<Attention.Item> items;
    private List<SetupStep.Step> steps;

    @PostConstruct
    void load() {
        items = attention.stream().flatMap(a -> a.items().stream()).filter(i -> i.count() > 0)
                .sorted(Comparator.comparing((Attention.Item i) -> !i.overdue()).thenComparing(Attention.Item::key)).toList();
        steps = SecurityUtils.getSubject().isPermitted(Permission.TENANT_SETTINGS)
                ? setup.stream().flatMap(s -> s.steps().stream()).sorted(Comparator.comparingInt(SetupStep.Step::order)).toList()
                : List.of();
    }

    public List<Attention.Item> getItems() {
        return items;
    }

    /** The setup steps, or none once all are done. */
    public List<SetupStep.Step> getSteps() {
        return steps.stream().allMatch(SetupStep.Step::done) ? List.of() : steps;
    }

    public long getStepsDone() {
        return steps.stream().filter(SetupStep.Step::done).count();
    }
}
