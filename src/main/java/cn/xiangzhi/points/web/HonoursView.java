package cn.xiangzhi.points.web;

import cn.xiangzhi.points.application.PointsHonours;
import cn.xiangzhi.points.application.PointsHonours.HonourView;
import cn.xiangzhi.points.domain.HonourRoll;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/** Yearly honours: see who the rule honours, award them once, print their certificates. */
@Named
@ViewScoped
public class HonoursView implements Serializable {

    @Inject
    PointsHonours honours;


    @Inject
    VillagePicker villages;
    private Long villageId;
    private int year;
    private int count = PointsHonours.DEFAULT_PLACES;
    private String title = PointsHonours.DEFAULT_TITLE;
    private List<HonourView> awarded = List.of();
    private List<HonourView> preview = List.of();
    private HonourRoll.Ties ties = HonourRoll.Ties.ALL;
    /** How many the rule honours with every tied household, and with none of them. */
    private int withAllTied;
    private int withNoneTied;
    private PointsHonours.YearStatus status;

    @PostConstruct
    void load() {
        year = honours.lastAwardableYear();
        villageId = villages.first();
        show();
    }

    /** The awarded honours of the village and year, or (when none) who the rule would honour now. */
    public void show() {
        preview = List.of();
        status = null;
        if (villageId == null) {
            awarded = List.of();
            return;
        }
        Pages.run(() -> {
            awarded = honours.honours(villageId, year);
            if (awarded.isEmpty()) {
                List<HonourView> all = honours.preview(villageId, year, count, title, HonourRoll.Ties.ALL);
                List<HonourView> none = honours.preview(villageId, year, count, title, HonourRoll.Ties.NONE);
                withAllTied = all.size();
                withNoneTied = none.size();
                preview = ties == HonourRoll.Ties.ALL ? all : none;
                status = honours.status(villageId, year);
            }
        }, null);
    }

    public void award() {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return;
        }
        if (Pages.run(() -> awarded = honours.award(villageId, year, count, title, ties), "honour.awarded", String.valueOf(year))) {
            preview = List.of();
        }
    }

    /** The certificates of the awarded honours shown (all, or one), as a PDF download. */
    public StreamedContent certificates(HonourView only) {
        List<Long> ids = only == null ? awarded.stream().map(HonourView::id).toList() : List.of(only.id());
        byte[][] pdf = new byte[1][];
        if (ids.isEmpty() || !Pages.run(() -> pdf[0] = honours.certificates(ids), null)) {
            return null;
        }
        return DefaultStreamedContent.builder().name(only == null ? "honours-" + year + ".pdf"
                        : "honour-" + only.householdCode() + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf[0])).build();
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

    public HonourRoll.Ties getTies() {
        return ties;
    }

    public void setTies(HonourRoll.Ties ties) {
        this.ties = ties;
    }

    public HonourRoll.Ties[] getTieRules() {
        return HonourRoll.Ties.values();
    }

    /** Households are tied across the last place, so the tie rule decides how many are honoured: say so before awarding. */
    public boolean isTied() {
        return withAllTied != withNoneTied;
    }

    /** The year's figures are final (or nothing to say): the honours may be awarded. */
    public boolean isFinalFigures() {
        return status == null || status.settled();
    }

    public PointsHonours.YearStatus getStatus() {
        return status;
    }

    public String getUnclosedMonths() {
        return status == null || status.unclosed().isEmpty() ? "—" : String.join("、", status.unclosed());
    }

    public String getMonthsInObjection() {
        return status == null || status.inObjection().isEmpty() ? "—" : String.join("、", status.inObjection());
    }

    public int getWithAllTied() {
        return withAllTied;
    }

    public int getWithNoneTied() {
        return withNoneTied;
    }
}
