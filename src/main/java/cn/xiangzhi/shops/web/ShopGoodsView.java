package cn.xiangzhi.shops.web;

import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shops.application.Goods;
import cn.xiangzhi.shops.application.Goods.GoodsView;
import cn.xiangzhi.shops.application.Shops;
import cn.xiangzhi.shops.application.Shops.ShopView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A shop's goods: the tenant admin adds them, edits price and dates, restocks and retires them; readers see them. */
@Named
@ViewScoped
public class ShopGoodsView implements Serializable {

    @Inject
    Shops shops;

    @Inject
    Goods goods;

    private List<ShopView> shopList = List.of();
    private Long shopId;
    private List<GoodsView> list = List.of();
    private final Map<Long, String> quantities = new HashMap<>();

    private Long editingId;
    private String code;
    private String name;
    private Integer pricePoints;
    private Integer stock;
    private LocalDate offeredFrom;
    private LocalDate offeredUntil;

    @PostConstruct
    void load() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("shop");
        Pages.run(() -> shopList = shops.shops(), null);
        if (asked != null && asked.matches("\\d{1,18}")) {
            long id = Long.parseLong(asked);
            shopId = shopList.stream().anyMatch(s -> s.id() == id) ? id : null;
        }
        if (shopId == null && !shopList.isEmpty()) {
            shopId = shopList.get(0).id();
        }
        show();
    }

    /** The goods of the chosen shop. */
    public void show() {
        clear();
        if (shopId == null) {
            list = List.of();
            return;
        }
        Pages.run(() -> list = goods.goods(shopId), null);
    }

    public void save() {
        Goods.GoodsForm form = new Goods.GoodsForm(shopId, code, name, pricePoints, stock, offeredFrom, offeredUntil);
        if (Pages.run(() -> {
            if (editingId == null) {
                goods.create(form);
            } else {
                goods.update(editingId, form);
            }
        }, "goods.saved")) {
            show();
        }
    }

    public void edit(GoodsView g) {
        editingId = g.id();
        code = g.code();
        name = g.name();
        pricePoints = g.pricePoints();
        stock = g.stock();
        offeredFrom = g.offeredFrom();
        offeredUntil = g.offeredUntil();
    }

    public void clear() {
        editingId = null;
        code = null;
        name = null;
        pricePoints = null;
        stock = null;
        offeredFrom = null;
        offeredUntil = null;
    }

    public void restock(GoodsView g) {
        String typed = quantities.get(g.id()) == null ? "" : quantities.get(g.id()).strip();
        if (!typed.matches("\\d{1,7}")) {
            Pages.refuse("error.goods.quantity", typed);
            return;
        }
        if (Pages.run(() -> goods.restock(g.id(), Integer.parseInt(typed)), "goods.restocked")) {
            quantities.remove(g.id());
            show();
        }
    }

    public void retire(GoodsView g) {
        if (Pages.run(() -> goods.retire(g.id()), "goods.retired")) {
            show();
        }
    }

    public List<ShopView> getShopList() {
        return shopList;
    }

    public List<GoodsView> getList() {
        return list;
    }

    public Map<Long, String> getQuantities() {
        return quantities;
    }

    public Long getShopId() {
        return shopId;
    }

    public void setShopId(Long shopId) {
        this.shopId = shopId;
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

    public Integer getPricePoints() {
        return pricePoints;
    }

    public void setPricePoints(Integer pricePoints) {
        this.pricePoints = pricePoints;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public LocalDate getOfferedFrom() {
        return offeredFrom;
    }

    public void setOfferedFrom(LocalDate offeredFrom) {
        this.offeredFrom = offeredFrom;
    }

    public LocalDate getOfferedUntil() {
        return offeredUntil;
    }

    public void setOfferedUntil(LocalDate offeredUntil) {
        this.offeredUntil = offeredUntil;
    }
}
