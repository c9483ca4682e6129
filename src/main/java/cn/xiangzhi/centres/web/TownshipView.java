package cn.xiangzhi.centres.web;

import cn.xiangzhi.centres.application.TownshipDashboard;
import cn.xiangzhi.shared.spreadsheet.SheetWriter;
import cn.xiangzhi.shared.web.Messages;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
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
        TownshipDashboard.Export[] made = new TownshipDashboard.Export[1];
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (!Pages.run(() -> made[0] = dashboard.export(key -> Messages.text(locale, "dashboard.figure." + key)), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(made[0].fileName()).contentType(SheetWriter.XLSX)
                .stream(() -> new ByteArrayInputStream(made[0].content())).build();
    }

    public TownshipDashboard.Dashboard getFigures() {
        return figures;
    }
}
