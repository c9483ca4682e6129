package cn.xiangzhi.liaison.web;

import cn.xiangzhi.centres.application.ServiceRequests;
import cn.xiangzhi.liaison.application.LiaisonReports;
import cn.xiangzhi.shared.security.Access;
import cn.xiangzhi.shared.security.Permission;
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

/**
 * Coverage and appraisal for the reader's scope (a village, a township or the county): the month's
 * coverage per village and per liaison, the requests found on visits that are overdue (escalated to
 * the township), and the quarter's ranking with its Excel export.
 */
@Named
@ViewScoped
public class CoveragePage implements Serializable {

    @Inject
    LiaisonReports reports;

    @Inject
    ServiceRequests requests;

    private String month;
    private String quarter;
    private LiaisonReports.CoverageReport coverage;
    private LiaisonReports.AppraisalReport appraisal;
    private List<ServiceRequests.RequestView> overdue = List.of();

    @PostConstruct
    void load() {
        Pages.run(() -> {
            coverage = reports.coverage(month);
            appraisal = reports.appraisal(quarter);
            overdue = requests.foundOnVisits(Access.require(Permission.LIAISON_VIEW).scopePath(), true, 500);
            month = coverage.month().toString();
            quarter = appraisal.quarter();
        }, null);
    }

    public void show() {
        load();
    }

    public StreamedContent export() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Downloads.xlsx(() -> reports.appraisalWorkbook(quarter, k -> Messages.text(locale, "liaison.kind." + k)));
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public LiaisonReports.CoverageReport getCoverage() {
        return coverage;
    }

    public LiaisonReports.AppraisalReport getAppraisal() {
        return appraisal;
    }

    public List<ServiceRequests.RequestView> getOverdue() {
        return overdue;
    }
}
