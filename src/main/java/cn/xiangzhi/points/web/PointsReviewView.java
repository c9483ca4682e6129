package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsMonths;
import cn.xiangzhi.points.application.PointsMonths.MonthView;
import cn.xiangzhi.points.application.PointsMonths.ObjectionView;
import cn.xiangzhi.points.application.PointsRecording;
import cn.xiangzhi.points.application.PointsViews.ProposalView;
import cn.xiangzhi.points.domain.Objection;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The village working group's month: confirm or reject the proposals in bulk (a reason for each
 * rejection), close the month to publish it, and the reviewers' objections.
 */
@Named
@ViewScoped
public class PointsReviewView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    PointsRecording recording;

    @Inject
    PointsMonths months;


    @Inject
    VillagePicker villages;
    private Long villageId;
    private String month;
    private List<ProposalView> proposals = List.of();
    private List<ProposalView> selected = new ArrayList<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private List<MonthView> closed = List.of();
    private List<ObjectionView> objections = List.of();
    private final Map<Long, String> resolutions = new HashMap<>();

    @PostConstruct
    void load() {
        month = clock.month().toString();
        villageId = villages.only();
        filter();
    }

    public void refresh() {
        proposals = recording.proposals(month, ProposalStatus.PROPOSED).stream()
                .filter(p -> villageId == null || p.villageId() == villageId).toList();
        selected = new ArrayList<>();
        reasons.keySet().retainAll(proposals.stream().map(ProposalView::id).toList());
        closed = months.months().stream().filter(m -> villageId == null || m.villageId() == villageId).toList();
        objections = months.objections(Objection.Status.OPEN);
    }

    /** The filter's button: a mistyped month is a message, not an error page. */
    public void filter() {
        Pages.run(this::refresh, null);
    }

    /** Selects every proposal listed (the header's box is hidden on a phone). */
    public void selectAll() {
        selected = new ArrayList<>(getProposals());
    }

    public void confirmSelected() {
        if (selected.isEmpty()) {
            Pages.refuse("points.chooseProposals");
            return;
        }
        List<Long> ids = selected.stream().map(ProposalView::id).toList();
        int[] done = new int[1];
        if (Pages.run(() -> done[0] = recording.confirm(ids), null)) {
            Pages.info("points.confirmed", done[0]);
            refresh();
        }
    }

    /** Rejects the selected proposals, each with the reason typed in its row. */
    public void rejectSelected() {
        if (selected.isEmpty()) {
            Pages.refuse("points.chooseProposals");
            return;
        }
        Map<Long, String> given = new LinkedHashMap<>();
        for (ProposalView p : selected) {
            String reason = reasons.get(p.id());
            if (reason == null || reason.isBlank()) {
                Pages.refuse("points.reasonFor", p.householdCode(), p.itemName());
                return;
            }
            given.put(p.id(), reason);
        }
        if (Pages.run(() -> recording.reject(given), "points.rejected", given.size())) {
            refresh();
        }
    }

    public void closeMonth() {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return;
        }
        if (Pages.run(() -> months.close(villageId, month, null), "points.monthClosed", month)) {
            refresh();
        }
    }

    public void resolve(ObjectionView objection, boolean uphold) {
        String resolution = resolutions.get(objection.id());
        if (Pages.run(() -> months.resolve(objection.id(), uphold, resolution),
                uphold ? "points.objectionUpheld" : "points.objectionDismissed", objection.householdCode())) {
            resolutions.remove(objection.id());
            refresh();
        }
    }

    public String villageName(long id) {
        return villages.name(id);
    }


    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<ProposalView> getProposals() {
        return proposals;
    }

    public List<ProposalView> getSelected() {
        return selected;
    }

    public void setSelected(List<ProposalView> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public List<MonthView> getClosed() {
        return closed;
    }

    public List<ObjectionView> getObjections() {
        return objections;
    }

    public Map<Long, String> getResolutions() {
        return resolutions;
    }
}
