package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.Auction;
import cn.xiangzhi.decisions.domain.Bid;
import cn.xiangzhi.decisions.domain.Bidder;
import cn.xiangzhi.decisions.domain.BiddingLot;
import cn.xiangzhi.decisions.domain.LotStatus;
import cn.xiangzhi.decisions.domain.Matter;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Project bidding (竞标), one of the six service centres: a village offers a lot at a reserve price,
 * registers bidders, records their bids round by round and closes the lot, which awards it to the
 * best bid by the rules of {@link Auction} (the highest; equal amounts: the first recorded) or
 * fails it. Recording needs {@code decision:record}, reading {@code decision:view}, in the user's
 * scope. Results are public: on the village's public page and its kiosk, without ID numbers and
 * with phones masked.
 */
@ApplicationScoped
@Transactional
public class Biddings {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record LotView(long id, long villageId, String villageName, Long matterId, String matterTitle, String title,
                          String description, String unit, BigDecimal quantity, BigDecimal reservePrice, LotStatus status,
                          int currentRound, int bidders, int bids, Long winningBidId, String winnerName, BigDecimal winningAmount,
                          Instant closedAt, String registeredBy, Instant registeredAt) implements Serializable {
    }

    public record BidderView(long id, long lotId, String name, String idNumber, String phone, Instant registeredAt)
            implements Serializable {
    }

    public record BidView(long id, long lotId, long bidderId, String bidderName, int round, BigDecimal amount, String recordedBy,
                          Instant recordedAt) implements Serializable {
        static BidView of(Bid b) {
            return new BidView(b.getId(), b.getLot().getId(), b.getBidder().getId(), b.getBidder().getName(), b.getRound(),
                    b.getAmount(), b.getRecordedBy(), b.getRecordedAt());
        }
    }

    /** A result on the village's public board: who won at what price, when; or that the lot failed. */
    public record PublicResult(long lotId, String title, String unit, BigDecimal quantity, BigDecimal reservePrice, LotStatus status,
                               String winnerName, String winnerPhone, BigDecimal amount, LocalDate closedOn, Long matterId,
                               String matterTitle) implements Serializable {
    }

    // ---- lots

