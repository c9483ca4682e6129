package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.Pages;
import jakarta.inject.Inject;

/**
 * A public page of one village ({@code ?village=}), reachable without a login from the kiosk or a
 * phone: the village's name and what the subclass loads for it; an unknown village is "not found".
 */
public abstract class PublicVillageBoard {

    @Inject
    Matters matters;

    private Long villageId;
    private String villageName;
    private boolean missing;

    /** Loads the board's content for the village (throws not-found for an unknown one). */
    protected abstract void fill(long villageId);

    public void load() {
        if (villageId == null) {
            missing = true;
            return;
        }
        missing = !Pages.run(() -> {
            fill(villageId);
            villageName = matters.villageName(villageId);
        }, null);
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getVillageName() {
        return villageName;
    }

    public boolean isMissing() {
        return missing;
    }
}
