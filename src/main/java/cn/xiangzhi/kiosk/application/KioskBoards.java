package cn.xiangzhi.kiosk.application;

import cn.xiangzhi.centres.application.Assets;
import cn.xiangzhi.centres.application.Disputes;
import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.decisions.application.Biddings;
import cn.xiangzhi.decisions.application.Contracts;
import cn.xiangzhi.decisions.application.Matters;
import cn.xiangzhi.liaison.application.Liaisons;
import cn.xiangzhi.notices.application.Notices;
import cn.xiangzhi.orglife.application.OrgLife;
import cn.xiangzhi.rating.application.Ballots;
import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.points.application.PointsBoard;
import cn.xiangzhi.shared.cache.KeptUntilChanged;
import cn.xiangzhi.shared.cache.TenantChanges;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shops.application.Shops;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a village's kiosk shows, read once and kept until the tenant's data changes (ADR 0017): 500
 * kiosks refreshing every few minutes read the same boards, and a board is a dozen queries. A
 * board is kept while {@link TenantChanges} has not moved for its tenant and for at most
 * {@link #FRESH} (writes on another server, or outside the audit trail, show within that time).
 */
@ApplicationScoped
@Transactional
public class KioskBoards {

    /** How long a board is kept at most. */
    public static final Duration FRESH = Duration.ofSeconds(60);
    /** How many rows of each list a board shows at most. */
    public static final int ROWS = 20;
    /** Boards kept at most; when full, all are dropped. */
    static final int MAX = 5_000;

    /** Everything on a village's board. */
    public record Board(PlaceView village, List<PlaceView> lineage, List<Organisation.PublicGrid> villageGrids,
                        Map<Long, List<Organisation.PublicGrid>> children, PointsBoard.Board points,
                        List<PointsBoard.BoardRanking> rankings, List<PointsBoard.BoardHonour> honours, List<Shops.KioskShop> shops,
                        List<Matters.Publication> publications, List<Assets.ListingView> listings,
                        List<Biddings.PublicResult> biddingResults, List<Contracts.PublicContract> contracts,
                        List<Disputes.PublicOutcome> disputeOutcomes, List<ServiceRequests.PublicOutcome> requestOutcomes,
                        List<Notices.NoticeView> notices, OrgLife.PublicMonth meetings, Ballots.KioskRating rating,
                        Liaisons.KioskBoard liaisons) implements Serializable {
    }

    @Inject
    TenantChanges changes;

    private KeptUntilChanged<Long, Board> kept;

    @PostConstruct
    void start() {
        kept = new KeptUntilChanged<>(changes, FRESH, MAX);
    }

    @Inject
    KioskTokens tokens;

    @Inject
    Organisation organisation;

    @Inject
    PointsBoard pointsBoard;

    @Inject
    Shops shops;

    @Inject
    Matters matters;

    @Inject
    Assets assets;

    @Inject
    Biddings biddings;

    @Inject
    Contracts contracts;

    @Inject
    Disputes disputes;

    @Inject
    ServiceRequests requests;

    @Inject
    Notices notices;

    @Inject
    OrgLife orgLife;

    @Inject
    Ballots ballots;

    @Inject
    Liaisons liaisons;

    /** The board of {@code village} (a village of the bound tenant that a kiosk token opened). */
    public Board of(PlaceView village) {
        return kept.get(TenantContext.current().id(), village.id(), () -> read(village));
    }

    private Board read(PlaceView village) {
        long id = village.id();
        List<Organisation.PublicGrid> grids = organisation.publicStructure(id);
        return new Board(village, tokens.lineage(id),
                grids.stream().filter(g -> g.parentId() == null).toList(),
                grids.stream().filter(g -> g.parentId() != null).collect(Collectors.groupingBy(Organisation.PublicGrid::parentId)),
                pointsBoard.board(id, null).orElse(null), pointsBoard.rankings(id), pointsBoard.honours(id),
                shops.kioskShops(id), matters.publications(id), assets.publicListings(id), biddings.results(id),
                contracts.publicContracts(id, ROWS), disputes.publicOutcomes(id, ROWS), requests.publicOutcomes(id, ROWS),
                notices.onBoard(id), orgLife.publicMonth(id), ballots.kiosk(id), liaisons.kiosk(id, ROWS));
    }
}
