package cn.xiangzhi.centres.web;

import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/**
 * The service centres page: the village new cases are registered in, shared by its three tabs
 * ({@link DisputesView}, {@link ServiceRequestsView}, {@link AssetsView}).
 */
@Named
@ViewScoped
public class CentresView implements Serializable {

    @Inject
    VillagePicker villages;

    private Long villageId;

    @PostConstruct
    void load() {
        villageId = villages.only();
    }

    /** Whether a village is chosen; if not, says so on the page. */
    public boolean chosen() {
        if (villageId == null) {
            Pages.refuse("error.centre.village");
            return false;
        }
        return true;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }
}
