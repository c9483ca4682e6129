package cn.xiangzhi.shops.web;

import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shops.application.Counter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counter, built like a till for a cheap tablet or PC with a USB scanner that types like a
 * keyboard. Everything goes through the one scan field, which keeps the focus: the card's text (or
 * a household code) and Enter identify the household; a goods code and Enter (or {@code 3*OIL})
 * put goods in the basket; Enter on the empty field redeems the basket. Touch works too: goods
 * tiles with + and −. The basket's total is shown against the balance, and a receipt for a 58 mm
 * printer shows the points spent, the balance left, the clerk's name and the local time. One
 * idempotency key per sale: a double click or a resubmitted form redeems once.
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

    /** {@code OIL}, {@code 3*OIL}, {@code OIL*3} or {@code OIL 3}: a goods code and how many. */
    private static final Pattern GOODS = Pattern.compile("(?:(\\d{1,2})\\s*[*xX×]\\s*)?([\\p{L}\\p{N}_-]{1,40})(?:\\s*(?:[*xX×]|\\s)\\s*(\\d{1,2}))?");

    @Inject
    Counter counter;

    private Counter.Shelf shelf;
    private String reference;
    private String search;
    private Counter.Customer customer;
    private final Map<Long, Integer> basket = new LinkedHashMap<>();
    private String saleKey = newKey();
    private Counter.RedemptionView receipt;
    private Integer balanceAfterReceipt;

    @PostConstruct
    void load() {
        Pages.run(() -> shelf = counter.shelf(), null);
    }

    private static String newKey() {
        return "counter-" + UUID.randomUUID();
    }

    /** Enter in the scan field: redeem (empty field), add goods (a goods code) or identify a household. */
    public void scan() {
        String typed = reference == null ? "" : reference.strip();
        reference = null;
        if (typed.isEmpty()) {
            if (!basket.isEmpty()) {
                redeem();
            }
            return;
        }
        if (customer != null && addByCode(typed)) {
            return;
        }
        if (!basket.isEmpty()) {
            Pages.refuse("error.counter.basketOpen");
            return;
        }
        identify(typed);
    }

    private boolean addByCode(String typed) {
        Matcher m = GOODS.matcher(typed);
        if (shelf == null || !m.matches()) {
            return false;
        }
        String times = m.group(1) != null ? m.group(1) : m.group(3);
        int quantity = times == null ? 1 : Integer.parseInt(times);
        Optional<Counter.Offer> offer = shelf.goods().stream().filter(g -> g.code().equalsIgnoreCase(m.group(2))).findFirst();
        offer.ifPresent(o -> change(o, quantity));
        return offer.isPresent();
    }

    private void identify(String typed) {
        customer = null;
        receipt = null;
        basket.clear();
        saleKey = newKey();
        Pages.run(() -> customer = counter.customer(typed), null);
    }

    public void add(Counter.Offer offer) {
        change(offer, 1);
    }

    public void remove(Counter.Offer offer) {
        change(offer, -1);
    }

    private void change(Counter.Offer offer, int by) {
        if (customer == null) {
            Pages.refuse("error.counter.household");
            return;
        }
        receipt = null;
        int quantity = Math.max(0, Math.min(99, basket.getOrDefault(offer.goodsId(), 0) + by));
        if (offer.stock() != null && quantity > offer.stock()) {
            Pages.refuse("error.counter.stock", offer.name(), offer.stock());
            quantity = offer.stock();
        }
        if (quantity == 0) {
            basket.remove(offer.goodsId());
        } else {
            basket.put(offer.goodsId(), quantity);
        }
    }

    /** Empties the basket (and forgets the household when it is already empty). */
    public void clear() {
        if (basket.isEmpty()) {
            customer = null;
            receipt = null;
        }
        basket.clear();
        saleKey = newKey();
    }

    public void redeem() {
        if (customer == null) {
            Pages.refuse("error.counter.household");
            return;
        }
        List<Counter.Line> wanted = new ArrayList<>();
        basket.forEach((goods, quantity) -> wanted.add(new Counter.Line(goods, quantity)));
        Counter.Request request = new Counter.Request(customer.householdCode(), wanted, saleKey);
        if (Pages.run(() -> receipt = counter.redeem(request), null)) { // the receipt says it; no message over it
            String code = customer.householdCode();
            Integer left = receipt.redeemableAfter(); // known from the spending itself; null when the sale was a repeat
            Pages.run(() -> {
                customer = left != null ? customer.afterSpending(left) : counter.customer(code);
                shelf = counter.shelf(); // the stock after the sale
            }, null);
            balanceAfterReceipt = customer == null ? null : customer.redeemable();
            basket.clear();
            saleKey = newKey();
        }
    }

    /** The basket as lines: goods, quantity and points, in the order they were added. */
    public List<BasketLine> getBasketLines() {
        List<BasketLine> lines = new ArrayList<>();
        if (shelf != null) {
            basket.forEach((goods, quantity) -> shelf.goods().stream().filter(g -> g.goodsId() == goods).findFirst()
                    .ifPresent(g -> lines.add(new BasketLine(g, quantity))));
        }
        return lines;
    }

    public record BasketLine(Counter.Offer offer, int quantity) implements Serializable {
        public int getPoints() {
            return offer.pricePoints() * quantity;
        }
    }

    public int getBasketTotal() {
        return getBasketLines().stream().mapToInt(BasketLine::getPoints).sum();
    }

    /** The balance left if the basket were redeemed now (negative: not enough points). */
    public int getBalanceAfter() {
        return customer == null ? 0 : customer.redeemable() - getBasketTotal();
    }

    public int quantityOf(Counter.Offer offer) {
        return basket.getOrDefault(offer.goodsId(), 0);
    }

    /** The shelf's goods whose name or code contains the search (all without one). */
    public List<Counter.Offer> getGoods() {
        if (shelf == null) {
            return List.of();
        }
        String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return s.isEmpty() ? shelf.goods() : shelf.goods().stream()
                .filter(g -> g.name().toLowerCase(Locale.ROOT).contains(s) || g.code().toLowerCase(Locale.ROOT).contains(s)).toList();
    }

    /**
     * Why the household cannot spend (more) now, as a message for the clerk to tell; null when it
     * has points to spend or nothing explains it.
     */
    public String getWhyNothing() {
        if (customer == null || customer.redeemable() > 0 || customer.restrictions().contains(RestrictionKind.NO_REDEEM)) {
            return null;
        }
        Counter.Customer c = customer;
        if (c.unreleased() > 0 && c.releasedOn() != null) {
            return Pages.text("counter.why.inObjection", c.unreleased(), c.releasedOn().minusDays(1).toString(),
                    c.releasedOn().toString());
        }
        if (c.unreleased() > 0) {
            return Pages.text("counter.why.unpublished", c.unreleased());
        }
        if (c.frozen() > 0) {
            return Pages.text("counter.why.frozen", c.frozen());
        }
        if (c.pending() > 0) {
            return Pages.text("counter.why.pending", c.pending());
        }
        return Pages.text("counter.why.none");
    }

    public Counter.Shelf getShelf() {
        return shelf;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Counter.Customer getCustomer() {
        return customer;
    }

    public Counter.RedemptionView getReceipt() {
        return receipt;
    }

    public Integer getBalanceAfterReceipt() {
        return balanceAfterReceipt;
    }
}
