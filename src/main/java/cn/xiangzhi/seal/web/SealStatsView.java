package cn.xiangzhi.seal.web;

import cn.xiangzhi.seal.application.SealStatistics;
import cn.xiangzhi.shared.web.Charts;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;

/**
 * Seal statistics (用印统计) as Pingyin reports them: per village and month, applications, approvals,
 * stamps, irregular stamps, alarms and hours to approve; the months' totals as a bar chart; the table
 * as Excel.
 */
@Named
@ViewScoped
public class SealStatsView implements Serializable {

    @Inject
    SealStatistics statistics;

    private String from;
    private String to;
    private SealStatistics.Report report;

    @PostConstruct
    void load() {
        Pages.run(() -> report = statistics.report(from, to), null);
        if (report != null) {
            from = report.from();
            to = report.to();
        }
    }

    public void show() {
        load();
    }

    public StreamedContent export() {
        return Downloads.xlsx(() -> statistics.export(from, to));
    }

    /** The months' totals as bars side by side (PrimeFaces' p:chart, {@link Charts}). */
    public String getChart() {
        List<SealStatistics.MonthTotal> months = report == null ? List.of() : report.months();
        return Charts.bars(months.stream().map(SealStatistics.MonthTotal::month).toList(), List.of(
                new Charts.Series(Pages.text("seal.applications"), "#2f6fb1", months.stream().map(SealStatistics.MonthTotal::applications).toList()),
                new Charts.Series(Pages.text("seal.stampCount"), "#3a9d5d", months.stream().map(SealStatistics.MonthTotal::stamps).toList()),
                new Charts.Series(Pages.text("seal.alarmCount"), "#c8472d", months.stream().map(SealStatistics.MonthTotal::alarms).toList())));
    }

    public SealStatistics.Report getReport() {
        return report;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
