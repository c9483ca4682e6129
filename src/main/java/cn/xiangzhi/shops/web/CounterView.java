package cn.xiangzhi.shops.web;

import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shops.application.Counter;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The counter, built for a cheap tablet or PC with a USB scanner that types like a keyboard:
 * scan the card (or type the household code) and Enter → the household, its balance and
 * restrictions; type quantities → Enter redeems → a receipt for a 58 mm printer. One idempotency
 * key per sale: a double click or a resubmitted form redeems once.
 */
@Named
@ViewScoped
public class CounterView implements Serializable {

    @Inject
    transient Counter counter;

    private Counter.Shelf shelf;
    private String reference;
    private Counter.Customer customer;
    private List<SaleLine> lines = List.of();
    private String saleKey = newKey();
    private Counter.RedemptionView receipt;

    /** One goods of the shelf and how many of it the household takes (typed, so the page converts to Integer). */
    public static final class SaleLine implements Serializable {
        private final Counter.Offer offer;
        private Integer quantity;

        SaleLine(Counter.Offer offer) {
            this.offer = offer;
        }

        public Counter.Offer getOffer() {
            return offer;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    @PostConstruct
    void load() {
        Pages.run(() -> shelf = counter.shelf(), null);
        resetLines();
    }

    private void resetLines() {
        lines = shelf == null ? List.of() : shelf.goods().stream().map(SaleLine::new).toList();
    }

    private static String newKey() {
        return "counter-" + UUID.randomUUID();
    }

    public void identify() {
        customer = null;
        receipt = null;
        resetLines();
        saleKey = newKey();
        Pages.run(() -> customer = counter.customer(reference), null);
    }

    public void redeem() {
        if (customer == null) {
            Pages.refuse("error.counter.household");
            return;
        }
        List<Counter.Line> wanted = new ArrayList<>();
        for (SaleLine line : lines) {
            if (line.getQuantity() != null && line.getQuantity() > 0) {
                wanted.add(new Counter.Line(line.getOffer().goodsId(), line.getQuantity()));
            }
        }
        Counter.Request request = new Counter.Request(customer.householdCode(), wanted, saleKey);
        if (Pages.run(() -> receipt = counter.redeem(request), "counter.done")) {
            String code = customer.householdCode();
            Pages.run(() -> customer = counter.customer(code), null);
            resetLines();
            saleKey = newKey();
            reference = null;
        }
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

    public Counter.Customer getCustomer() {
        return customer;
    }

    public List<SaleLine> getLines() {
        return lines;
    }

    public Counter.RedemptionView getReceipt() {
        return receipt;
    }
}
