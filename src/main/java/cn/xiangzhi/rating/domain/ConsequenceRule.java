package cn.xiangzhi.rating.domain;

import cn.xiangzhi.shared.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a result brings, tenant data (issue 17 point 5; seed 003, Pandian: five stars the 星级奖 for
 * the two committees, a rise to four or five stars the 晋位奖, three stars a talk, two a place on the rectification list,
 * two years in a row at two stars or below a new secretary). A rule applies to a subject whose stars
 * this year lie in {@code starsFrom..starsTo} and — when {@code years} is 2 — whose stars in the
 * previous year's campaign did too; a {@code rise} rule applies when the stars went up since then.
 */
@Entity
@Table(name = "rating_consequence_rule")
public class ConsequenceRule extends TenantOwnedEntity {

    public static final int MAX_YEARS = 2;

    /** The order rules are listed and applied in (JPQL, alias {@code r}): the highest stars first, then the longer record. */
    public static final String ORDER = "r.starsTo desc, r.starsFrom desc, r.years, r.rise, r.name";

    /** The rules of seed 003 a tenant starts from and changes. */
    public static final List<ConsequenceRule> DEFAULTS = List.of(
            new ConsequenceRule("星级奖（两委成员绩效奖励）", 5, 5, 1, false),
            new ConsequenceRule("晋位奖", 4, 5, 1, true),
            new ConsequenceRule("上级约谈提醒", 3, 3, 1, false),
            new ConsequenceRule("纳入软弱涣散整顿", 1, 2, 1, false),
            new ConsequenceRule("调整村党组织书记", 1, 2, 2, false));

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "stars_from", nullable = false)
    private int starsFrom;

    @Column(name = "stars_to", nullable = false)
    private int starsTo;

    @Column(nullable = false)
    private int years;

    @Column(nullable = false)
    private boolean rise;

    protected ConsequenceRule() {
    }

    public ConsequenceRule(String name, Integer starsFrom, Integer starsTo, Integer years, boolean rise) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new DomainException("error.rating.consequenceName", name);
        }
        if (starsFrom == null || starsTo == null || starsFrom < 1 || starsTo > 5 || starsFrom > starsTo) {
            throw new DomainException("error.rating.consequenceStars", starsFrom, starsTo);
        }
        if (years == null || years < 1 || years > MAX_YEARS || (rise && years != 1)) {
            throw new DomainException("error.rating.consequenceYears", years);
        }
        this.name = name.strip();
        this.starsFrom = starsFrom;
        this.starsTo = starsTo;
        this.years = years;
        this.rise = rise;
    }

    /**
     * Whether the rule applies to a subject with {@code stars} this year (0: nobody voted, which
     * brings nothing) and {@code lastYear} in the previous year's campaign (null: not rated then; 0:
     * rated without votes, which says nothing).
     */
    public boolean appliesTo(int stars, Integer lastYear) {
        if (!within(stars)) {
            return false;
        }
        boolean ratedLastYear = lastYear != null && lastYear >= 1;
        if (rise) {
            return ratedLastYear && stars > lastYear;
        }
        return years == 1 || (ratedLastYear && within(lastYear));
    }

    private boolean within(int stars) {
        return stars >= 1 && stars >= starsFrom && stars <= starsTo;
    }

    /** The names of the {@code rules} that apply, in their order. */
    public static List<String> applying(List<ConsequenceRule> rules, int stars, Integer lastYear) {
        return rules.stream().filter(r -> r.appliesTo(stars, lastYear)).map(ConsequenceRule::getName).toList();
    }

    /** A copy of this rule (for the defaults, which are templates and never persisted themselves). */
    public ConsequenceRule copy() {
        return new ConsequenceRule(name, starsFrom, starsTo, years, rise);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("starsFrom", starsFrom);
        state.put("starsTo", starsTo);
        state.put("years", years);
        state.put("rise", rise);
        return state;
    }

    public String getName() {
        return name;
    }

    public int getStarsFrom() {
        return starsFrom;
    }

    public int getStarsTo() {
        return starsTo;
    }

    public int getYears() {
        return years;
    }

    public boolean isRise() {
        return rise;
    }
}
