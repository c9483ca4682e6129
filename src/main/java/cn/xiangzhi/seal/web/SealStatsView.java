package cn.xiangzhi.seal.web;

import cn.xiangzhi.seal.application.SealStatistics;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Seal statistics (用印统计) as Pingyin reports them: per village and month, applications, approvals,
 * stamps, irregular stamps, alarms and hours to approve; the months' totals as a bar chart; the table
 * as Excel.
 */
@Named
@ViewScoped
public class SealStatsView implements Serializable {

    @Inject
    transient SealStatistics statistics;

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
        SealStatistics.Export[] made = new SealStatistics.Export[1];
        if (!Pages.run(() -> made[0] = statistics.export(from, to), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(made[0].fileName()).contentType(SheetWriter.XLSX)
                .stream(() -> new ByteArrayInputStream(made[0].content())).build();
    }

    /** The months' totals as a Chart.js bar chart configuration (PrimeFaces' p:chart). */
    public String getChart() {
        List<SealStatistics.MonthTotal> months = report == null ? List.of() : report.months();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        months.forEach(m -> labels.add(m.month()));
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(Pages.text("seal.applications"), months, SealStatistics.MonthTotal::applications, "#2f6fb1"))
                .add(dataset(Pages.text("seal.stampCount"), months, SealStatistics.MonthTotal::stamps, "#3a9d5d"))
                .add(dataset(Pages.text("seal.alarmCount"), months, SealStatistics.MonthTotal::alarms, "#c8472d"));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    private static JsonArrayBuilder values(List<SealStatistics.MonthTotal> months, ToLongFunction<SealStatistics.MonthTotal> figure) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        months.forEach(m -> values.add(figure.applyAsLong(m)));
        return values;
    }

    private static jakarta.json.JsonObjectBuilder dataset(String label, List<SealStatistics.MonthTotal> months,
                                                          ToLongFunction<SealStatistics.MonthTotal> figure, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values(months, figure)).add("backgroundColor", colour);
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
