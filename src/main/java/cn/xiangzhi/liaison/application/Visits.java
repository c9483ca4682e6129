package cn.xiangzhi.liaison.application;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.liaison.domain.Liaison;
import cn.xiangzhi.liaison.domain.LiaisonVisit;
import cn.xiangzhi.liaison.domain.VisitPhoto;
import cn.xiangzhi.organisation.application.People;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.points.application.PointsMonths;
import cn.xiangzhi.points.application.PointsWallet;
import cn.xiangzhi.points.application.Restrictions;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.AttemptLimiter;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.tenancy.TenantContext;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.apache.shiro.SecurityUtils;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Visits on the phone (issue 18 point 2) and the household archive (民情日记, point 3): a liaison's
 * visit to a household they look after, confirmed by the head typing the last four digits of the
 * phone on record; photos of the visit; the requests found on it, which become citizen service
 * requests of the centres with the tenant's deadline for their kind; the household's confirmation
 * that a request is solved; and one page with all of it for a household.
 *
 * <p>Confirmations are guessable (four digits): after {@link #MAX_WRONG} wrong ones for a household
 * within an hour, that household's confirmations are refused (429) until the hour has passed.
 */
@ApplicationScoped
@Transactional
public class Visits {

    public static final int MAX_WRONG = 5;
    /** Requests one visit may raise. */
    public static final int MAX_REQUESTS_PER_VISIT = 10;

    private static final AttemptLimiter WRONG_CONFIRMATIONS = new AttemptLimiter(MAX_WRONG, Duration.ofHours(1));

    @Inject
    TenantEntityManager db;

    @Inject
    Liaisons liaisons;

    @Inject
    LiaisonSettings settings;

    @Inject
    ServiceRequests requests;

    @Inject
    People people;

    @Inject
    PointsWallet wallet;

    @Inject
    Restrictions restrictions;

    @Inject
    BusinessClock clock;

    public record VisitView(long id, long householdId, String householdCode, String headName, long liaisonId, String liaisonName,
                            LocalDate visitedOn, String notes, boolean confirmed, String recordedBy, Instant recordedAt)
            implements Serializable {
        static VisitView of(LiaisonVisit v) {
            return new VisitView(v.getId(), v.getHousehold().getId(), v.getHousehold().getCode(), v.getHousehold().getHeadName(),
                    v.getLiaison().getId(), v.getLiaison().getName(), v.getVisitedOn(), v.getNotes(), v.isConfirmed(), v.getRecordedBy(),
                    v.getRecordedAt());
        }
    }

    public record PhotoView(long id, long visitId, String fileName, String contentType, int byteCount, String uploadedBy,
                            Instant uploadedAt) implements Serializable {
        static PhotoView of(VisitPhoto p) {
            return new PhotoView(p.getId(), p.getVisit().getId(), p.getFileName(), p.getFile().getContentType(),
                    p.getFile().getByteCount(), p.getFile().getUploadedBy(), p.getFile().getUploadedAt());
        }
    }

    /** A photo's bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /**
     * Records a visit to a household that has a liaison (409 otherwise), on {@code visitedOn} (today when
     * absent); {@code confirmation}: the last four digits of the head's phone, typed by the household.
     */
    public VisitView record(Long householdId, LocalDate visitedOn, String notes, String confirmation) {
        UserPrincipal user = Access.require(Permission.LIAISON_RECORD);
        Household household = household(householdId, Permission.LIAISON_RECORD);
        Liaison liaison = db.tenant().createQuery("select a.liaison from LiaisonAssignment a where a.household = :h", Liaison.class)
                .setParameter("h", household).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.conflict("error.visit.noLiaison", household.getCode()));
        if (confirmation != null && !confirmation.isBlank()) {
            checkConfirmation(household, confirmation);
        }
        LocalDate today = clock.today();
        LiaisonVisit visit = new LiaisonVisit(household, liaison, visitedOn == null ? today : visitedOn, notes, confirmation, today,
                user.describe(), clock.now());
        db.tenant().persist(visit);
        db.tenant().flush();
        return VisitView.of(visit);
    }

    /** The visits of a household, of a liaison, or (neither) the latest of the reader's scope; newest first, at most 500. */
    public List<VisitView> visits(Long householdId, Long liaisonId) {
        UserPrincipal user = Access.require(Permission.LIAISON_VIEW);
        var query = db.tenant().createQuery("select v from LiaisonVisit v where v.household.village.path like :scope"
                        + (householdId == null ? "" : " and v.household.id = :h") + (liaisonId == null ? "" : " and v.liaison.id = :l")
                        + " order by v.visitedOn desc, v.id desc", LiaisonVisit.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (householdId != null) {
            query.setParameter("h", householdId);
        }
        if (liaisonId != null) {
            query.setParameter("l", liaisonId);
        }
        return query.getResultStream().map(VisitView::of).toList();
    }

    public VisitView visit(long id) {
        return VisitView.of(visible(id, Permission.LIAISON_VIEW));
    }

    /** Adds a photo to a visit (JPEG, PNG or WebP, at most 5 MB, at most four per visit). */
    public PhotoView attach(long visitId, String name, byte[] content) {
        UserPrincipal user = Access.require(Permission.LIAISON_RECORD);
        LiaisonVisit visit = visible(visitId, Permission.LIAISON_RECORD);
        long count = db.tenant().createQuery("select count(p) from VisitPhoto p where p.visit = :v", Long.class)
                .setParameter("v", visit).getSingleResult();
        if (count >= VisitPhoto.MAX_PER_VISIT) {
            throw new DomainException("error.visitPhoto.tooMany", VisitPhoto.MAX_PER_VISIT);
        }
        VisitPhoto photo = new VisitPhoto(visit, name, content, user.describe(), clock.now());
        db.tenant().persist(photo);
        db.tenant().flush();
        return PhotoView.of(photo);
    }

    /** The photos of a visit, without their bytes. */
    public List<PhotoView> photos(long visitId) {
        LiaisonVisit visit = visible(visitId, Permission.LIAISON_VIEW);
        return db.tenant().createQuery("select p from VisitPhoto p where p.visit = :v order by p.id", VisitPhoto.class)
                .setParameter("v", visit).getResultStream().map(PhotoView::of).toList();
    }

    public PhotoView photoInfo(long id) {
        return PhotoView.of(Access.findInScope(db.tenant(), VisitPhoto.class, id, Permission.LIAISON_VIEW,
                p -> p.getVisit().getHousehold().getVillage().getPath()));
    }

    /** A photo of a visit the reader sees. */
    public Download photo(long visitId, long photoId) {
        LiaisonVisit visit = visible(visitId, Permission.LIAISON_VIEW);
        VisitPhoto photo = db.tenant().find(VisitPhoto.class, photoId);
        if (photo == null || !photo.getVisit().getId().equals(visit.getId())) {
            throw new NotFoundException("VisitPhoto", photoId);
        }
        return new Download(photo.getFileName(), photo.getFile().getContentType(), photo.getFile().getContent());
    }

    /**
     * Raises a request found on a visit: a citizen service request of the centres for the household, of
     * {@code kind}, due after the tenant's days for that kind, routed to {@code handler}.
     */
    public ServiceRequests.RequestView raise(long visitId, RequestKind kind, String matterType, String description, String handler) {
        Access.require(Permission.LIAISON_RECORD);
        LiaisonVisit visit = visible(visitId, Permission.LIAISON_RECORD);
        if (kind == null) {
            throw new DomainException("error.serviceRequest.kind", "");
        }
        if (requests.ofVisits(List.of(visitId)).size() >= MAX_REQUESTS_PER_VISIT) {
            throw new DomainException("error.visit.tooManyRequests", MAX_REQUESTS_PER_VISIT);
        }
        return requests.foundOnVisit(visit.getHousehold(), kind, matterType, description, handler, settings.current().days(kind), visitId);
    }

    /** The household confirms a request found on a visit to it solved, typing the last four digits of the head's phone. */
    public ServiceRequests.RequestView confirmSolved(long householdId, long requestId, String digits) {
        Access.require(Permission.LIAISON_RECORD);
        Household household = household(householdId, Permission.LIAISON_RECORD);
        if (digits == null || digits.isBlank()) {
            throw new DomainException("error.visit.confirmationMissing");
        }
        checkConfirmation(household, digits);
        return requests.confirmSolved(requestId, householdId);
    }

    /** A household's archive (民情日记): everything the village keeps about it, on one page. */
    public record Archive(long householdId, String code, String headName, String address, String phone, long villageId, String villageName,
                          List<People.ResidentView> residents, Liaisons.LiaisonView liaison, List<VisitView> visits,
                          Map<Long, List<PhotoView>> photos, List<ServiceRequests.RequestView> requests, PointsMonths.Balance balance,
                          List<Restrictions.RestrictionView> restrictions) implements Serializable {
    }

    public Archive archive(long householdId) {
        Access.require(Permission.LIAISON_VIEW);
        Household household = household(householdId, Permission.LIAISON_VIEW);
        List<LiaisonVisit> visits = db.tenant().createQuery("select v from LiaisonVisit v where v.household = :h"
                + " order by v.visitedOn desc, v.id desc", LiaisonVisit.class).setParameter("h", household).setMaxResults(500).getResultList();
        List<Long> visitIds = visits.stream().map(LiaisonVisit::getId).toList();
        Map<Long, List<PhotoView>> photos = visitIds.isEmpty() ? Map.of()
                : db.tenant().createQuery("select p from VisitPhoto p where p.visit.id in :v order by p.id", VisitPhoto.class)
                .setParameter("v", visitIds).getResultStream().map(PhotoView::of).collect(Collectors.groupingBy(PhotoView::visitId));
        boolean points = SecurityUtils.getSubject().isPermitted(Permission.POINTS_VIEW);
        boolean org = SecurityUtils.getSubject().isPermitted(Permission.ORG_VIEW);
        return new Archive(household.getId(), household.getCode(), household.getHeadName(), household.getAddress(),
                Masks.phone(household.getPhone()), household.getVillage().getId(), household.getVillage().getName(),
                org ? people.residents(householdId) : List.of(), liaisons.liaisonOf(household), visits.stream().map(VisitView::of).toList(),
                photos, requests.ofVisits(visitIds), points ? wallet.balance(householdId) : null,
                points ? restrictions.active(householdId, null) : List.of());
    }

    private void checkConfirmation(Household household, String digits) {
        String key = TenantContext.current().id() + "/" + household.getId();
        if (WRONG_CONFIRMATIONS.blocked(key)) {
            throw DomainException.tooMany("error.visit.confirmationBlocked", MAX_WRONG);
        }
        if (household.getPhone() == null) {
            throw new DomainException("error.visit.noPhone", household.getCode());
        }
        if (!LiaisonVisit.confirms(household.getPhone(), digits)) {
            WRONG_CONFIRMATIONS.failed(key);
            throw new DomainException("error.visit.confirmation");
        }
    }

    private Household household(Long id, String permission) {
        if (id == null) {
            throw new DomainException("error.visit.household", "");
        }
        Household household = db.tenant().find(Household.class, id);
        if (household == null || !Access.inScope(Access.require(permission), household.getVillage().getPath())) {
            throw new NotFoundException("Household", id);
        }
        return household;
    }

    private LiaisonVisit visible(long id, String permission) {
        return Access.findInScope(db.tenant(), LiaisonVisit.class, id, permission, v -> v.getHousehold().getVillage().getPath());
    }
}
