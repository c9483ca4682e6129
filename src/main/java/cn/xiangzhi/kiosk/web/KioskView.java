package cn.xiangzhi.kiosk.web;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.shops.application.Shops;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the village kiosk shows: the village, where it sits, its grids and their leaders, its points board and rankings, the shops where its households redeem points, the publications of its decisions, its bidding results and its assets on offer. */
@Named
@RequestScoped
public class KioskView {

    @Inject
    KioskTokens tokens;

    @Inject
    Organisation organisation;

    @Inject
    PointsBoard pointsBoard;

    private PointsBoard.Board board;
    private List<PointsBoard.BoardRanking> rankings = List.of();
    private List<PointsBoard.BoardHonour> honours = List.of();

    @Inject
    Shops shops;

    private List<Shops.KioskShop> villageShops = List.of();

    @Inject
    Matters matters;

    private List<Matters.Publication> decisionPublications = List.of();

    @Inject
    Assets assets;

    private List<Assets.ListingView> assetListings = List.of();

    @Inject
    Biddings biddings;

    private List<Biddings.PublicResult> biddingResults = List.of();

    private List<Organisation.PublicGrid> villageGrids = List.of();
    private Map<Long, List<Organisation.PublicGrid>> children = Map.of();

    private PlaceView village;
    private List<PlaceView> lineage;

    @PostConstruct
    void load() {
        village = (PlaceView) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(KioskGate.VILLAGE_ATTRIBUTE);
        if (village == null) { // the view reached without the gate (e.g. /t/{code}/kiosk.xhtml)
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
            lineage = List.of();
            return;
        }
        lineage = tokens.lineage(village.id());
        List<Organisation.PublicGrid> grids = organisation.publicStructure(village.id());
        villageGrids = grids.stream().filter(g -> g.parentId() == null).toList();
        children = grids.stream().filter(g -> g.parentId() != null)
                .collect(Collectors.groupingBy(Organisation.PublicGrid::parentId));
        board = pointsBoard.board(village.id(), null).orElse(null);
        rankings = pointsBoard.rankings(village.id());
        honours = pointsBoard.honours(village.id());
        villageShops = shops.kioskShops(village.id());
        decisionPublications = matters.publications(village.id());
        assetListings = assets.publicListings(village.id());
        biddingResults = biddings.results(village.id());
    }

    /** The village's collective assets on offer for lease or transfer (产权交易), newest first. */
    public List<Assets.ListingView> getAssetListings() {
        return assetListings;
    }

    /** The village's results of project bidding (竞标), newest first. */
    public List<Biddings.PublicResult> getBiddingResults() {
        return biddingResults;
    }

    /** The village's published resolutions and results of its decisions (两公开), newest first. */
    public List<Matters.Publication> getDecisionPublications() {
        return decisionPublications;
    }

    /** The active shops serving the village, with the goods each offers today. */
    public List<Shops.KioskShop> getShops() {
        return villageShops;
    }

    /** The latest published month of the village's points, or null. */
    public PointsBoard.Board getBoard() {
        return board;
    }

    /** The latest year's honoured households. */
    public List<PointsBoard.BoardHonour> getHonours() {
        return honours;
    }

    /** This quarter's rankings so far: village grids and household groups. */
    public List<PointsBoard.BoardRanking> getRankings() {
        return rankings;
    }

    /** The village grids, each with its micro-grids via {@link #childrenOf}. */
    public List<Organisation.PublicGrid> getVillageGrids() {
        return villageGrids;
    }

    public List<Organisation.PublicGrid> childrenOf(long gridId) {
        return children.getOrDefault(gridId, List.of());
    }

    /** Households in a grid and every grid below it. */
    public long householdsUnder(Organisation.PublicGrid grid) {
        return grid.households() + childrenOf(grid.id()).stream().mapToLong(this::householdsUnder).sum();
    }

    public PlaceView getVillage() {
        return village;
    }

    public List<PlaceView> getLineage() {
        return lineage;
    }
}
