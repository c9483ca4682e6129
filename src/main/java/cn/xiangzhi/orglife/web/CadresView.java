package cn.xiangzhi.orglife.web;

import cn.xiangzhi.orglife.application.CadreAttendance;
import cn.xiangzhi.shared.web.Downloads;
import cn.xiangzhi.shared.web.Messages;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.StreamedContent;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cadre attendance for the township and the county: the month's ranking of village cadres and first
 * secretaries by their days present on the terminals, a day-by-day strip per person, and the
 * workbook for the annual appraisal.
 */
@Named
@ViewScoped
public class CadresView implements Serializable {

    @Inject
    CadreAttendance attendance;

    private String month;
    private CadreAttendance.Report report;

    @PostConstruct
    void load() {
        Pages.run(() -> report = attendance.month(month), null);
    }

    public void show() {
        load();
    }

    public StreamedContent export() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Downloads.xlsx(() -> attendance.workbook(month, post -> Messages.text(locale, "terminalUser.post." + post)));
    }

    /** The days of the report's month, for the strip of each person. */
    public List<Integer> getDays() {
        return report == null ? List.of() : IntStream.rangeClosed(1, report.days()).boxed().toList();
    }

    public CadreAttendance.Report getReport() {
        return report;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
