package cn.xiangzhi.shops.web;

import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shops.application.ShopSettings;
import cn.xiangzhi.shops.domain.ShopRules;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;

/** The "shops" part of the settings page: the tenant admin sets the return window and the rate per point. */
@Named
@ViewScoped
public class ShopRulesView implements Serializable {

    @Inject
    ShopSettings settings;

    private boolean defaults;
    private Integer returnDays;
    private BigDecimal yuanPerPoint;

    @PostConstruct
    void load() {
        ShopSettings.RulesView r = settings.get();
        defaults = r.id() == null;
        returnDays = r.returnDays();
        yuanPerPoint = r.yuanPerPoint();
    }

    public void save() {
        if (Pages.run(() -> settings.update(new ShopRules.Values(returnDays, yuanPerPoint)), "shopRules.saved")) {
            load();
        }
    }

    public boolean isDefaults() {
        return defaults;
    }

    public Integer getReturnDays() {
        return returnDays;
    }

    public void setReturnDays(Integer returnDays) {
        this.returnDays = returnDays;
    }

    public BigDecimal getYuanPerPoint() {
        return yuanPerPoint;
    }

    public void setYuanPerPoint(BigDecimal yuanPerPoint) {
        this.yuanPerPoint = yuanPerPoint;
    }
}
