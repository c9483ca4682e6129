package cn.xiangzhi.points.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.points.application.PointsMonths;
import cn.xiangzhi.points.application.PointsMonths.Balance;
import cn.xiangzhi.points.application.PointsRecording;
import cn.xiangzhi.points.application.PointsViews.LineView;
import cn.xiangzhi.shared.web.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A household's ledger (一人一登记): every line with its origin, the balance, and corrections as reversing lines. */
@Named
@ViewScoped
public class LedgerView implements Serializable {

    @Inject
    PointsRecording recording;

    @Inject
    PointsMonths months;

    @Inject
    Organisation organisation;

    private Long householdId;
    private HouseholdView household;
    private List<LineView> lines = List.of();
    private Balance balance;
    private final Map<Long, String> reasons = new HashMap<>();

    /** Called by the page's {@code f:viewAction} once the household parameter is set. */
    public void load() {
        if (householdId == null) {
            return;
        }
        Pages.run(() -> {
            household = organisation.household(householdId);
            lines = recording.ledger(householdId);
            balance = months.balance(householdId);
        }, null);
    }

    public void reverse(LineView line) {
        if (Pages.run(() -> recording.reverse(line.id(), reasons.get(line.id())), "points.reversedLine", line.id())) {
            reasons.remove(line.id());
            load();
        }
    }

    /** Whether a line was already taken back by a later one. */
    public boolean reversed(LineView line) {
        return lines.stream().anyMatch(l -> l.reversesId() != null && l.reversesId() == line.id());
    }

    public Long getHouseholdId() {
        return householdId;
    }

    public void setHouseholdId(Long householdId) {
        this.householdId = householdId;
    }

    public HouseholdView getHousehold() {
        return household;
    }

    public List<LineView> getLines() {
        return lines;
    }

    public Balance getBalance() {
        return balance;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
