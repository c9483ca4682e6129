package cn.xiangzhi.shops.web;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shops.application.Settlement;
import cn.xiangzhi.shops.application.Settlement.StatementView;
import cn.xiangzhi.shops.application.Shops;
import cn.xiangzhi.shops.application.Shops.ShopView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly statements (结算单): the tenant admin picks a shop and an ended month, issues its statement
 * and marks statements paid; everyone who sees the shop (a clerk: their own) lists, opens and
 * downloads them as Excel and PDF.
 */
@Named
@ViewScoped
public class StatementsView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    Shops shops;

    @Inject
    Settlement settlement;

    private List<ShopView> shopList = List.of();
    private Long shopId;
    private String period;
    private List<StatementView> list = List.of();
    private StatementView opened;
    private final Map<Long, String> references = new HashMap<>();

    @PostConstruct
    void load() {
        period = clock.month().minusMonths(1).toString();
        Pages.run(() -> shopList = shops.shops(), null);
        if (!shopList.isEmpty()) {
            shopId = shopList.get(0).id();
        }
        show();
    }

    /** The statements of the chosen shop. */
    public void show() {
        opened = null;
        if (shopId == null) {
            list = List.of();
            return;
        }
        Pages.run(() -> list = settlement.statements(shopId), null);
    }

    public void issue() {
        if (shopId == null) {
            Pages.refuse("error.shop.required");
            return;
        }
        Settlement.Issued[] issued = new Settlement.Issued[1];
        if (Pages.run(() -> issued[0] = settlement.issue(shopId, period), null)) {
            Pages.info(issued[0].created() ? "statement.issued" : "statement.existing", issued[0].statement().number());
            show();
            opened = issued[0].statement();
        }
    }

    public void open(StatementView s) {
        Pages.run(() -> opened = settlement.statement(s.id()), null);
    }

    public void pay(StatementView s) {
        if (Pages.run(() -> settlement.pay(s.id(), references.get(s.id())), "statement.paidSaved", s.number())) {
            references.remove(s.id());
            show();
        }
    }

    public StreamedContent xlsx(StatementView s) {
        Settlement.Download[] file = new Settlement.Download[1];
        return Pages.run(() -> file[0] = settlement.xlsx(s.id()), null) ? streamed(file[0]) : null;
    }

    public StreamedContent pdf(StatementView s) {
        Settlement.Download[] file = new Settlement.Download[1];
        return Pages.run(() -> file[0] = settlement.pdf(s.id()), null) ? streamed(file[0]) : null;
    }

    private static StreamedContent streamed(Settlement.Download file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.type())
                .contentLength((long) file.content().length).stream(() -> new ByteArrayInputStream(file.content())).build();
    }

    public List<ShopView> getShopList() {
        return shopList;
    }

    public Long getShopId() {
        return shopId;
    }

    public void setShopId(Long shopId) {
        this.shopId = shopId;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<StatementView> getList() {
        return list;
    }

    public StatementView getOpened() {
        return opened;
    }

    public Map<Long, String> getReferences() {
        return references;
    }
}
