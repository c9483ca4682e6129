package cn.xiangzhi.kiosk.web;

import cn.xiangzhi.platform.application.KioskTokens;
import cn.xiangzhi.platform.application.PlaceView;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** What the village kiosk shows: the village, where it sits, and (later) its boards and notices. */
@Named
@RequestScoped
public class KioskView {

    @Inject
    KioskTokens tokens;

    private PlaceView village;
    private List<PlaceView> lineage;

    @PostConstruct
    void load() {
        village = (PlaceView) FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(KioskGate.VILLAGE_ATTRIBUTE);
        if (village == null) { // the view reached without the gate (e.g. /t/{code}/kiosk.xhtml)
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            FacesContext.getCurrentInstance().responseComplete();
            lineage = List.of();
            return;
        }
        lineage = tokens.lineage(village.id());
    }

    public PlaceView getVillage() {
        return village;
    }

    public List<PlaceView> getLineage() {
        return lineage;
    }
}
