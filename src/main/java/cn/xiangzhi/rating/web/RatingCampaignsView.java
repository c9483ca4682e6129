package cn.xiangzhi.rating.web;

import cn.xiangzhi.rating.application.Campaigns;
import cn.xiangzhi.rating.application.ConsequenceRules;
import cn.xiangzhi.rating.application.RatingViews.BottomLineView;
import cn.xiangzhi.rating.application.RatingViews.ConsequenceView;
import cn.xiangzhi.rating.application.RatingViews.CampaignView;
import cn.xiangzhi.rating.domain.StarScale;
import cn.xiangzhi.rating.domain.SubjectKind;
import cn.xiangzhi.rating.domain.Weights;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rating campaigns (扫码评星): the campaigns booked, each opening its page ({@code rating-campaign.xhtml?id=}),
 * a form to book one — what it rates in which villages, the questions, the rater groups' weights
 * (Pandian's 20/20/40/20 to start with), the star thresholds and the voting window — and the
 * tenant's bottom lines.
 */
@Named
@ViewScoped
public class RatingCampaignsView implements Serializable {

    @Inject
    Campaigns campaigns;

    @Inject
    ConsequenceRules consequenceRules;

    private List<CampaignView> list = List.of();
    private List<BottomLineView> bottomLines = List.of();
    private String title;
    private SubjectKind kind = SubjectKind.BRANCH;
    private List<Long> villageIds = new ArrayList<>();
    private String questions = "班子团结、带头作用发挥如何？\n为群众办实事、解难题如何？\n党务村务财务公开如何？";
    private int weightSelf = Weights.PANDIAN.self();
    private int weightPeer = Weights.PANDIAN.peer();
    private int weightPublic = Weights.PANDIAN.pub();
    private int weightSuperior = Weights.PANDIAN.superior();
    private int five = StarScale.DEFAULT.five();
    private int four = StarScale.DEFAULT.four();
    private int three = StarScale.DEFAULT.three();
    private int two = StarScale.DEFAULT.two();
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private String lineCode;
    private String lineName;
    private List<ConsequenceView> consequences = List.of();
    private String ruleName;
    private int ruleFrom = 1;
    private int ruleTo = 2;
    private int ruleYears = 1;
    private boolean ruleRise;

    @PostConstruct
    void load() {
        list = campaigns.campaigns();
        bottomLines = campaigns.bottomLines();
        consequences = consequenceRules.rules();
    }

    public void addConsequence() {
        if (Pages.run(() -> consequenceRules.add(ruleName, ruleFrom, ruleTo, ruleYears, ruleRise), "rating.consequenceAdded", ruleName)) {
            ruleName = null;
            ruleRise = false;
            consequences = consequenceRules.rules();
        }
    }

    public void addDefaultConsequences() {
        Pages.run(() -> consequences = consequenceRules.addDefaults(), null);
    }

    public void removeConsequence(long id) {
        if (Pages.run(() -> consequenceRules.remove(id), "rating.consequenceRemoved")) {
            consequences = consequenceRules.rules();
        }
    }

    /** When a rule applies, in words: "1–2 ★, two years in a row", "5 ★", "rises, 1–5 ★". */
    public String condition(ConsequenceView rule) {
        String stars = (rule.starsFrom() == rule.starsTo() ? String.valueOf(rule.starsFrom()) : rule.starsFrom() + "–" + rule.starsTo()) + " ★";
        if (rule.rise()) {
            return Pages.text("rating.rise") + " · " + stars;
        }
        return rule.years() > 1 ? stars + " · " + Pages.text("rating.years." + rule.years()) : stars;
    }

    public List<ConsequenceView> getConsequences() {
        return consequences;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public int getRuleFrom() {
        return ruleFrom;
    }

    public void setRuleFrom(int ruleFrom) {
        this.ruleFrom = ruleFrom;
    }

    public int getRuleTo() {
        return ruleTo;
    }

    public void setRuleTo(int ruleTo) {
        this.ruleTo = ruleTo;
    }

    public int getRuleYears() {
        return ruleYears;
    }

    public void setRuleYears(int ruleYears) {
        this.ruleYears = ruleYears;
    }

    public boolean isRuleRise() {
        return ruleRise;
    }

    public void setRuleRise(boolean ruleRise) {
        this.ruleRise = ruleRise;
    }

    public void book() {
        if (Pages.run(() -> campaigns.book(new Campaigns.CampaignForm(title, kind, villageIds, Arrays.asList(questions == null ? new String[0]
                        : questions.split("\\R")), 5, new Weights(weightSelf, weightPeer, weightPublic, weightSuperior),
                new StarScale(five, four, three, two), opensAt == null ? null : opensAt.toString(), closesAt == null ? null : closesAt.toString())),
                "rating.booked", title)) {
            title = null;
            load();
        }
    }

    public void addDefaultBottomLines() {
        Pages.run(() -> bottomLines = campaigns.addDefaultBottomLines(), null);
    }

    public void addBottomLine() {
        if (Pages.run(() -> campaigns.addBottomLine(lineCode, lineName), "rating.bottomLineAdded", lineName)) {
            lineCode = null;
            lineName = null;
            bottomLines = campaigns.bottomLines();
        }
    }

    public SubjectKind[] getKinds() {
        return SubjectKind.values();
    }

    public List<CampaignView> getList() {
        return list;
    }

    public List<BottomLineView> getBottomLines() {
        return bottomLines;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SubjectKind getKind() {
        return kind;
    }

    public void setKind(SubjectKind kind) {
        this.kind = kind;
    }

    public List<Long> getVillageIds() {
        return villageIds;
    }

    public void setVillageIds(List<Long> villageIds) {
        this.villageIds = villageIds;
    }

    public String getQuestions() {
        return questions;
    }

    public void setQuestions(String questions) {
        this.questions = questions;
    }

    public int getWeightSelf() {
        return weightSelf;
    }

    public void setWeightSelf(int weightSelf) {
        this.weightSelf = weightSelf;
    }

    public int getWeightPeer() {
        return weightPeer;
    }

    public void setWeightPeer(int weightPeer) {
        this.weightPeer = weightPeer;
    }

    public int getWeightPublic() {
        return weightPublic;
    }

    public void setWeightPublic(int weightPublic) {
        this.weightPublic = weightPublic;
    }

    public int getWeightSuperior() {
        return weightSuperior;
    }

    public void setWeightSuperior(int weightSuperior) {
        this.weightSuperior = weightSuperior;
    }

    public int getFive() {
        return five;
    }

    public void setFive(int five) {
        this.five = five;
    }

    public int getFour() {
        return four;
    }

    public void setFour(int four) {
        this.four = four;
    }

    public int getThree() {
        return three;
    }

    public void setThree(int three) {
        this.three = three;
    }

    public int getTwo() {
        return two;
    }

    public void setTwo(int two) {
        this.two = two;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public String getLineCode() {
        return lineCode;
    }

    public void setLineCode(String lineCode) {
        this.lineCode = lineCode;
    }

    public String getLineName() {
        return lineName;
    }

    public void setLineName(String lineName) {
        this.lineName = lineName;
    }
}
