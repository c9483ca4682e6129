package cn.xiangzhi.rating.application;

import cn.xiangzhi.rating.application.RatingViews.ConsequenceLine;
import cn.xiangzhi.rating.application.RatingViews.ConsequenceView;
import cn.xiangzhi.rating.application.RatingViews.GroupScore;
import cn.xiangzhi.rating.application.RatingViews.Results;
import cn.xiangzhi.rating.application.RatingViews.SubjectResult;
import cn.xiangzhi.rating.domain.ConsequenceRule;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.spreadsheet.Workbook;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The consequences of a rating as tenant rules (issue 17 point 5): the rules the tenant keeps, and
 * each campaign's consequences list per township — who gets a bonus, a talk, a place on the
 * rectification list or a new secretary — and its results as a workbook.
 */
@ApplicationScoped
@Transactional
public class ConsequenceRules {

    /** At most this many rules per tenant: a list people read, not a rule engine. */
    static final int MAX_RULES = 20;

    @Inject
    TenantEntityManager db;

    @Inject
    Campaigns campaigns;

    @Inject
    BusinessClock clock;

    public List<ConsequenceView> rules() {
        Access.require(Permission.RATING_VIEW);
        return db.tenant().createQuery("select r from ConsequenceRule r order by " + ConsequenceRule.ORDER, ConsequenceRule.class).getResultStream()
                .map(ConsequenceView::of).toList();
    }

    public ConsequenceView rule(long id) {
        Access.require(Permission.RATING_VIEW);
        ConsequenceRule rule = db.tenant().find(ConsequenceRule.class, id);
        if (rule == null) {
            throw new NotFoundException("ConsequenceRule", id);
        }
        return ConsequenceView.of(rule);
    }

    public ConsequenceView add(String name, Integer starsFrom, Integer starsTo, Integer years, Boolean rise) {
        Access.require(Permission.RATING_MANAGE);
        ConsequenceRule rule = new ConsequenceRule(name, starsFrom, starsTo, years, Boolean.TRUE.equals(rise));
        List<String> names = db.tenant().createQuery("select r.name from ConsequenceRule r", String.class).getResultList();
        if (names.contains(rule.getName())) {
            throw DomainException.conflict("error.rating.consequenceTaken", rule.getName());
        }
        if (names.size() >= MAX_RULES) {
            throw new DomainException("error.rating.consequenceMany", MAX_RULES);
        }
        db.tenant().persist(rule);
        db.tenant().flush();
        return ConsequenceView.of(rule);
    }

    public void remove(long id) {
        Access.require(Permission.RATING_MANAGE);
        rule(id);
        db.tenant().remove(db.tenant().find(ConsequenceRule.class, id));
    }

    /** Adds the rules of seed 003 the tenant does not have yet (by name); answers all of the tenant's. */
    public List<ConsequenceView> addDefaults() {
        Access.require(Permission.RATING_MANAGE);
        Set<String> have = new HashSet<>(db.tenant().createQuery("select r.name from ConsequenceRule r", String.class).getResultList());
        ConsequenceRule.DEFAULTS.stream().filter(r -> !have.contains(r.getName())).forEach(r -> db.tenant().persist(r.copy()));
        db.tenant().flush();
        return rules();
    }

    /** The campaign's consequences list: one line per subject and consequence, by township, then the rules' order, then the subject. */
    public List<ConsequenceLine> list(long campaignId) {
        return lines(campaigns.results(campaignId));
    }

    /** The consequences list of {@code results} (already computed for the user's scope). */
    public static List<ConsequenceLine> lines(Results results) {
        List<ConsequenceLine> lines = new ArrayList<>();
        for (SubjectResult r : results.subjects()) {
            for (String consequence : r.consequences()) {
                lines.add(new ConsequenceLine(r.townshipName(), consequence, r.name(), r.villageName(), r.stars(), r.lastYearStars()));
            }
        }
        List<String> order = new ArrayList<>();
        lines.forEach(l -> {
            if (!order.contains(l.consequence())) {
                order.add(l.consequence());
            }
        });
        lines.sort(Comparator.comparing((ConsequenceLine l) -> l.townshipName() == null ? "" : l.townshipName())
                .thenComparing(l -> order.indexOf(l.consequence())).thenComparing(ConsequenceLine::subjectName));
        return lines;
    }

    /** The campaign's results as a workbook: one row per subject with the groups' scores, stars, bottom line and consequences. */
    public Workbook workbook(long campaignId) {
        Results results = campaigns.results(campaignId);
        try (SheetWriter sheet = new SheetWriter(clock.zone())) {
            sheet.sheet("评星结果", List.of("乡镇", "乡镇排名", "评议对象", "村", "票数", "自评", "互评", "群评", "点评", "综合得分", "星级",
                    "触碰底线", "后果", "去年星级"));
            for (SubjectResult r : results.subjects()) {
                List<Object> row = new ArrayList<>(List.of(nz(r.townshipName()), r.townshipRank() == 0 ? "" : r.townshipRank(), r.name(),
                        nz(r.villageName()), r.votes()));
                for (GroupScore g : r.groups()) {
                    row.add(g.average() == null ? "" : g.average());
                }
                row.add(r.score() == null ? "" : r.score());
                row.add(r.stars() == 0 ? "" : r.stars());
                row.add(r.bottomLine() == null ? "" : r.bottomLine() + (r.bottomLineNote() == null ? "" : "（" + r.bottomLineNote() + "）"));
                row.add(String.join("；", r.consequences()));
                row.add(r.lastYearStars() == null || r.lastYearStars() == 0 ? "" : r.lastYearStars());
                sheet.row(row.toArray());
            }
            return new Workbook(sheet.toBytes(), "评星结果-" + results.campaign().id() + ".xlsx", "rating-results-" + results.campaign().id() + ".xlsx");
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
