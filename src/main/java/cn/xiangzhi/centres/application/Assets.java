package cn.xiangzhi.centres.application;

import cn.xiangzhi.centres.domain.AssetKind;
import cn.xiangzhi.centres.domain.AssetListing;
import cn.xiangzhi.centres.domain.CollectiveAsset;
import cn.xiangzhi.centres.domain.ListingStatus;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The collective assets register (三资台账) and the assets offered for lease or transfer on the
 * property-rights market (产权交易). Listings still LISTED are public: the village's public page
 * and its kiosk show them without a login.
 */
@ApplicationScoped
@Transactional
public class Assets {

    @Inject
    TenantEntityManager db;

    @Inject
    Centres centres;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record AssetView(long id, long villageId, String villageName, String name, AssetKind kind, BigDecimal quantity,
                            String unit, BigDecimal value) implements Serializable {
        static AssetView of(CollectiveAsset a) {
            return new AssetView(a.getId(), a.getVillage().getId(), a.getVillage().getName(), a.getName(), a.getKind(),
                    a.getQuantity(), a.getUnit(), a.getValue());
        }
    }

    public record ListingView(long id, long assetId, long villageId, String assetName, AssetKind kind, BigDecimal quantity,
                              String unit, String terms, BigDecimal asking, LocalDate listedOn, ListingStatus status)
            implements Serializable {
        static ListingView of(AssetListing l) {
            CollectiveAsset a = l.getAsset();
            return new ListingView(l.getId(), a.getId(), a.getVillage().getId(), a.getName(), a.getKind(), a.getQuantity(),
                    a.getUnit(), l.getTerms(), l.getAsking(), l.getListedOn(), l.getStatus());
        }
    }

    public AssetView register(long villageId, String name, AssetKind kind, BigDecimal quantity, String unit, BigDecimal value) {
        Access.require(Centres.RECORD);
        CollectiveAsset asset = new CollectiveAsset(centres.village(villageId, Centres.RECORD), name, kind, quantity, unit, value);
        db.tenant().persist(asset);
        db.tenant().flush();
        return AssetView.of(asset);
    }

    /** The register of the user's scope (or one village), by village and name, at most 1000. */
    public List<AssetView> assets(Long villageId) {
        UserPrincipal user = Access.require(Centres.VIEW);
        var query = db.tenant().createQuery("select a from CollectiveAsset a where a.village.path like :scope"
                        + (villageId == null ? "" : " and a.village.id = :v") + " order by a.village.name, a.name, a.id",
                        CollectiveAsset.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(1000);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        return query.getResultStream().map(AssetView::of).toList();
    }

    public AssetView asset(long id) {
        return AssetView.of(visibleAsset(id, Centres.VIEW));
    }

    /** Offers an asset for lease or transfer from {@code listedOn} (today when not given). */
    public ListingView list(long assetId, String terms, BigDecimal asking, LocalDate listedOn) {
        Access.require(Centres.RECORD);
        AssetListing listing = new AssetListing(visibleAsset(assetId, Centres.RECORD), terms, asking,
                listedOn == null ? LocalDate.now(clock) : listedOn);
        db.tenant().persist(listing);
        db.tenant().flush();
        return ListingView.of(listing);
    }

    /** Takes a listing off the market: LEASED, TRANSFERRED or WITHDRAWN (409 when it is already off). */
    public ListingView closeListing(long id, ListingStatus to) {
        AssetListing listing = Access.findInScope(db.tenant(), AssetListing.class, id, Centres.RECORD,
                l -> l.getAsset().getVillage().getPath());
        listing.close(to);
        db.tenant().flush();
        return ListingView.of(listing);
    }

    public List<ListingView> listings(Long villageId, ListingStatus status) {
        UserPrincipal user = Access.require(Centres.VIEW);
        var query = db.tenant().createQuery("select l from AssetListing l where l.asset.village.path like :scope"
                        + (villageId == null ? "" : " and l.asset.village.id = :v") + (status == null ? "" : " and l.status = :s")
                        + " order by l.listedOn desc, l.id desc", AssetListing.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.getResultStream().map(ListingView::of).toList();
    }

    public ListingView listing(long id) {
        return ListingView.of(Access.findInScope(db.tenant(), AssetListing.class, id, Centres.VIEW,
                l -> l.getAsset().getVillage().getPath()));
    }

    /** The village's assets on offer, newest first — public (no login: the kiosk and the public page); 404 for no village. */
    public List<ListingView> publicListings(long villageId) {
        places.publicName(villageId); // the same public-village check as every public page
        return db.tenant().createQuery("select l from AssetListing l where l.asset.village.id = :v and l.status = :s"
                        + " order by l.listedOn desc, l.id desc", AssetListing.class)
                .setParameter("v", villageId).setParameter("s", ListingStatus.LISTED).setMaxResults(100)
                .getResultStream().map(ListingView::of).toList();
    }

    private CollectiveAsset visibleAsset(long id, String permission) {
        return Access.findInScope(db.tenant(), CollectiveAsset.class, id, permission, a -> a.getVillage().getPath());
    }
}
