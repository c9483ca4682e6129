package cn.xiangzhi.centres.web;

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
    transient TownshipDashboard dashboard;

    private TownshipDashboard.Dashboard figures;

    @PostConstruct
    void load() {
        Pages.run(() -> figures = dashboard.dashboard(), null);
    }

    public StreamedContent export() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Downloads.xlsx(() -> dashboard.export(key -> Messages.text(locale, "dashboard.figure." + key)));
    }

    public TownshipDashboard.Dashboard getFigures() {
        return figures;
    }
}
