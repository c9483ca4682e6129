package cn.xiangzhi.shared.web;

import cn.xiangzhi.shared.tenancy.Villages;
import cn.xiangzhi.shared.tenancy.Villages.Village;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The villages a staff page offers to choose from: those the signed-in user may see, read once per
 * view. Pages show it with the tag {@code <xz:village id=".." value="#{bean.villageId}"/>}
 * ({@code WEB-INF/tags/village.xhtml}); beans inject it for a sensible first choice.
 */
@Named
@ViewScoped
public class VillagePicker implements Serializable {

    @Inject
    Villages villages;

    private List<Village> choices;

    public List<Village> getVillages() {
        if (choices == null) {
            choices = villages.choices();
        }
        return choices;
    }

    /** The village to preselect where there is nothing to choose: the only one, else null. */
    public Long only() {
        return getVillages().size() == 1 ? getVillages().get(0).id() : null;
    }

    /** The first village (for pages that always show one), null when the user sees none. */
    public Long first() {
        return getVillages().isEmpty() ? null : getVillages().get(0).id();
    }

    /** The name of a village offered, "" for another id. */
    public String name(long villageId) {
        return getVillages().stream().filter(v -> v.id() == villageId).map(Village::name).findFirst().orElse("");
    }
}
