package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.ListSize;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation below the village — grids and households — as the signed-in user may see and
 * change it: everything in the villages under their scope. Out-of-scope rows are "not found".
 */
@ApplicationScoped
@Transactional
public class Organisation {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    public record GridForm(long villageId, Long parentId, GridLevel level, String code, String name, String leaderName) {
    }

    public record HouseholdForm(String code, long villageId, Long gridId, String headName, String address, String phone) {
    }

    public List<GridView> grids(Long villageId) {
        UserPrincipal user = Access.require(Permission.ORG_VIEW);
        String jpql = "select g from Grid g where g.village.path like :scope"
                + (villageId == null ? "" : " and g.village.id = :village") + " order by g.code";
        TypedQuery<Grid> query = db.tenant().createQuery(jpql, Grid.class).setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        return query.getResultStream().map(GridView::of).toList();
    }

    public GridView grid(long id) {
        return GridView.of(visibleGrid(id, Permission.ORG_VIEW));
    }

    public GridView addGrid(GridForm form) {
        Place village = places.visiblePlace(form.villageId(), Permission.ORG_EDIT);
        Grid parent = form.parentId() == null ? null : visibleGrid(form.parentId(), Permission.ORG_EDIT);
        EntityManager em = db.tenant();
        NaturalKeys.requireFree(em, "Grid", form.code());
        Grid grid = new Grid(village, parent, form.level(), form.code(), form.name(), form.leaderName());
        em.persist(grid);
        em.flush();
        return GridView.of(grid);
    }

    public GridView updateGrid(long id, String name, String leaderName) {
        Grid grid = visibleGrid(id, Permission.ORG_EDIT);
        grid.update(name, leaderName);
        return GridView.of(grid);
    }

    /** Renames a grid, sets its leader and links (or, with null, unlinks) the leader's own household. */
    public GridView updateGrid(long id, String name, String leaderName, Long leaderHouseholdId) {
        Grid grid = visibleGrid(id, Permission.ORG_EDIT);
        grid.update(name, leaderName);
        grid.linkLeaderHousehold(leaderHouseholdId == null ? null : visibleHousehold(leaderHouseholdId, Permission.ORG_EDIT));
        return GridView.of(grid);
    }

    public void removeGrid(long id) {
        Grid grid = visibleGrid(id, Permission.ORG_EDIT);
        EntityManager em = db.tenant();
        long children = em.createQuery("select count(g) from Grid g where g.parent = :g", Long.class).setParameter("g", grid).getSingleResult();
        long households = em.createQuery("select count(h) from Household h where h.grid = :g", Long.class).setParameter("g", grid).getSingleResult();
        if (children > 0 || households > 0) {
            throw DomainException.conflict("error.grid.inUse", children, households);
        }
        em.remove(grid);
    }

    /** A grid as the village kiosk shows it: name, leader, level and how many households it holds. */
    public record PublicGrid(GridLevel level, String code, String name, String leaderName, Long parentId, long id,
                             long households) implements Serializable {
    }

