package cn.xiangzhi.points.application;

import cn.xiangzhi.points.application.PointsViews.ItemView;
import cn.xiangzhi.points.domain.CatalogueItem;
import cn.xiangzhi.points.domain.PointsKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Set;

/** The tenant's points catalogue: everyone in the tenant may read it, the tenant admin keeps it. */
@ApplicationScoped
@Transactional
public class PointsCatalogue {

    @Inject
    TenantEntityManager db;

    public record ItemForm(String code, String name, PointsKind kind, int points, boolean evidenceRequired,
                           Set<Role> proposers, Integer monthlyCap) {
    }

    public List<ItemView> items(boolean activeOnly) {
        Access.require(Permission.POINTS_VIEW);
        return db.tenant().createQuery("select i from CatalogueItem i" + (activeOnly ? " where i.active = true" : "")
                + " order by i.code", CatalogueItem.class).getResultStream().map(ItemView::of).toList();
    }

    public ItemView item(long id) {
        Access.require(Permission.POINTS_VIEW);
        return ItemView.of(find(id));
    }

    public ItemView add(ItemForm form) {
        Access.require(Permission.POINTS_CATALOGUE);
        EntityManager em = db.tenant();
        String code = form.code() == null ? null : form.code().strip();
        if (!em.createQuery("select i.id from CatalogueItem i where i.code = :c", Long.class).setParameter("c", code)
                .getResultList().isEmpty()) {
            throw DomainException.conflict("error.code.taken", code);
        }
        CatalogueItem item = new CatalogueItem(code, form.name(), form.kind(), form.points(), form.evidenceRequired(),
                form.proposers(), form.monthlyCap());
        em.persist(item);
        em.flush();
        return ItemView.of(item);
    }

    /** Changes an item; lines already written keep the points they were written with. */
    public ItemView update(long id, ItemForm form) {
        Access.require(Permission.POINTS_CATALOGUE);
        CatalogueItem item = find(id);
        item.update(form.name(), form.kind(), form.points(), form.evidenceRequired(), form.proposers(), form.monthlyCap());
        return ItemView.of(item);
    }

    /** Retires an item: it can no longer be proposed; its lines stay. */
    public ItemView retire(long id) {
        Access.require(Permission.POINTS_CATALOGUE);
        CatalogueItem item = find(id);
        item.retire();
        return ItemView.of(item);
    }

    private CatalogueItem find(long id) {
        CatalogueItem item = db.tenant().find(CatalogueItem.class, id);
        if (item == null) {
            throw new NotFoundException("CatalogueItem", id);
        }
        return item;
    }
}
