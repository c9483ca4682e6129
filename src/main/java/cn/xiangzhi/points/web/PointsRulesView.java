package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsSettings;
import cn.xiangzhi.points.domain.PointsRules;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/** The "points rules" part of the settings page: the tenant admin edits all rules and saves them at once. */
@Named
@ViewScoped
public class PointsRulesView implements Serializable {

    @Inject
    PointsSettings settings;

    private boolean defaults;
    private BigDecimal ownWeight;
    private Integer goldPercent;
    private Integer silverPercent;
    private Integer bronzePercent;
    private Integer goldBonus;
    private Integer silverBonus;
    private Integer bronzeBonus;
    private Integer objectionDays;
    private Integer expiryMonths;

    @PostConstruct
    void load() {
        PointsSettings.RulesView r = settings.get();
        defaults = r.id() == null;
        ownWeight = r.ownWeight();
        goldPercent = r.goldPercent();
        silverPercent = r.silverPercent();
        bronzePercent = r.bronzePercent();
        goldBonus = r.goldBonus();
        silverBonus = r.silverBonus();
        bronzeBonus = r.bronzeBonus();
        objectionDays = r.objectionDays();
        expiryMonths = r.expiryMonths();
    }

    public void save() {
        if (Pages.run(() -> settings.update(new PointsRules.Values(ownWeight, goldPercent, silverPercent, bronzePercent,
                goldBonus, silverBonus, bronzeBonus, objectionDays, expiryMonths)), "pointsRules.saved")) {
            load();
        }
    }

    public boolean isDefaults() {
        return defaults;
    }

    public BigDecimal getOwnWeight() {
        return ownWeight;
    }

    public void setOwnWeight(BigDecimal ownWeight) {
        this.ownWeight = ownWeight;
    }

    public Integer getGoldPercent() {
        return goldPercent;
    }

    public void setGoldPercent(Integer goldPercent) {
        this.goldPercent = goldPercent;
    }

    public Integer getSilverPercent() {
        return silverPercent;
    }

    public void setSilverPercent(Integer silverPercent) {
        this.silverPercent = silverPercent;
    }

    public Integer getBronzePercent() {
        return bronzePercent;
    }

    public void setBronzePercent(Integer bronzePercent) {
        this.bronzePercent = bronzePercent;
    }

    public Integer getGoldBonus() {
        return goldBonus;
    }

    public void setGoldBonus(Integer goldBonus) {
        this.goldBonus = goldBonus;
    }

    public Integer getSilverBonus() {
        return silverBonus;
    }

    public void setSilverBonus(Integer silverBonus) {
        this.silverBonus = silverBonus;
    }

    public Integer getBronzeBonus() {
        return bronzeBonus;
    }

    public void setBronzeBonus(Integer bronzeBonus) {
        this.bronzeBonus = bronzeBonus;
    }

    public Integer getObjectionDays() {
        return objectionDays;
    }

    public void setObjectionDays(Integer objectionDays) {
        this.objectionDays = objectionDays;
    }

    public Integer getExpiryMonths() {
        return expiryMonths;
    }

    public void setExpiryMonths(Integer expiryMonths) {
        this.expiryMonths = expiryMonths;
    }
}
