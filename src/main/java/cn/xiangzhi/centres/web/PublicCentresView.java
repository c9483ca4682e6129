package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The public page of a village's collective assets on offer (产权交易), reachable without a login from the kiosk or a phone. */
@Named
@RequestScoped
public class PublicCentresView {

    @Inject
    Assets assets;

    @Inject
    Matters matters;

    private Long villageId;
    private List<Assets.ListingView> listings = List.of();
    private String villageName;
    private boolean missing;

    public void load() {
        if (villageId == null) {
            missing = true;
            return;
        }
        missing = !Pages.run(() -> {
            listings = assets.publicListings(villageId);
            villageName = matters.villageName(villageId);
        }, null);
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public List<Assets.ListingView> getListings() {
        return listings;
    }

    public String getVillageName() {
        return villageName;
    }

    public boolean isMissing() {
        return missing;
    }
}
