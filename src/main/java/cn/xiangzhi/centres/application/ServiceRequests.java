package cn.xiangzhi.centres.application;

import cn.xiangzhi.centres.domain.RequestKind;
import cn.xiangzhi.centres.domain.ServiceRequest;
import cn.xiangzhi.centres.domain.ServiceRequestStatus;
import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.Masks;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Citizen service requests (便民服务代办): received for a villager with a deadline — given, or
 * {@link #DEFAULT_DAYS} calendar days (or {@code days}) after the day received — handed to a
 * handler, done or rejected with a reason. Lists show the applicant's phone masked
 * ({@code 138****5678}); only the single request shows it whole, to whoever handles it.
 */
@ApplicationScoped
@Transactional
public class ServiceRequests {

    /** Calendar days to the deadline when none is given (working days are not modelled). */
    public static final int DEFAULT_DAYS = 7;

    @Inject
    TenantEntityManager db;

    @Inject
    Centres centres;

    @Inject
    BusinessClock clock;

    public record RequestView(long id, long villageId, String villageName, String applicant, String phone, String matterType,
                              String description, String handler, LocalDate receivedOn, LocalDate deadline,
                              ServiceRequestStatus status, String reason, LocalDate finishedOn, boolean overdue,
                              RequestKind kind, Long householdId, Long originVisitId, LocalDate confirmedOn, boolean solvedInTime)
            implements Serializable {
        static RequestView of(ServiceRequest r, LocalDate today, boolean masked) {
            return new RequestView(r.getId(), r.getVillage().getId(), r.getVillage().getName(), r.getApplicant(),
                    masked ? Masks.phone(r.getPhone()) : r.getPhone(), r.getMatterType(), r.getDescription(), r.getHandler(),
                    r.getReceivedOn(), r.getDeadline(), r.getStatus(), r.getReason(), r.getFinishedOn(), r.overdueOn(today),
                    r.getKind(), r.getHousehold() == null ? null : r.getHousehold().getId(), r.getOriginVisitId(), r.getConfirmedOn(),
                    r.solvedInTime());
        }
    }

    /**
     * Registers a request a liaison found on visit {@code visitId} to {@code household}, received today,
     * due {@code days} days later (the tenant's deadline for its kind), routed to {@code handler}. For the
     * liaison context, which has checked its caller's permission and the household's scope.
     */
    public RequestView foundOnVisit(Household household, RequestKind kind, String matterType, String description, String handler,
                                    int days, long visitId) {
        LocalDate today = LocalDate.now(clock);
        ServiceRequest request = ServiceRequest.foundOnVisit(household, kind, matterType, description, handler, today,
                today.plusDays(days), visitId);
        db.tenant().persist(request);
        db.tenant().flush();
        return RequestView.of(request, today, false);
    }

    /** The requests found on the visits given, oldest first (for the liaison context, which checked the reader's scope). */
    public List<RequestView> ofVisits(Collection<Long> visitIds) {
        if (visitIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return db.tenant().createQuery("select r from ServiceRequest r where r.originVisitId in :visits order by r.id", ServiceRequest.class)
                .setParameter("visits", visitIds).getResultStream().map(r -> RequestView.of(r, today, true)).toList();
    }

    /**
     * Requests found on visits to households of {@code scopePath} (a place's path, its villages below), newest
     * first, at most {@code max}; only the overdue ones with {@code overdueOnly}. Phones masked.
     */
    public List<RequestView> foundOnVisits(String scopePath, boolean overdueOnly, int max) {
        LocalDate today = LocalDate.now(clock);
        var query = db.tenant().createQuery("select r from ServiceRequest r where r.originVisitId is not null"
                        + " and r.village.path like :scope" + (overdueOnly ? " and r.status in :open and r.deadline < :today" : "")
                        + " order by r.id desc", ServiceRequest.class)
                .setParameter("scope", scopePath + "%").setMaxResults(max);
        if (overdueOnly) {
            query.setParameter("open", OPEN).setParameter("today", today);
        }
        return query.getResultStream().map(r -> RequestView.of(r, today, true)).toList();
    }

    /** Requests found on visits to the village's households and done in {@code from}–{@code to}, for its board (no sign-in): latest first. */
    public List<PublicOutcome> doneFoundOnVisits(long villageId, LocalDate from, LocalDate to, int max) {
        return db.tenant().createQuery("select r from ServiceRequest r where r.originVisitId is not null and r.village.id = :v"
                        + " and r.status = :done and r.finishedOn >= :from and r.finishedOn <= :to order by r.finishedOn desc, r.id desc",
                        ServiceRequest.class)
                .setParameter("v", villageId).setParameter("done", ServiceRequestStatus.DONE).setParameter("from", from)
                .setParameter("to", to).setMaxResults(max).getResultStream()
                .map(r -> new PublicOutcome(r.getMatterType(), Masks.name(r.getApplicant()), r.getReceivedOn(), r.getFinishedOn(),
                        r.getStatus())).toList();
    }

    /** How many requests found on visits to households of {@code scopePath} are overdue. */
    public long overdueFoundOnVisits(String scopePath) {
        return db.tenant().createQuery("select count(r) from ServiceRequest r where r.originVisitId is not null"
                        + " and r.village.path like :scope and r.status in :open and r.deadline < :today", Long.class)
                .setParameter("scope", scopePath + "%").setParameter("open", OPEN).setParameter("today", LocalDate.now(clock))
                .getSingleResult();
    }

    /**
     * The household confirms request {@code id} (found on a visit to it) solved; 409 unless done, or when
     * confirmed already. For the liaison context, which has checked the household's confirmation.
     */
    public RequestView confirmSolved(long id, long householdId) {
        ServiceRequest request = db.tenant().find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || request.getHousehold() == null || request.getHousehold().getId() != householdId) {
            throw new NotFoundException("ServiceRequest", id);
        }
        LocalDate today = LocalDate.now(clock);
        request.confirmSolved(today);
        db.tenant().flush();
        return RequestView.of(request, today, false);
    }

    private static final List<ServiceRequestStatus> OPEN = List.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.IN_PROGRESS);


    /**
     * Registers a request received on {@code receivedOn} (today when not given: a request taken on paper is entered
     * later, never ahead); deadline: the day given, else {@code days} (default {@value #DEFAULT_DAYS}) days after receipt.
     */
    public RequestView receive(long villageId, String applicant, String phone, String matterType, String description,
                               String handler, LocalDate receivedOn, LocalDate deadline, Integer days) {
        Access.require(Centres.RECORD);
        LocalDate today = LocalDate.now(clock);
        LocalDate received = receivedOn == null ? today : receivedOn;
        if (days != null && days < 0) {
            throw new DomainException("error.serviceRequest.deadline", days);
        }
        if (received.isAfter(today)) {
            throw new DomainException("error.serviceRequest.receivedOn", received);
        }
        ServiceRequest request = new ServiceRequest(centres.village(villageId, Centres.RECORD), applicant, phone, matterType,
                description, handler, received, deadline != null ? deadline : received.plusDays(days == null ? DEFAULT_DAYS : days));
        db.tenant().persist(request);
        db.tenant().flush();
        return RequestView.of(request, today, false);
    }

    /** Requests of the user's scope (of one village, of one status, or only the overdue), newest first, at most 500; phones masked. */
    public List<RequestView> requests(Long villageId, ServiceRequestStatus status, boolean overdueOnly) {
        UserPrincipal user = Access.require(Centres.VIEW);
        LocalDate today = LocalDate.now(clock);
        var query = db.tenant().createQuery("select r from ServiceRequest r where r.village.path like :scope"
                        + (villageId == null ? "" : " and r.village.id = :v") + (status == null ? "" : " and r.status = :s")
                        + (overdueOnly ? " and r.status in :open and r.deadline < :today" : "")
                        + " order by r.id desc", ServiceRequest.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        if (status != null) {
            query.setParameter("s", status);
        }
        if (overdueOnly) {
            query.setParameter("open", List.of(ServiceRequestStatus.RECEIVED, ServiceRequestStatus.IN_PROGRESS))
                    .setParameter("today", today);
        }
        return query.getResultStream().map(r -> RequestView.of(r, today, true)).toList();
    }

    /** A finished request as the villagers see it: the matter, the applicant's masked name, when received and finished. */
    public record PublicOutcome(String matterType, String applicant, LocalDate receivedOn, LocalDate finishedOn,
                                ServiceRequestStatus status) implements Serializable {
    }

    /** The village's finished requests for the kiosk and the public page (no sign-in), latest first, at most {@code max}. */
    public List<PublicOutcome> publicOutcomes(long villageId, int max) {
        return db.tenant().createQuery("select r from ServiceRequest r where r.village.id = :v and r.status in :closed"
                        + " order by r.finishedOn desc, r.id desc", ServiceRequest.class)
                .setParameter("v", villageId)
                .setParameter("closed", List.of(ServiceRequestStatus.DONE, ServiceRequestStatus.REJECTED))
                .setMaxResults(max).getResultStream()
                .map(r -> new PublicOutcome(r.getMatterType(), Masks.name(r.getApplicant()), r.getReceivedOn(), r.getFinishedOn(),
                        r.getStatus())).toList();
    }

    public RequestView request(long id) {
        return RequestView.of(Access.findInScope(db.tenant(), ServiceRequest.class, id, Centres.VIEW, r -> r.getVillage().getPath()),
                LocalDate.now(clock), false);
    }

    /** Moves the request on: IN_PROGRESS (naming its handler), DONE, or REJECTED with a reason; 409 once closed. */
    public RequestView move(long id, ServiceRequestStatus to, String handler, String reason) {
        UserPrincipal user = Access.require(Centres.RECORD);
        ServiceRequest request = db.tenant().find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !Access.inScope(user, request.getVillage().getPath())) {
            throw new NotFoundException("ServiceRequest", id);
        }
        LocalDate today = LocalDate.now(clock);
        request.moveTo(to, handler, reason, today);
        db.tenant().flush();
        return RequestView.of(request, today, false);
    }
}
