package cn.xiangzhi.decisions.web;

import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The project bidding page (竞标): the lots of the user's scope, a form to offer one (optionally
 * under a matter of the village), and the open lot with its bidders, its bids round by round, the
 * forms to register a bidder and record a bid, and closing it, which shows the winner.
 */
@Named
@ViewScoped
public class BiddingsView implements Serializable {

    @Inject
    Biddings biddings;

    @Inject
    Matters matters;


    @Inject
    VillagePicker villages;
    private List<Biddings.LotView> lots = List.of();
    private List<Matters.MatterView> villageMatters = List.of();

    private Long newVillageId;
    private Long newMatterId;
    private String newTitle;
    private String newDescription;
    private String newUnit = "元/亩/年";
    private BigDecimal newQuantity;
    private BigDecimal newReserve;

    private Biddings.LotView selected;
    private List<Biddings.BidderView> bidders = List.of();
    private List<Biddings.BidView> bids = List.of();

    private String bidderName;
    private String bidderIdNumber;
    private String bidderPhone;
    private Long bidBidderId;
    private Integer bidRound;
    private BigDecimal bidAmount;

    @PostConstruct
    void load() {
        Pages.run(() -> {
            newVillageId = villages.only();
        }, null);
        villageChanged();
        refresh();
    }

    public void refresh() {
        Pages.run(() -> lots = biddings.lots(null, null), null);
    }

    /** The matters of the chosen village, to link the lot to the one that authorised it. */
    public void villageChanged() {
        newMatterId = null;
        villageMatters = List.of();
        if (newVillageId != null) {
            Pages.run(() -> villageMatters = matters.matters(newVillageId, null), null);
        }
    }

    public void register() {
        if (newVillageId == null) {
            Pages.refuse("error.decision.village");
            return;
        }
        if (Pages.run(() -> selected = biddings.register(newVillageId, newMatterId, newTitle, newDescription, newUnit, newQuantity,
                newReserve), "bidding.registered")) {
            newTitle = null;
            newDescription = null;
            newQuantity = null;
            newReserve = null;
            open(selected);
            refresh();
        }
    }

    public void open(Biddings.LotView lot) {
        Pages.run(() -> {
            selected = biddings.lot(lot.id());
            bidders = biddings.bidders(lot.id());
            bids = biddings.bids(lot.id());
        }, null);
        bidderName = null;
        bidderIdNumber = null;
        bidderPhone = null;
        bidBidderId = null;
        bidAmount = null;
        bidRound = selected == null ? null : selected.currentRound();
    }

    public void addBidder() {
        if (Pages.run(() -> biddings.registerBidder(selected.id(), bidderName, bidderIdNumber, bidderPhone), "bidding.bidderAdded")) {
            open(selected);
        }
    }

    public void recordBid() {
        if (bidBidderId == null) {
            Pages.refuse("error.bidding.notRegistered");
            return;
        }
        if (bidRound == null) {
            Pages.refuse("error.bidding.round", (Object) null, selected.currentRound(), selected.currentRound() + 1);
            return;
        }
        int round = bidRound;
        if (Pages.run(() -> biddings.bid(selected.id(), bidBidderId, round, bidAmount), "bidding.bidRecorded")) {
            open(selected);
            bidRound = round;
            refresh();
        }
    }

    public void closeLot() {
        if (Pages.run(() -> selected = biddings.close(selected.id()), null)) {
            Pages.info("bidding.closedMsg", Pages.text("bidding.status." + selected.status()));
            open(selected);
            refresh();
        }
    }

    public void hide() {
        selected = null;
    }


    public List<Biddings.LotView> getLots() {
        return lots;
    }

    public List<Matters.MatterView> getVillageMatters() {
        return villageMatters;
    }

    public Long getNewVillageId() {
        return newVillageId;
    }

    public void setNewVillageId(Long newVillageId) {
        this.newVillageId = newVillageId;
    }

    public Long getNewMatterId() {
        return newMatterId;
    }

    public void setNewMatterId(Long newMatterId) {
        this.newMatterId = newMatterId;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewDescription() {
        return newDescription;
    }

    public void setNewDescription(String newDescription) {
        this.newDescription = newDescription;
    }

    public String getNewUnit() {
        return newUnit;
    }

    public void setNewUnit(String newUnit) {
        this.newUnit = newUnit;
    }

    public BigDecimal getNewQuantity() {
        return newQuantity;
    }

    public void setNewQuantity(BigDecimal newQuantity) {
        this.newQuantity = newQuantity;
    }

    public BigDecimal getNewReserve() {
        return newReserve;
    }

    public void setNewReserve(BigDecimal newReserve) {
        this.newReserve = newReserve;
    }

    public Biddings.LotView getSelected() {
        return selected;
    }

    public List<Biddings.BidderView> getBidders() {
        return bidders;
    }

    public List<Biddings.BidView> getBids() {
        return bids;
    }

    public String getBidderName() {
        return bidderName;
    }

    public void setBidderName(String bidderName) {
        this.bidderName = bidderName;
    }

    public String getBidderIdNumber() {
        return bidderIdNumber;
    }

    public void setBidderIdNumber(String bidderIdNumber) {
        this.bidderIdNumber = bidderIdNumber;
    }

    public String getBidderPhone() {
        return bidderPhone;
    }

    public void setBidderPhone(String bidderPhone) {
        this.bidderPhone = bidderPhone;
    }

    public Long getBidBidderId() {
        return bidBidderId;
    }

    public void setBidBidderId(Long bidBidderId) {
        this.bidBidderId = bidBidderId;
    }

    public Integer getBidRound() {
        return bidRound;
    }

    public void setBidRound(Integer bidRound) {
        this.bidRound = bidRound;
    }

    public BigDecimal getBidAmount() {
        return bidAmount;
    }

    public void setBidAmount(BigDecimal bidAmount) {
        this.bidAmount = bidAmount;
    }
}
