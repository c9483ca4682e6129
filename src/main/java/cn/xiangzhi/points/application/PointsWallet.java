package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.points.domain.RestrictionKind;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

/**
 * A household's points as money: spending at a shop and giving back on a return, as ledger lines
 * (REDEMPTION, RETURN). Called inside the caller's transaction (the shop's redemption), whose
 * permission and scope checks come first. Spending locks the household's row until that
 * transaction ends, so simultaneous redemptions of one household are served one after the other.
 * The caller must take that lock before its first plain read (the counter does): InnoDB takes a
 * transaction's snapshot at its first plain read, and only then does the balance include what the
 * previous holder of the lock spent — a household never spends more than its redeemable balance.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PointsWallet {

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    /** The outcome of a spending: its ledger line and what the household may still spend. */
    public record Spent(long lineId, int points, int redeemableAfter) {
    }

    /**
     * Spends {@code points} of the household's redeemable balance. Refused: a NO_REDEEM restriction
     * in force ({@code error.wallet.restricted}), not enough redeemable points
     * ({@code error.wallet.insufficient}, a conflict naming what is available).
     */
    public Spent spend(long householdId, int points, String by, String reference) {
        Household household = db.tenant().find(Household.class, householdId, LockModeType.PESSIMISTIC_WRITE);
        if (household == null) {
            throw new NotFoundException("Household", householdId);
        }
        return spend(household, points, by, reference);
    }

    /**
     * Spends from {@code household}, whose row the caller's transaction has already locked with its
     * first statement (the counter locks it by code): the household is not found or locked again.
     */
    public Spent spend(Household household, int points, String by, String reference) {
        EntityManager em = db.tenant();
        LocalDate today = LocalDate.now(clock);
        // what spending needs of the balance: the restrictions and the redeemable points (not the pending proposals)
        Set<RestrictionKind> inForce = Restrictions.kindsInForce(em, household, today);
        if (inForce.contains(RestrictionKind.NO_REDEEM)) {
            throw DomainException.conflict("error.wallet.restricted", household.getCode());
        }
        int spendable = PointsMonths.ledgerOf(em, household, today).spendable(inForce);
        if (points > spendable) {
            throw DomainException.conflict("error.wallet.insufficient", household.getCode(), points, spendable);
        }
        // the village by reference: its id is all the line needs, and the counter has not loaded it
        LedgerLine line = LedgerLine.spending(household, em.getReference(Place.class, household.getVillageId()), points,
                Months.of(YearMonth.now(clock)), by, reference, clock.instant());
        em.persist(line);
        em.flush();
        return new Spent(line.getId(), points, spendable - points);
    }

    /** Gives back the points of a spending line (goods returned), once; returns the new line's id. */
    public long giveBack(long spendingLineId, String by, String why) {
        EntityManager em = db.tenant();
        LedgerLine spent = em.find(LedgerLine.class, spendingLineId);
        if (spent == null) {
            throw new NotFoundException("LedgerLine", spendingLineId);
        }
        em.lock(spent.getHousehold(), LockModeType.PESSIMISTIC_WRITE);
        boolean returned = !em.createQuery("select r.id from LedgerLine r where r.reverses = :l", Long.class)
                .setParameter("l", spent).getResultList().isEmpty();
        if (returned) {
            throw DomainException.conflict("error.wallet.returned", spendingLineId);
        }
        LedgerLine back = spent.giveBack(Months.of(YearMonth.now(clock)), by, why, clock.instant());
        em.persist(back);
        em.flush();
        return back.getId();
    }

    /** What the household may spend now (its redeemable balance), without locking. */
    public PointsMonths.Balance balance(long householdId) {
        EntityManager em = db.tenant();
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new NotFoundException("Household", householdId);
        }
        return PointsMonths.balanceOf(em, household, LocalDate.now(clock));
    }

    /**
     * The day the household's village next releases points: the day after the earliest objection
     * period still running (a published month becomes spendable when its period ends); empty when
     * no published month is in its period.
     */
    public Optional<LocalDate> nextRelease(long householdId) {
        EntityManager em = db.tenant();
        Household household = em.find(Household.class, householdId);
        if (household == null) {
            throw new NotFoundException("Household", householdId);
        }
        LocalDate until = em.createQuery("select min(m.objectionUntil) from PublishedMonth m where m.village = :v"
                        + " and m.objectionUntil >= :today", LocalDate.class).setParameter("v", household.getVillage())
                .setParameter("today", LocalDate.now(clock)).getSingleResult();
        return Optional.ofNullable(until).map(day -> day.plusDays(1));
    }
}
