package cn.xiangzhi.platform.application;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.Villages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * The tenant's tree of places as the signed-in user may see and change it: everything under the
 * user's scope place. A place outside the scope, or of another tenant, is "not found".
 */
@ApplicationScoped
@Transactional
public class PlaceDirectory implements Villages {

    @Inject
    TenantEntityManager db;

    /** The visible places, parents before children. */
    public List<PlaceView> visible() {
        UserPrincipal user = Access.require(Permission.PLACE_VIEW);
        return db.tenant().createQuery("select p from Place p where p.path like :scope order by p.path", Place.class)
                .setParameter("scope", user.scopePath() + "%")
                .getResultStream().map(PlaceView::of).toList();
    }

    /** The visible villages and communities, the places grids, households and kiosks belong to. */
    public List<PlaceView> visibleVillages() {
        return visible().stream().filter(p -> p.level().tier() == PlaceLevel.Tier.VILLAGE).toList();
    }

    @Override
    public List<Village> choices() {
        return visibleVillages().stream().map(v -> new Village(v.id(), v.name(), v.divisionCode())).toList();
    }

    public PlaceView get(long id) {
        return PlaceView.of(visiblePlace(id, Permission.PLACE_VIEW));
    }

    public PlaceView add(long parentId, PlaceLevel level, String name, String divisionCode) {
        Place parent = visiblePlace(parentId, Permission.PLACE_EDIT);
        DivisionCode code = DivisionCode.parse(divisionCode);
        EntityManager em = db.tenant();
        boolean taken = !em.createQuery("select p.id from Place p where p.divisionCode = :code", Long.class)
                .setParameter("code", code.value()).getResultList().isEmpty();
        if (taken) {
            throw DomainException.conflict("error.division.taken", code.value());
        }
        Place child = parent.addChild(level, name, code);
        em.persist(child);
        em.flush();
        child.assignPath();
        return PlaceView.of(child);
    }

    /** Renames a place; {@code expectedVersion} guards against overwriting someone else's edit. */
    public PlaceView rename(long id, String name, Long expectedVersion) {
        Place place = visiblePlace(id, Permission.PLACE_EDIT);
        if (expectedVersion != null) {
            db.tenant().lock(place, LockModeType.OPTIMISTIC);
            if (place.getVersion() != expectedVersion) {
                throw DomainException.conflict("error.stale");
            }
        }
        place.rename(name);
        return PlaceView.of(place);
    }

    /** Removes a place that has no children and no users. */
    public void remove(long id) {
        Place place = visiblePlace(id, Permission.PLACE_EDIT);
        EntityManager em = db.tenant();
        if (place.getParent() == null) {
            throw new DomainException("error.place.root");
        }
        long children = em.createQuery("select count(p) from Place p where p.parent = :p", Long.class)
                .setParameter("p", place).getSingleResult();
        long users = em.createQuery("select count(u) from UserAccount u where u.scope = :p", Long.class)
                .setParameter("p", place).getSingleResult();
        if (children > 0 || users > 0) {
            throw DomainException.conflict("error.place.inUse", children, users);
        }
        em.remove(place);
    }

    /**
     * A place of this tenant inside the user's scope, or not found; for services of other contexts
     * that attach their data to places (grids, households...).
     */
    public Place visiblePlace(long id, String permission) {
        return Access.findInScope(db.tenant(), Place.class, id, permission, Place::getPath);
    }

    /** The name of a village for public pages (no sign-in): a not-found refusal for anything that is no village of the tenant. */
    @Override
    public String publicName(long villageId) {
        return publicVillage(villageId).name();
    }

    /** A village of this tenant for public pages (no sign-in); anything else is not found. */
    public PlaceView publicVillage(long villageId) {
        Place village = db.tenant().find(Place.class, villageId);
        if (village == null || village.getLevel().tier() != PlaceLevel.Tier.VILLAGE) {
            throw new NotFoundException("Place", villageId);
        }
        return PlaceView.of(village);
    }
}
