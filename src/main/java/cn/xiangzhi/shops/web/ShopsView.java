package cn.xiangzhi.shops.web;

import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import cn.xiangzhi.shops.application.Shops;
import cn.xiangzhi.shops.application.Shops.ShopView;
import cn.xiangzhi.shops.domain.ShopKind;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The shops page: the shops the user sees; the tenant admin adds and edits them, the villages they serve, their clerks. */
@Named
@ViewScoped
public class ShopsView implements Serializable {

    @Inject
    Shops shops;


    private List<ShopView> list = List.of();
    private List<Shops.ClerkView> clerks = List.of();
    private List<Shops.ClerkCandidate> candidates = List.of();
    @Inject
    VillagePicker villages;

    private Long editingId;
    private String code;
    private String name;
    private ShopKind kind;
    private String partnerType;
    private String address;
    private String phone;
    private Long[] villageIds = new Long[0];

    private Long clerkShopId;
    private Long clerkUserId;

    @PostConstruct
    void load() {
        Pages.run(() -> {
            list = shops.shops();
            clerks = shops.clerks(null);
            if (SecurityUtils.getSubject().isPermitted(Permission.SHOP_MANAGE)) {
                candidates = shops.clerkCandidates();
            }
        }, null);
    }

    public void save() {
        if (Pages.run(() -> shops.save(editingId, new Shops.ShopForm(code, name, kind, partnerType, address, phone),
                Arrays.asList(villageIds)), "shop.saved")) {
            clear();
            load();
        }
    }

    public void edit(ShopView shop) {
        editingId = shop.id();
        code = shop.code();
        name = shop.name();
        kind = shop.kind();
        partnerType = shop.partnerType();
        address = shop.address();
        phone = shop.phone();
        villageIds = shop.villageIds().toArray(new Long[0]);
    }

    public void clear() {
        editingId = null;
        code = null;
        name = null;
        kind = null;
        partnerType = null;
        address = null;
        phone = null;
        villageIds = new Long[0];
    }

    public void deactivate(ShopView shop) {
        if (Pages.run(() -> shops.deactivate(shop.id()), "shop.deactivated")) {
            load();
        }
    }

    public void activate(ShopView shop) {
        if (Pages.run(() -> shops.activate(shop.id()), "shop.activated")) {
            load();
        }
    }

    public void assignClerk() {
        if (Pages.run(() -> shops.assignClerk(clerkShopId, clerkUserId), "shop.clerkAssigned")) {
            clerkUserId = null;
            load();
        }
    }

    public void unassign(Shops.ClerkView clerk) {
        if (Pages.run(() -> shops.unassignClerk(clerk.id()), "shop.clerkUnassigned")) {
            load();
        }
    }

    public ShopKind[] getKinds() {
        return ShopKind.values();
    }

    public List<ShopView> getList() {
        return list;
    }

    public List<ShopView> getActiveShops() {
        return list.stream().filter(ShopView::active).toList();
    }

    public List<Shops.ClerkView> getClerks() {
        return clerks;
    }

    public List<Shops.ClerkCandidate> getCandidates() {
        return candidates;
    }


    public boolean isEditing() {
        return editingId != null;
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

    public ShopKind getKind() {
        return kind;
    }

    public void setKind(ShopKind kind) {
        this.kind = kind;
    }

    public String getPartnerType() {
        return partnerType;
    }

    public void setPartnerType(String partnerType) {
        this.partnerType = partnerType;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long[] getVillageIds() {
        return villageIds;
    }

    public void setVillageIds(Long[] villageIds) {
        this.villageIds = villageIds == null ? new Long[0] : villageIds;
    }

    public Long getClerkShopId() {
        return clerkShopId;
    }

    public void setClerkShopId(Long clerkShopId) {
        this.clerkShopId = clerkShopId;
    }

    public Long getClerkUserId() {
        return clerkUserId;
    }

    public void setClerkUserId(Long clerkUserId) {
        this.clerkUserId = clerkUserId;
    }
}