    public LotView register(long villageId, Long matterId, String title, String description, String unit, BigDecimal quantity,
                            BigDecimal reservePrice) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        Place village = places.visiblePlace(villageId, Permission.DECISION_RECORD);
        Matter matter = matterId == null ? null
                : Access.findInScope(db.tenant(), Matter.class, matterId, Permission.DECISION_RECORD, m -> m.getVillage().getPath());
        BiddingLot lot = new BiddingLot(village, matter, title, description, unit, quantity, reservePrice, user.describe(),
                clock.instant());
        db.tenant().persist(lot);
        db.tenant().flush();
        return view(lot);
    }

    /** Lots of the user's scope (of one village, of one status), newest first, at most 500. */
    public List<LotView> lots(Long villageId, LotStatus status) {
        UserPrincipal user = Access.require(Permission.DECISION_VIEW);
        var query = db.tenant().createQuery("select l from BiddingLot l where l.village.path like :scope"
                        + (villageId == null ? "" : " and l.village.id = :v") + (status == null ? "" : " and l.status = :s")
                        + " order by l.id desc", BiddingLot.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        return views(query.getResultList());
    }

    public LotView lot(long id) {
        return view(visible(id, Permission.DECISION_VIEW));
    }

    /** Closes the lot: awarded to the winning bid of {@link Auction}, failed without bids. */
    public LotView close(long lotId) {
        Access.require(Permission.DECISION_RECORD);
        BiddingLot lot = locked(lotId);
        List<Bid> bids = bidsOf(lot);
        Long winner = new Auction(lot.getReservePrice(), bids.stream().map(Bid::line).toList()).winner()
                .map(Auction.Line::id).orElse(null);
        lot.close(bids.stream().filter(b -> b.getId().equals(winner)).findFirst().orElse(null), clock.instant());
        return view(lot);
    }

    // ---- bidders

    public BidderView registerBidder(long lotId, String name, String idNumber, String phone) {
        Access.require(Permission.DECISION_RECORD);
        BiddingLot lot = locked(lotId);
        EntityManager em = db.tenant();
        Bidder bidder = new Bidder(lot, name, idNumber, phone, clock.instant());
        boolean taken = !em.createQuery("select b.id from Bidder b where b.lot = :l and b.idNumber = :n", Long.class)
                .setParameter("l", lot).setParameter("n", bidder.getIdNumber()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.bidding.bidderTaken", bidder.getIdNumber());
        }
        em.persist(bidder);
        em.flush();
        return bidderView(bidder);
    }

    public List<BidderView> bidders(long lotId) {
        BiddingLot lot = visible(lotId, Permission.DECISION_VIEW);
        return biddersOf(lot).stream().map(Biddings::bidderView).toList();
    }

    public BidderView bidder(long id) {
        return bidderView(Access.findInScope(db.tenant(), Bidder.class, id, Permission.DECISION_VIEW, b -> b.getLot().getVillage().getPath()));
    }

    // ---- bids

    /** Records a bid after {@link Auction#admit} judged it; refuses (400/409 with the rule's key) otherwise. */
    public BidView bid(long lotId, long bidderId, int round, BigDecimal amount) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        // the lot's row lock first (ADR 0007): two clerks recording bids at once are served one after the other
        BiddingLot lot = locked(lotId);
        lot.requireOpen();
        List<Bidder> bidders = biddersOf(lot);
        Set<Long> registered = bidders.stream().map(Bidder::getId).collect(Collectors.toSet());
        List<Bid> bids = bidsOf(lot);
        new Auction(lot.getReservePrice(), bids.stream().map(Bid::line).toList()).admit(bidderId, registered, round, amount);
        Bidder bidder = bidders.stream().filter(b -> b.getId() == bidderId).findFirst().orElseThrow();
        Bid bid = new Bid(lot, bidder, round, amount, user.describe(), clock.instant());
        db.tenant().persist(bid);
        db.tenant().flush();
        return BidView.of(bid);
    }

    public List<BidView> bids(long lotId) {
        return bidsOf(visible(lotId, Permission.DECISION_VIEW)).stream().map(BidView::of).toList();
    }

    public BidView bidOf(long id) {
        return BidView.of(Access.findInScope(db.tenant(), Bid.class, id, Permission.DECISION_VIEW, b -> b.getLot().getVillage().getPath()));
    }

    // ---- the public board (no login)

    /** The village's closed lots with their results, newest first. */
    public List<PublicResult> results(long villageId) {
        EntityManager em = db.tenant();
        Place village = em.find(Place.class, villageId);
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new NotFoundException("Place", villageId);
        }
        ZoneId zone = clock.getZone();
        return em.createQuery("select l from BiddingLot l where l.village = :v and l.status in :s order by l.closedAt desc, l.id desc",
                        BiddingLot.class)
                .setParameter("v", village).setParameter("s", List.of(LotStatus.AWARDED, LotStatus.FAILED))
                .setMaxResults(100).getResultList().stream()
                .map(l -> {
                    Bid w = l.getWinningBid();
                    return new PublicResult(l.getId(), l.getTitle(), l.getUnit(), l.getQuantity(), l.getReservePrice(), l.getStatus(),
                            w == null ? null : w.getBidder().getName(), w == null ? null : Masks.phone(w.getBidder().getPhone()),
                            w == null ? null : w.getAmount(), LocalDate.ofInstant(l.getClosedAt(), zone),
                            l.getMatter() == null ? null : l.getMatter().getId(), l.getMatter() == null ? null : l.getMatter().getTitle());
                }).toList();
    }

    // ----

    BiddingLot visible(long id, String permission) {
        return Access.findInScope(db.tenant(), BiddingLot.class, id, permission, l -> l.getVillage().getPath());
    }

    private BiddingLot locked(long id) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        BiddingLot lot = db.tenant().find(BiddingLot.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (lot == null || !Access.inScope(user, lot.getVillage().getPath())) {
            throw new NotFoundException("BiddingLot", id);
        }
        return lot;
    }

    private List<Bidder> biddersOf(BiddingLot lot) {
        return db.tenant().createQuery("select b from Bidder b where b.lot = :l order by b.id", Bidder.class)
                .setParameter("l", lot).getResultList();
    }

    private List<Bid> bidsOf(BiddingLot lot) {
        return db.tenant().createQuery("select b from Bid b where b.lot = :l order by b.round, b.id", Bid.class)
                .setParameter("l", lot).getResultList();
    }

    private static BidderView bidderView(Bidder b) {
        return new BidderView(b.getId(), b.getLot().getId(), b.getName(), b.getIdNumber(), b.getPhone(), b.getRegisteredAt());
    }

    private LotView view(BiddingLot l) {
        return views(List.of(l)).get(0);
    }

    /** The lots as shown, with their bidders counted and bids read in two queries for all of them. */
    private List<LotView> views(List<BiddingLot> lots) {
        if (lots.isEmpty()) {
            return List.of();
        }
        EntityManager em = db.tenant();
        Map<Long, Long> bidders = em.createQuery("select b.lot.id, count(b) from Bidder b where b.lot in :l group by b.lot.id",
                        Object[].class).setParameter("l", lots).getResultList().stream()
                .collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
        Map<Long, List<Bid>> bids = em.createQuery("select b from Bid b where b.lot in :l order by b.round, b.id", Bid.class)
                .setParameter("l", lots).getResultList().stream().collect(Collectors.groupingBy(b -> b.getLot().getId()));
        return lots.stream().map(l -> {
            List<Bid> of = bids.getOrDefault(l.getId(), List.of());
            Bid w = l.getWinningBid();
            return new LotView(l.getId(), l.getVillage().getId(), l.getVillage().getName(),
                    l.getMatter() == null ? null : l.getMatter().getId(), l.getMatter() == null ? null : l.getMatter().getTitle(),
                    l.getTitle(), l.getDescription(), l.getUnit(), l.getQuantity(), l.getReservePrice(), l.getStatus(),
                    new Auction(l.getReservePrice(), of.stream().map(Bid::line).toList()).currentRound(),
                    bidders.getOrDefault(l.getId(), 0L).intValue(), of.size(),
                    w == null ? null : w.getId(), w == null ? null : w.getBidder().getName(), w == null ? null : w.getAmount(),
                    l.getClosedAt(), l.getRegisteredBy(), l.getRegisteredAt());
        }).toList();
    }
}
