package cn.xiangzhi.kiosk.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.kiosk.application.KioskBoards;
import cn.xiangzhi.liaison.application.Liaisons;
import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.rating.application.RatingReports;
import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.shared.print.QrCode;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.SiteOrigin;
import cn.xiangzhi.shops.application.Shops;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the village kiosk shows, as a board of tabs (issue 23): the month's points, the quarter's
 * ranking (top ten, with medals), the honours, what the power list made public (resolutions and
 * results, bidding results, contracts), the service centres (assets on offer, how disputes and
 * requests ended), the shops and their goods, the notices, and the village's grids — with a clock
 * and the date in the tenant's zone.
 */
@Named
@RequestScoped
public class KioskView {

    /** How many places of a ranking the kiosk shows. */
    static final int TOP = 10;
    /** Seconds a tab stays before the board turns to the next. */
    static final int ROTATE_SECONDS = 20;

    @Inject
    KioskBoards boards;

    @Inject
    BusinessClock clock;

    private KioskBoards.Board board;

    @PostConstruct
    void load() {
        PlaceView village = (PlaceView) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(KioskGate.VILLAGE_ATTRIBUTE);
        if (village == null) { // the view reached without the gate (e.g. /t/{code}/kiosk.xhtml)
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
            board = new KioskBoards.Board(null, List.of(), List.of(), Map.of(), null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, new Ballots.KioskRating(List.of(), List.of()),
                    null);
            return;
        }
        board = boards.of(village);
    }

    /** The first {@value #TOP} places of a ranking (all tied at the tenth included). */
    public List<PointsBoard.BoardPlacement> top(PointsBoard.BoardRanking ranking) {
        List<PointsBoard.BoardPlacement> placements = ranking.placements();
        if (placements.size() <= TOP) {
            return placements;
        }
        int last = placements.get(TOP - 1).rank();
        return placements.stream().filter(p -> p.rank() <= last).toList();
    }

    /** The local time for the clock, {@code HH:mm} in the tenant's zone. */
    public String getTime() {
        return time(clock);
    }

    static String time(BusinessClock clock) {
        return clock.local(clock.instant()).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    /** Today in words, in the page's language: 2026年12月6日星期日 / Sunday, December 6, 2026. */
    public String getDate() {
        return date(clock, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static String date(BusinessClock clock, Locale locale) {
        ZonedDateTime now = clock.local(clock.instant());
        return now.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
    }

    /**
     * Seconds between two tabs of the rotation: {@code ?rotate=} on the kiosk's address (1 to 600),
     * else {@value #ROTATE_SECONDS}.
     */
    public int getRotateSeconds() {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("rotate");
        try {
            int seconds = asked == null ? ROTATE_SECONDS : Integer.parseInt(asked.strip());
            return seconds < 1 || seconds > 600 ? ROTATE_SECONDS : seconds;
        } catch (NumberFormatException e) {
            return ROTATE_SECONDS;
        }
    }

    /** The tenant's zone, for the clock's script. */
    public String getZone() {
        return clock.getZone().getId();
    }

    /** Milliseconds since the epoch by the server, so a kiosk with a wrong clock still shows the right time. */
    public long getEpochMillis() {
        return clock.millis();
    }

    public List<Contracts.PublicContract> getContracts() {
        return board.contracts();
    }

    public List<Disputes.PublicOutcome> getDisputeOutcomes() {
        return board.disputeOutcomes();
    }

    public List<ServiceRequests.PublicOutcome> getRequestOutcomes() {
        return board.requestOutcomes();
    }

    public List<Notices.NoticeView> getNotices() {
        return board.notices();
    }

    /** This month's meetings of organisational life and their attendance. */
    public OrgLife.PublicMonth getMeetings() {
        return board.meetings();
    }

    /** The rating campaigns open for the village's branches and members, and its open problems with their promises. */
    /** The village's liaisons with their households (masked) and the month's requests found on visits and done. */
    public Liaisons.KioskBoard getLiaisons() {
        return board.liaisons();
    }

    public Ballots.KioskRating getRating() {
        return board.rating();
    }

    /** Whether the rating tab is shown: only while a campaign is open for the village or a problem of it is open. */
    public boolean isRatingShown() {
        return !board.rating().campaigns().isEmpty() || !board.rating().problems().isEmpty();
    }

    /** The QR code (a data address of a PNG) that opens a campaign's phone page for this village. */
    public String ratingQr(long campaignId) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(
                QrCode.png(SiteOrigin.of(request) + RatingReports.phonePath(campaignId, board.village().id()), 360));
    }

    /** The village's collective assets on offer for lease or transfer (产权交易), newest first. */
    public List<Assets.ListingView> getAssetListings() {
        return board.listings();
    }

    /** The village's results of project bidding (竞标), newest first. */
    public List<Biddings.PublicResult> getBiddingResults() {
        return board.biddingResults();
    }

    /** The village's published resolutions and results of its decisions (两公开), newest first. */
    public List<Matters.Publication> getDecisionPublications() {
        return board.publications();
    }

    /** The active shops serving the village, with the goods each offers today. */
    public List<Shops.KioskShop> getShops() {
        return board.shops();
    }

    /** The latest published month of the village's points, or null. */
    public PointsBoard.Board getBoard() {
        return board.points();
    }

    /** The latest year's honoured households. */
    public List<PointsBoard.BoardHonour> getHonours() {
        return board.honours();
    }

    /** This quarter's rankings so far: village grids and household groups. */
    public List<PointsBoard.BoardRanking> getRankings() {
        return board.rankings();
    }

    /** The village grids, each with its micro-grids via {@link #childrenOf}. */
    public List<Organisation.PublicGrid> getVillageGrids() {
        return board.villageGrids();
    }

    public List<Organisation.PublicGrid> childrenOf(long gridId) {
        return board.children().getOrDefault(gridId, List.of());
    }

    /** Households in a grid and every grid below it. */
    public long householdsUnder(Organisation.PublicGrid grid) {
        return grid.households() + childrenOf(grid.id()).stream().mapToLong(this::householdsUnder).sum();
    }

    public PlaceView getVillage() {
        return board.village();
    }

    public List<PlaceView> getLineage() {
        return board.lineage();
    }
}
