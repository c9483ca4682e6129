package cn.xiangzhi.points.web;

import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.points.application.HouseholdCards;
import cn.xiangzhi.points.application.HouseholdCards.CardView;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The household card part of the households page: the chosen household's valid card and its
 * earlier ones, issue / reissue / revoke with a reason, and the card as PDF or its QR code as PNG.
 */
@Named
@ViewScoped
public class HouseholdCardView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    HouseholdCards cards;

    private String reason;
    private HouseholdCards.Cards shown;

    /** The household's cards, read once per household until something changes them. */
    public HouseholdCards.Cards cardsOf(long householdId) {
        if (shown == null || shown.householdId() != householdId) {
            shown = cards.cards(householdId);
            reason = null;
        }
        return shown;
    }

    public void issue(long householdId) {
        act(() -> cards.issue(householdId), "card.issued");
    }

    public void reissue(long householdId) {
        act(() -> cards.reissue(householdId, reason), "card.issued");
    }

    public void revoke(long householdId) {
        act(() -> cards.revoke(householdId, reason), "card.revoked");
    }

    public StreamedContent pdf(long householdId) {
        return download(() -> cards.pdf(householdId), "household-card-" + householdId + ".pdf", "application/pdf");
    }

    public StreamedContent png(long householdId) {
        return download(() -> cards.qrPng(householdId), "household-card-" + householdId + ".png", "image/png");
    }

    /** The day of {@code at}, for the card's line. */
    public String day(Instant at) {
        return at == null ? "" : clock.dayOf(at).toString();
    }

    private void act(Supplier<CardView> action, String successKey) {
        CardView[] done = new CardView[1];
        if (Pages.run(() -> done[0] = action.get(), null)) {
            Pages.info(successKey, done[0].serial());
            shown = null;
            reason = null;
        }
    }

    /** The file, made now so that a refusal shows on the page; null (no download) when refused. */
    private static StreamedContent download(Supplier<byte[]> content, String name, String type) {
        byte[][] made = new byte[1][];
        if (!Pages.run(() -> made[0] = content.get(), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) made[0].length)
                .stream(() -> new ByteArrayInputStream(made[0])).build();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
