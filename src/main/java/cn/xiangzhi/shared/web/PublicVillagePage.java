package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.tenancy.Villages;
import jakarta.inject.Inject;

/**
 * A public page of one village ({@code ?village=}), reachable without a login from the kiosk or a
 * phone: the village's name and what {@link #read(long)} loads; "not found" for no such village.
 * Request-scoped in its subclasses: anonymous pages keep no state (ADR 0013).
 */
public abstract class PublicVillagePage {

    /** How many rows of each list a public page and the kiosk show at most. */
    public static final int PUBLIC_ROWS = 20;

    @Inject
    Villages villages;

    private Long villageId;
    private String villageName;
    private boolean missing;

    /** Loads the page's items of the village (throwing not-found for no village). */
    protected abstract void read(long villageId);

    public void load() {
        if (villageId == null) {
            missing = true;
            return;
        }
        missing = !Pages.run(() -> {
            read(villageId);
            villageName = villages.publicName(villageId);
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
