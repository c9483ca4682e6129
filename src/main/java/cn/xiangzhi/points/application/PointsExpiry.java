package cn.xiangzhi.points.application;

import cn.xiangzhi.points.domain.Expiry;
import cn.xiangzhi.points.domain.ExpiryRun;
import cn.xiangzhi.points.domain.Months;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.NotFoundException;
import cn.xiangzhi.shared.persistence.TenantEntityManager;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
import cn.xiangzhi.shared.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Optional expiry of points (see {@link Expiry}): when the tenant's rules set an expiry of N months,
 * a run for a month takes back, household by household, what is left of the points earned up to
 * N + 1 months before it. The tenant admin may run it for this month or an earlier one; the
 * schedule runs it daily and does nothing once this month's run has finished. Running twice is
 * safe: the second run finds nothing left to take back. A run is not one transaction: each
 * household is its own (see {@link ExpirySteps}), so a county-wide run never outlives a transaction
 * timeout nor holds one household's lock while it works on the next.
 */
@ApplicationScoped
public class PointsExpiry {

    @Inject
    TenantEntityManager db;

    @Inject
    PointsSettings settings;

    @Inject
    ExpirySteps steps;

    @Inject
    BusinessClock clock;

    /** A run as REST and the settings page show it; {@code finishedAt} is null while it runs or if it stopped. */
    public record RunView(long id, String month, int expiryMonths, String cutoffMonth, int households, int points,
                          String runBy, Instant startedAt, Instant finishedAt) implements Serializable {
        static RunView of(ExpiryRun run) {
            return new RunView(run.getId(), Months.format(run.getMonth()), run.getExpiryMonths(),
                    Months.format(run.getCutoffMonth()), run.getHouseholds(), run.getPoints(), run.getRunBy(),
                    run.getStartedAt(), run.getFinishedAt());
        }
    }

    /**
     * Runs expiry for {@code month} ("2026-12"; blank: this month) now. Refused: expiry is off
     * ({@code error.expiry.off}), a month after this one ({@code error.expiry.future}).
     */
    public RunView run(String month) {
        String by = Access.require(Permission.POINTS_SETTINGS).describe();
        int thisMonth = Months.of(YearMonth.now(clock));
        int runMonth = month == null || month.isBlank() ? thisMonth : Months.parse(month);
        if (runMonth > thisMonth) {
            throw new DomainException("error.expiry.future", Months.format(runMonth));
        }
        return execute(runMonth, by);
    }

    /** This month's run by the schedule, unless expiry is off or this month's run has finished. */
    public Optional<RunView> runDue() {
        int thisMonth = Months.of(YearMonth.now(clock));
        if (settings.current().expiryMonths() == 0 || steps.finished(thisMonth)) {
            return Optional.empty();
        }
        return Optional.of(execute(thisMonth, "system"));
    }

    /** Every run, newest first. */
    @Transactional
    public List<RunView> runs() {
        Access.require(Permission.POINTS_VIEW);
        return db.tenant().createQuery("select r from ExpiryRun r order by r.id desc", ExpiryRun.class).getResultStream()
                .map(RunView::of).toList();
    }

    /** One run by id (404 for another tenant's). */
    @Transactional
    public RunView run(long id) {
        Access.require(Permission.POINTS_VIEW);
        ExpiryRun run = db.tenant().find(ExpiryRun.class, id);
        if (run == null) {
            throw new NotFoundException("ExpiryRun", id);
        }
        return RunView.of(run);
    }

    private RunView execute(int runMonth, String by) {
        int months = settings.current().expiryMonths();
        if (months == 0) {
            throw DomainException.conflict("error.expiry.off");
        }
        long run = steps.start(runMonth, months, by);
        int cutoff = Expiry.cutoff(runMonth, months);
        int households = 0;
        int points = 0;
        for (long household : steps.candidates(cutoff)) {
            int expired = steps.expire(household, runMonth, cutoff, by);
            if (expired > 0) {
                households++;
                points += expired;
            }
        }
        return steps.finish(run, households, points);
    }
}
