package cn.xiangzhi.centres.web;

import java.util.List;
import java.util.Comparator;
import cn.xiangzhi.shared.web.Charts;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.centres.application.TownshipDashboard;
import cn.xiangzhi.shared.web.Messages;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;

/** The township dashboard page: a line per village of the reader's scope, and its Excel download. */
@Named
@ViewScoped
public class TownshipView implements Serializable {

    @Inject
    TownshipDashboard dashboard;

    private TownshipDashboard.Dashboard figures;

    @PostConstruct
    void load() {
        Pages.run(() -> figures = dashboard.dashboard(), null);
    }

    public StreamedContent export() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Downloads.xlsx(() -> dashboard.export(key -> Messages.text(locale, "dashboard.figure." + key)));
    }

    /** What is overdue or open per village as stacked bars, the villages with most first; empty when nothing is. */
    public String getChart() {
        if (figures == null) {
            return "";
        }
        List<TownshipDashboard.VillageLine> lines = figures.villages().stream()
                .filter(v -> v.overdueSteps() + v.overduePublications() + v.openDisputes() + v.overdueRequests() > 0)
                .sorted(Comparator.comparingLong((TownshipDashboard.VillageLine v) ->
                        v.overdueSteps() + v.overduePublications() + v.openDisputes() + v.overdueRequests()).reversed())
                .limit(30).toList();
        if (lines.isEmpty()) {
            return "";
        }
        return Charts.stackedBars(lines.stream().map(TownshipDashboard.VillageLine::villageName).toList(), List.of(
                new Charts.Series(Pages.text("dashboard.overdueSteps"), "#c62828", lines.stream().map(TownshipDashboard.VillageLine::overdueSteps).toList()),
                new Charts.Series(Pages.text("dashboard.overduePublications"), "#ef6c00",
                        lines.stream().map(TownshipDashboard.VillageLine::overduePublications).toList()),
                new Charts.Series(Pages.text("dashboard.openDisputes"), "#f9a825", lines.stream().map(TownshipDashboard.VillageLine::openDisputes).toList()),
                new Charts.Series(Pages.text("dashboard.overdueRequests"), "#6a1b9a",
                        lines.stream().map(TownshipDashboard.VillageLine::overdueRequests).toList())));
    }

    /** The chart's height: a bar per village with something overdue or open. */
    public int getChartHeight() {
        long bars = figures == null ? 0 : figures.villages().stream()
                .filter(v -> v.overdueSteps() + v.overduePublications() + v.openDisputes() + v.overdueRequests() > 0).count();
        return (int) Math.min(30, bars) * 36 + 90;
    }

    public TownshipDashboard.Dashboard getFigures() {
        return figures;
    }
}
