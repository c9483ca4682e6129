package cn.xiangzhi.points.application;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.EvidencePhoto;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Evidence photos: uploaded for a village by those who propose points, seen by those who see its points. */
@ApplicationScoped
@Transactional
public class PointsEvidence {

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    BusinessClock clock;

    public record PhotoView(long id, String reference, long villageId, String contentType, int bytes, String sha256,
                            String uploadedBy, Instant uploadedAt) implements Serializable {
        static PhotoView of(EvidencePhoto p) {
            return new PhotoView(p.getId(), EvidencePhoto.reference(p.getId()), p.getVillage().getId(), p.getContentType(),
                    p.getByteCount(), p.getSha256(), p.getUploadedBy(), p.getUploadedAt());
        }
    }

    public record Photo(String contentType, byte[] content) {
    }

    public PhotoView upload(long villageId, byte[] content) {
        UserPrincipal user = Access.require(Permission.POINTS_PROPOSE);
        Place village = places.visiblePlace(villageId, Permission.POINTS_PROPOSE);
        EvidencePhoto photo = new EvidencePhoto(village, content, user.describe(), clock.instant());
        db.tenant().persist(photo);
        db.tenant().flush();
        return PhotoView.of(photo);
    }

    /** The latest 100 photos in the user's scope (of one village if named), newest first. */
    public List<PhotoView> latest(Long villageId) {
        UserPrincipal user = Access.require(Permission.POINTS_VIEW);
        var query = db.tenant().createQuery("select p from EvidencePhoto p where p.village.path like :scope"
                        + (villageId == null ? "" : " and p.village.id = :v") + " order by p.id desc", EvidencePhoto.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(100);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        return query.getResultStream().map(PhotoView::of).toList();
    }

    public PhotoView describe(long id) {
        return PhotoView.of(visible(id));
    }

    public Photo photo(long id) {
        EvidencePhoto photo = visible(id);
        return new Photo(photo.getContentType(), photo.getContent());
    }

    /** Every photo an evidence text names must exist and belong to the household's village. */
    static void requireReferencesOf(EntityManager em, String evidence, Place village) {
        for (long id : EvidencePhoto.referencesIn(evidence)) {
            EvidencePhoto photo = em.find(EvidencePhoto.class, id);
            if (photo == null || !photo.getVillage().getId().equals(village.getId())) {
                throw new DomainException("error.photo.reference", EvidencePhoto.reference(id));
            }
        }
    }

    private EvidencePhoto visible(long id) {
        return Access.findInScope(db.tenant(), EvidencePhoto.class, id, Permission.POINTS_VIEW, p -> p.getVillage().getPath());
    }
}
