package cn.xiangzhi.platform.web;

import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The tenant admin's kiosk tokens: issue one per village office, revoke it when a device is lost. */
@Named
@ViewScoped
public class KiosksView implements Serializable {

    @Inject
    KioskTokens tokens;


    @Inject
    RequestInfo request;

    private List<KioskTokens.TokenView> list;
    @Inject
    VillagePicker villages;
    private Long villageId;
    private String label;
    private String issuedUrl;

    @PostConstruct
    void load() {
        list = tokens.list();
    }

    public void issue() {
        long village = villageId == null ? -1 : villageId;
        KioskTokens.IssuedToken[] issued = new KioskTokens.IssuedToken[1];
        if (Pages.run(() -> issued[0] = tokens.issue(village, label), null)) {
            issuedUrl = request.getBase() + "/kiosk/" + village + "?token=" + issued[0].secret();
            label = null;
            load();
        }
    }

    public void revoke(KioskTokens.TokenView token) {
        if (Pages.run(() -> tokens.revoke(token.id()), "kiosk.revoked")) {
            load();
        }
    }

    public List<KioskTokens.TokenView> getList() {
        return list;
    }


    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getIssuedUrl() {
        return issuedUrl;
    }
}
