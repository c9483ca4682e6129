package cn.xiangzhi.points.application;

import cn.xiangzhi.organisation.domain.Household;
import cn.xiangzhi.points.domain.Expiry;
import cn.xiangzhi.points.domain.ExpiryRun;
import cn.xiangzhi.points.domain.LedgerLine;
import cn.xiangzhi.points.domain.LineType;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The steps of an expiry run, each in its own transaction so that a run over a whole county holds
 * no lock for long and a stop half-way loses nothing: what one household's step wrote stays, and the
 * next run does the rest. Called by {@link PointsExpiry}, which has checked the caller.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExpirySteps {

    @Inject
    TenantEntityManager db;

    @Inject
    BusinessClock clock;

    public long start(int month, int expiryMonths, String by) {
        ExpiryRun run = new ExpiryRun(month, expiryMonths, by, clock.instant());
        db.tenant().persist(run);
        db.tenant().flush();
        return run.getId();
    }

    /** Whether a run of {@code month} has finished. */
    public boolean finished(int month) {
        return !db.tenant().createQuery("select r.id from ExpiryRun r where r.month = :m and r.finishedAt is not null", Long.class)
                .setParameter("m", month).getResultList().isEmpty();
    }

    /** The households with a credit up to {@code cutoff}: the only ones that may have points to expire. */
    public List<Long> candidates(int cutoff) {
        return db.tenant().createQuery("select distinct l.household.id from LedgerLine l where l.month <= :cutoff"
                        + " and l.points > 0 and l.type in :credits order by l.household.id", Long.class)
                .setParameter("cutoff", cutoff).setParameter("credits", EnumSet.of(LineType.AWARD, LineType.BONUS))
                .getResultList();
    }

    /**
     * Takes back what is left of the household's points up to {@code cutoff} as one EXPIRY line;
     * returns the points taken back (0: nothing left). The household's row is locked first, as a
     * redemption locks it, so an expiry and a redemption at the same moment are served one after
     * the other and never take the same points twice.
     */
    public int expire(long householdId, int month, int cutoff, String by) {
        EntityManager em = db.tenant();
        Household household = em.find(Household.class, householdId, LockModeType.PESSIMISTIC_WRITE);
        if (household == null) {
            return 0;
        }
        int due = Expiry.due(PointsMonths.ledgerOf(em, household, LocalDate.now(clock)).counted(), cutoff);
        if (due > 0) {
            em.persist(LedgerLine.expiry(household, due, month, by,
                    "expiry " + Months.format(month) + ": points up to " + Months.format(cutoff), clock.instant()));
        }
        return due;
    }

    public PointsExpiry.RunView finish(long runId, int households, int points) {
        ExpiryRun run = db.tenant().find(ExpiryRun.class, runId);
        run.finish(households, points, clock.instant());
        db.tenant().flush();
        return PointsExpiry.RunView.of(run);
    }
}