    /**
     * The grid structure of one village for its public kiosk, which has no signed-in user: the
     * kiosk gate has checked the village's token before this is asked. Names of leaders are
     * public (they are on the village's notice board); households are only counted.
     */
    public List<PublicGrid> publicStructure(long villageId) {
        EntityManager em = db.tenant();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select h.grid.id, count(h) from Household h where h.village.id = :v and h.grid is not null"
                + " group by h.grid.id", Object[].class).setParameter("v", villageId).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select g from Grid g where g.village.id = :v order by g.code", Grid.class)
                .setParameter("v", villageId).getResultStream()
                .map(g -> new PublicGrid(g.getLevel(), g.getCode(), g.getName(), g.getLeaderName(),
                        g.getParent() == null ? null : g.getParent().getId(), g.getId(), counts.getOrDefault(g.getId(), 0L)))
                .toList();
    }

    /** One page of the visible households matching {@code search} (code or head's name, by prefix). */
    public List<HouseholdView> households(Long villageId, String search, int first, int max) {
        return householdQuery(villageId, search, "select h", " order by h.code", Household.class)
                .setFirstResult(ListSize.first(first)).setMaxResults(ListSize.of(max))
                .getResultStream().map(HouseholdView::of).toList();
    }

    /** The households of a grid and of every grid below it (e.g. the 30 households at one clean-up), by code. */
    public List<HouseholdView> householdsUnder(long gridId) {
        Grid top = visibleGrid(gridId, Permission.ORG_VIEW);
        Map<Long, List<Long>> children = new HashMap<>();
        db.tenant().createQuery("select g.id, g.parent.id from Grid g where g.village = :v and g.parent is not null", Object[].class)
                .setParameter("v", top.getVillage()).getResultList()
                .forEach(r -> children.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add((Long) r[0]));
        List<Long> ids = new ArrayList<>(List.of(top.getId()));
        for (int i = 0; i < ids.size(); i++) {
            ids.addAll(children.getOrDefault(ids.get(i), List.of()));
        }
        return db.tenant().createQuery("select h from Household h where h.grid.id in :ids order by h.code", Household.class)
                .setParameter("ids", ids).getResultStream().map(HouseholdView::of).toList();
    }

    public long countHouseholds(Long villageId, String search) {
        return householdQuery(villageId, search, "select count(h)", "", Long.class).getSingleResult();
    }

    public HouseholdView household(long id) {
        return HouseholdView.of(visibleHousehold(id, Permission.ORG_VIEW));
    }

    public HouseholdView addHousehold(HouseholdForm form) {
        Place village = places.visiblePlace(form.villageId(), Permission.ORG_EDIT);
        Grid grid = form.gridId() == null ? null : visibleGrid(form.gridId(), Permission.ORG_EDIT);
        EntityManager em = db.tenant();
        NaturalKeys.requireFree(em, "Household", form.code());
        Household household = new Household(form.code(), village, grid, form.headName(), form.address(), form.phone());
        em.persist(household);
        em.flush();
        return HouseholdView.of(household);
    }

    public HouseholdView updateHousehold(long id, HouseholdForm form) {
        Household household = visibleHousehold(id, Permission.ORG_EDIT);
        Place village = places.visiblePlace(form.villageId(), Permission.ORG_EDIT);
        Grid grid = form.gridId() == null ? null : visibleGrid(form.gridId(), Permission.ORG_EDIT);
        household.update(village, grid, form.headName(), form.address(), form.phone());
        return HouseholdView.of(household);
    }

    public void removeHousehold(long id) {
        db.tenant().remove(visibleHousehold(id, Permission.ORG_EDIT));
    }

    private <T> TypedQuery<T> householdQuery(Long villageId, String search, String select, String order, Class<T> type) {
        UserPrincipal user = Access.require(Permission.ORG_VIEW);
        StringBuilder jpql = new StringBuilder(select).append(" from Household h where h.village.path like :scope");
        if (villageId != null) {
            jpql.append(" and h.village.id = :village");
        }
        boolean searching = search != null && !search.isBlank();
        if (searching) {
            jpql.append(" and (h.code like :prefix or h.headName like :prefix)");
        }
        TypedQuery<T> query = db.tenant().createQuery(jpql.append(order).toString(), type)
                .setParameter("scope", user.scopePath() + "%");
        if (villageId != null) {
            query.setParameter("village", villageId);
        }
        if (searching) {
            query.setParameter("prefix", search.strip().replace("%", "").replace("_", "\\_") + "%");
        }
        return query;
    }

    private Grid visibleGrid(long id, String permission) {
        return Access.findInScope(db.tenant(), Grid.class, id, permission, g -> g.getVillage().getPath());
    }

    private Household visibleHousehold(long id, String permission) {
        return Access.findInScope(db.tenant(), Household.class, id, permission, h -> h.getVillage().getPath());
    }
}
