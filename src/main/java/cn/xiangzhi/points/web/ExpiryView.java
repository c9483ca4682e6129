package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsExpiry;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The "points expiry" part of the settings page: past runs, and a run now (tenant admin). */
@Named
@ViewScoped
public class ExpiryView implements Serializable {

    @Inject
    PointsExpiry expiry;

    private List<PointsExpiry.RunView> runs;

    @PostConstruct
    void load() {
        runs = expiry.runs();
    }

    public void run() {
        PointsExpiry.RunView[] ran = new PointsExpiry.RunView[1];
        if (Pages.run(() -> ran[0] = expiry.run(null), null)) {
            Pages.info("expiry.ran", ran[0].month(), ran[0].points(), ran[0].households());
            load();
        }
    }

    public List<PointsExpiry.RunView> getRuns() {
        return runs;
    }
}
