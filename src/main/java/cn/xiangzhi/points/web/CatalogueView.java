package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsCatalogue;
import cn.xiangzhi.points.application.PointsCatalogue.ItemForm;
import cn.xiangzhi.points.application.PointsViews.ItemView;
import cn.xiangzhi.points.domain.PointsKind;
import cn.xiangzhi.shared.security.Role;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/** The tenant admin's points catalogue: add or change an item, retire one (its lines stay). */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    @Inject
    PointsCatalogue catalogue;

    private List<ItemView> items;
    private ItemView editing;
    private String code;
    private String name;
    private PointsKind kind = PointsKind.CREDIT;
    private int points = 1;
    private boolean evidenceRequired;
    /** An array, so that the page knows the element type (a List would be filled with strings). */
    private Role[] proposers = {Role.GRID_CHIEF};
    private Integer monthlyCap;

    @PostConstruct
    void load() {
        items = catalogue.items(false);
    }

    public void edit(ItemView item) {
        editing = item;
        code = item.code();
        name = item.name();
        kind = item.kind();
        points = item.points();
        evidenceRequired = item.evidenceRequired();
        proposers = item.proposers().toArray(Role[]::new);
        monthlyCap = item.monthlyCap();
    }

    public void clear() {
        editing = null;
        code = name = null;
        kind = PointsKind.CREDIT;
        points = 1;
        evidenceRequired = false;
        proposers = new Role[]{Role.GRID_CHIEF};
        monthlyCap = null;
    }

    public void save() {
        ItemForm form = new ItemForm(code, name, kind, points, evidenceRequired,
                proposers == null || proposers.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(List.of(proposers)),
                monthlyCap);
        boolean done = editing == null ? Pages.run(() -> catalogue.add(form), "points.itemSaved", code)
                : Pages.run(() -> catalogue.update(editing.id(), form), "points.itemSaved", code);
        if (done) {
            clear();
            load();
        }
    }

    public void retire(ItemView item) {
        if (Pages.run(() -> catalogue.retire(item.id()), "points.itemRetired", item.code())) {
            load();
        }
    }

    public PointsKind[] getKinds() {
        return PointsKind.values();
    }

    /** Roles that may be named as proposers (the village admin and tenant admin always record). */
    public List<Role> getProposerRoles() {
        return List.of(Role.GRID_CHIEF, Role.VILLAGE_ADMIN, Role.TENANT_ADMIN);
    }

    public List<ItemView> getItems() {
        return items;
    }

    public ItemView getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PointsKind getKind() {
        return kind;
    }

    public void setKind(PointsKind kind) {
        this.kind = kind;
    }

    public int getPoints() {
        return points;
    }

    public void setPoints(int points) {
        this.points = points;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public Role[] getProposers() {
        return proposers;
    }

    public void setProposers(Role[] proposers) {
        this.proposers = proposers;
    }

    public Integer getMonthlyCap() {
        return monthlyCap;
    }

    public void setMonthlyCap(Integer monthlyCap) {
        this.monthlyCap = monthlyCap;
    }
}
