package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The public page of a village's decisions (两公开), reachable without a login from the kiosk or a
 * phone: each resolution and each result published, with its date.
 */
@Named
@RequestScoped
public class PublicDecisionsView {

    @Inject
    Matters matters;

    private Long villageId;
    private List<Matters.Publication> publications = List.of();
    private String villageName;
    private boolean missing;

    public void load() {
        if (villageId == null) {
            missing = true;
            return;
        }
        missing = !Pages.run(() -> {
            publications = matters.publications(villageId);
            villageName = matters.villageName(villageId);
        }, null);
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public List<Matters.Publication> getPublications() {
        return publications;
    }

    public String getVillageName() {
        return villageName;
    }

    public boolean isMissing() {
        return missing;
    }
}
