package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.KioskToken;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.cache.KeptUntilChanged;
import cn.xiangzhi.shared.cache.TenantChanges;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenant admin issues and revokes kiosk tokens; the kiosk endpoint checks them. A token opens
 * exactly one village of one tenant until it is revoked.
 */
@ApplicationScoped
@Transactional
public class KioskTokens {

    @Inject
    TenantChanges changes;

    private KeptUntilChanged<String, PlaceView> opened;

    @PostConstruct
    void start() {
        opened = new KeptUntilChanged<>(changes, Duration.ofMinutes(1), 20_000);
    }

    @Inject
    BusinessClock clock;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    /** A token as the admin sees it (never the secret, which exists only in {@link IssuedToken}). */
    public record TokenView(long id, long villageId, String villageName, String label, Instant issuedAt,
                            String issuedBy, Instant revokedAt) implements Serializable {
        static TokenView of(KioskToken token) {
            return new TokenView(token.getId(), token.getVillage().getId(), token.getVillage().getName(), token.getLabel(),
                    token.getIssuedAt(), token.getIssuedBy(), token.getRevokedAt());
        }

        public boolean isActive() {
            return revokedAt == null;
        }
    }

    public record IssuedToken(TokenView token, String secret) implements Serializable {
    }

    public List<TokenView> list() {
        UserPrincipal user = Access.require(Permission.KIOSK_MANAGE);
        return db.tenant().createQuery("select k from KioskToken k where k.village.path like :scope order by k.id desc",
                        KioskToken.class).setParameter("scope", user.scopePath() + "%")
                .getResultStream().map(TokenView::of).toList();
    }

    public TokenView get(long id) {
        return TokenView.of(visible(id));
    }

    public IssuedToken issue(long villageId, String label) {
        UserPrincipal user = Access.require(Permission.KIOSK_MANAGE);
        Place village = places.visiblePlace(villageId, Permission.KIOSK_MANAGE);
        KioskToken.Issued issued = KioskToken.issue(village, label, user.describe(), clock.now());
        db.tenant().persist(issued.token());
        db.tenant().flush();
        return new IssuedToken(TokenView.of(issued.token()), issued.secret());
    }

    public TokenView revoke(long id) {
        KioskToken token = visible(id);
        token.revoke(clock.now());
        return TokenView.of(token);
    }

    /**
     * The village a kiosk may show with {@code secret}, if the token is valid for it. Asked on every
     * refresh of every kiosk: an answer is kept until the tenant's data changes (a revocation is such
     * a change) and for at most a minute (ADR 0017).
     */
    public Optional<PlaceView> villageFor(String secret, long villageId) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        String hash = KioskToken.hash(secret);
        return Optional.ofNullable(opened.get(TenantContext.current().id(), hash + "/" + villageId,
                () -> db.tenant().createQuery("select k from KioskToken k where k.tokenHash = :hash", KioskToken.class)
                        .setParameter("hash", hash).getResultStream()
                        .filter(token -> token.opens(villageId)).findFirst().map(token -> PlaceView.of(token.getVillage()))
                        .orElse(null)));
    }

    /** The chain of places from the tenant's root down to the village, for the kiosk's heading. */
    public List<PlaceView> lineage(long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        if (village == null) {
            throw new NotFoundException("Place", villageId);
        }
        List<Long> ids = PlaceView.idsOnPath(village.getPath());
        return db.tenant().createQuery("select p from Place p where p.id in :ids order by p.path", Place.class)
                .setParameter("ids", ids).getResultStream().map(PlaceView::of).toList();
    }

    private KioskToken visible(long id) {
        return Access.findInScope(db.tenant(), KioskToken.class, id, Permission.KIOSK_MANAGE, k -> k.getVillage().getPath());
    }
}
