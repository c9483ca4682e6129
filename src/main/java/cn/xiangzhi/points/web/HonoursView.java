package cn.xiangzhi.points.web;

import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.points.application.PointsHonours;
import cn.xiangzhi.points.application.PointsHonours.HonourView;
import cn.xiangzhi.shared.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Year;
import java.util.List;

/** Yearly honours: see who the rule honours, award them once, print their certificates. */
@Named
@ViewScoped
public class HonoursView implements Serializable {

    @Inject
    transient PointsHonours honours;

    @Inject
    transient PlaceDirectory places;

    @Inject
    transient cn.xiangzhi.platform.web.RequestInfo request;

    private List<PlaceView> villages;
    private Long villageId;
    private int year;
    private int count = PointsHonours.DEFAULT_PLACES;
    private String title = PointsHonours.DEFAULT_TITLE;
    private List<HonourView> awarded = List.of();
    private List<HonourView> preview = List.of();

    @PostConstruct
    void load() {
        year = honours.lastAwardableYear();
        villages = places.visibleVillages();
        if (!villages.isEmpty()) {
            villageId = villages.get(0).id();
        }
        show();
    }

    /** The awarded honours of the village and year, or (when none) who the rule would honour now. */
    public void show() {
        preview = List.of();
        if (villageId == null) {
            awarded = List.of();
            return;
        }
        Pages.run(() -> {
            awarded = honours.honours(villageId, year);
            if (awarded.isEmpty()) {
                preview = honours.preview(villageId, year, count, title);
            }
        }, null);
    }

    public void award() {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return;
        }
        if (Pages.run(() -> awarded = honours.award(villageId, year, count, title), "honour.awarded", String.valueOf(year))) {
            preview = List.of();
        }
    }

    /** The certificates of the awarded honours shown (all, or one), as a PDF download. */
    public org.primefaces.model.StreamedContent certificates(HonourView only) {
        List<Long> ids = only == null ? awarded.stream().map(HonourView::id).toList() : List.of(only.id());
        byte[][] pdf = new byte[1][];
        if (ids.isEmpty() || !Pages.run(() -> pdf[0] = honours.certificates(ids, request.getTenant().name()), null)) {
            return null;
        }
        return org.primefaces.model.DefaultStreamedContent.builder().name(only == null ? "honours-" + year + ".pdf"
                        : "honour-" + only.householdCode() + ".pdf").contentType("application/pdf")
                .stream(() -> new java.io.ByteArrayInputStream(pdf[0])).build();
    }

    public List<PlaceView> getVillages() {
        return villages;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getCount() {
        return count;
    }

    public void setCount(int count) {
        this.count = count;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<HonourView> getAwarded() {
        return awarded;
    }

    public List<HonourView> getPreview() {
        return preview;
    }
}
