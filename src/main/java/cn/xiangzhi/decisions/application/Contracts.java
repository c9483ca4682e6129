package cn.xiangzhi.decisions.application;

import cn.xiangzhi.decisions.domain.BiddingLot;
import cn.xiangzhi.decisions.domain.Contract;
import cn.xiangzhi.decisions.domain.ContractStatus;
import cn.xiangzhi.decisions.domain.LotStatus;
import cn.xiangzhi.decisions.domain.Matter;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.security.UserPrincipal;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contracts register (合同监管), one of the six service centres: a village's contracts with
 * parties, amount and term, linked to the matter that authorised them or the lot they were awarded
 * by; a contract from an awarded lot takes party B (the winner) and the amount (the winning price,
 * times the lot's quantity when it has one) unless given. Active contracts ending within N days
 * (default {@value #DEFAULT_ALERT_DAYS}) are listed for everyone reading the village: the village
 * and the township. Permissions as for decisions: {@code decision:record}, {@code decision:view}.
 */
@ApplicationScoped
@Transactional
public class Contracts {

    public static final int DEFAULT_ALERT_DAYS = 30;

    @Inject
    TenantEntityManager db;

    @Inject
    PlaceDirectory places;

    @Inject
    Biddings biddings;

    @Inject
    BusinessClock clock;

    public record ContractView(long id, long villageId, String villageName, String title, String partyA, String partyB,
                               BigDecimal amount, LocalDate startDate, LocalDate endDate, Long matterId, String matterTitle,
                               Long lotId, String lotTitle, ContractStatus status, long daysLeft, String registeredBy,
                               Instant registeredAt) implements Serializable {
    }

    /** What a new contract is pre-filled with. */
    public record Draft(long villageId, String title, String partyA, String partyB, BigDecimal amount, Long matterId, Long lotId)
            implements Serializable {
    }

    public record Form(Long villageId, String title, String partyA, String partyB, BigDecimal amount, LocalDate startDate,
                       LocalDate endDate, Long matterId, Long lotId) implements Serializable {
    }

    /** A contract pre-filled from an awarded lot: its village, title, the winner as party B, the amount, its matter. */
    public Draft draftFrom(long lotId) {
        Access.require(Permission.DECISION_RECORD);
        BiddingLot lot = biddings.visible(lotId, Permission.DECISION_RECORD);
        if (lot.getStatus() != LotStatus.AWARDED) {
            throw DomainException.conflict("error.contract.lotNotAwarded", lot.getStatus().name());
        }
        BigDecimal price = lot.getWinningBid().getAmount();
        return new Draft(lot.getVillage().getId(), lot.getTitle(), lot.getVillage().getName() + "村民委员会",
                lot.getWinningBid().getBidder().getName(), lot.getQuantity() == null ? price : price.multiply(lot.getQuantity())
                .setScale(2, RoundingMode.HALF_UP), lot.getMatter() == null ? null : lot.getMatter().getId(), lot.getId());
    }

    public ContractView register(Form form) {
        UserPrincipal user = Access.require(Permission.DECISION_RECORD);
        Draft draft = form.lotId() == null ? null : draftFrom(form.lotId());
        Long villageId = form.villageId() != null ? form.villageId() : draft == null ? null : draft.villageId();
        if (villageId == null) {
            throw new DomainException("error.decision.village");
        }
        Place village = places.visiblePlace(villageId, Permission.DECISION_RECORD);
        Long matterId = form.matterId() != null ? form.matterId() : draft == null ? null : draft.matterId();
        Matter matter = matterId == null ? null
                : Access.findInScope(db.tenant(), Matter.class, matterId, Permission.DECISION_RECORD, m -> m.getVillage().getPath());
        BiddingLot lot = form.lotId() == null ? null : biddings.visible(form.lotId(), Permission.DECISION_RECORD);
        Contract contract = new Contract(village, or(form.title(), draft == null ? null : draft.title()),
                or(form.partyA(), draft == null ? village.getName() + "村民委员会" : draft.partyA()),
                or(form.partyB(), draft == null ? null : draft.partyB()),
                form.amount() != null ? form.amount() : draft == null ? null : draft.amount(),
                form.startDate(), form.endDate(), matter, lot, user.describe(), clock.instant());
        db.tenant().persist(contract);
        db.tenant().flush();
        return view(contract);
    }

    public ContractView end(long id) {
        Access.require(Permission.DECISION_RECORD);
        Contract contract = Access.findInScope(db.tenant(), Contract.class, id, Permission.DECISION_RECORD, c -> c.getVillage().getPath());
        contract.end();
        return view(contract);
    }

    /** Contracts of the user's scope (of one village), newest first, at most 500. */
    public List<ContractView> contracts(Long villageId) {
        UserPrincipal user = Access.require(Permission.DECISION_VIEW);
        var query = db.tenant().createQuery("select c from Contract c where c.village.path like :scope"
                        + (villageId == null ? "" : " and c.village.id = :v") + " order by c.id desc", Contract.class)
                .setParameter("scope", user.scopePath() + "%").setMaxResults(500);
        if (villageId != null) {
            query.setParameter("v", villageId);
        }
        return query.getResultList().stream().map(this::view).toList();
    }

    /** A contract as the villagers see it (合同公开): what, with whom, how much, for how long. */
    public record PublicContract(String title, String partyB, BigDecimal amount, LocalDate startDate, LocalDate endDate,
                                 ContractStatus status) implements Serializable {
    }

    /** The village's contracts for the kiosk and the public page (no sign-in), newest first, at most {@code max}. */
    public List<PublicContract> publicContracts(long villageId, int max) {
        return db.tenant().createQuery("select c from Contract c where c.village.id = :v order by c.startDate desc, c.id desc",
                        Contract.class).setParameter("v", villageId).setMaxResults(max).getResultStream()
                .map(c -> new PublicContract(c.getTitle(), c.getPartyB(), c.getAmount(), c.getStartDate(), c.getEndDate(),
                        c.getStatus())).toList();
    }

    public ContractView contract(long id) {
        return view(Access.findInScope(db.tenant(), Contract.class, id, Permission.DECISION_VIEW, c -> c.getVillage().getPath()));
    }

    /** Active contracts of the user's scope ending within {@code days} days (or already past their end), soonest first. */
    public List<ContractView> expiring(Integer days) {
        int within = days == null ? DEFAULT_ALERT_DAYS : days;
        if (within < 0 || within > 3660) {
            throw new DomainException("error.contract.days", days);
        }
        UserPrincipal user = Access.require(Permission.DECISION_VIEW);
        return db.tenant().createQuery("select c from Contract c where c.village.path like :scope and " + EXPIRING
                        + " order by c.endDate, c.id", Contract.class)
                .setParameter("scope", user.scopePath() + "%").setParameter("s", ContractStatus.ACTIVE)
                .setParameter("until", LocalDate.now(clock).plusDays(within)).setMaxResults(500)
                .getResultList().stream().map(this::view).toList();
    }

    /** An expiring contract: active, and ending within the alert days (or already past its end). */
    private static final String EXPIRING = "c.status = :s and c.endDate <= :until";

    /**
     * How many contracts of each village expire within {@link #DEFAULT_ALERT_DAYS} (the same rule as
     * {@link #expiring}), for the township dashboard; the caller has checked the reader's scope.
     */
    public Map<Long, Long> expiringCounts(Collection<Long> villageIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (villageIds.isEmpty()) {
            return counts;
        }
        db.tenant().createQuery("select c.village.id, count(c) from Contract c where c.village.id in :villages and " + EXPIRING
                        + " group by c.village.id", Object[].class)
                .setParameter("villages", villageIds).setParameter("s", ContractStatus.ACTIVE)
                .setParameter("until", LocalDate.now(clock).plusDays(DEFAULT_ALERT_DAYS)).getResultList()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }

    private ContractView view(Contract c) {
        return new ContractView(c.getId(), c.getVillage().getId(), c.getVillage().getName(), c.getTitle(), c.getPartyA(),
                c.getPartyB(), c.getAmount(), c.getStartDate(), c.getEndDate(),
                c.getMatter() == null ? null : c.getMatter().getId(), c.getMatter() == null ? null : c.getMatter().getTitle(),
                c.getLot() == null ? null : c.getLot().getId(), c.getLot() == null ? null : c.getLot().getTitle(), c.getStatus(),
                ChronoUnit.DAYS.between(LocalDate.now(clock), c.getEndDate()), c.getRegisteredBy(), c.getRegisteredAt());
    }
}
