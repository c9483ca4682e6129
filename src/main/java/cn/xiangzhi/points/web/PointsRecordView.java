package cn.xiangzhi.points.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.points.application.PointsCatalogue;
import cn.xiangzhi.points.application.PointsEvidence;
import cn.xiangzhi.points.application.PointsRecording;
import cn.xiangzhi.points.application.PointsViews.ItemView;
import cn.xiangzhi.points.application.PointsViews.ProposalView;
import cn.xiangzhi.points.domain.ProposalStatus;
import cn.xiangzhi.shared.time.BusinessClock;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recording points on a phone: a grid chief or the village info admin picks the item, the
 * households (typed by code or name, or a whole grid at once) and the month, and sends one batch.
 */
@Named
@ViewScoped
public class PointsRecordView implements Serializable {

    @Inject
    BusinessClock clock;

    @Inject
    PointsRecording recording;

    @Inject
    PointsCatalogue catalogue;

    @Inject
    Organisation organisation;


    @Inject
    PointsEvidence evidencePhotos;

    @Inject
    VillagePicker villages;
    private List<ItemView> items;
    private List<GridView> grids = List.of();
    private Long villageId;
    private Long itemId;
    private Long gridId;
    private String month;
    private String note;
    private String evidence;
    /** Chosen households by code, with their ids and labels; insertion order is the order shown. */
    private final Map<String, HouseholdView> chosen = new LinkedHashMap<>();
    private List<String> householdCodes = new ArrayList<>();
    private List<ProposalView> recent = List.of();
    private List<PointsEvidence.PhotoView> photos = new ArrayList<>();

    @PostConstruct
    void load() {
        month = clock.month().toString();
        items = catalogue.items(true);
        villageId = villages.only();
        changeVillage();
    }

    public void changeVillage() {
        grids = villageId == null ? List.of() : organisation.grids(villageId);
        gridId = null;
        chosen.clear();
        householdCodes = new ArrayList<>();
        photos = new ArrayList<>();
        loadRecent();
    }

    /** Households of the chosen village whose code or head's name starts with {@code query}. */
    public List<String> complete(String query) {
        if (villageId == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (HouseholdView h : organisation.households(villageId, query, 0, 20)) {
            chosen.putIfAbsent(h.code(), h);
            codes.add(h.code());
        }
        return codes;
    }

    public String label(String code) {
        HouseholdView h = chosen.get(code);
        return h == null ? code : h.code() + " " + h.headName();
    }

    /** Adds every household of the chosen grid and the grids below it. */
    public void addGrid() {
        if (gridId == null) {
            return;
        }
        for (HouseholdView h : organisation.householdsUnder(gridId)) {
            chosen.putIfAbsent(h.code(), h);
            if (!householdCodes.contains(h.code())) {
                householdCodes.add(h.code());
            }
        }
    }

    /** A photo taken on the phone: kept for the chosen village, named in the evidence when the batch is sent. */
    public void uploadPhoto(FileUploadEvent event) {
        if (villageId == null) {
            Pages.refuse("points.chooseVillage");
            return;
        }
        byte[] content = event.getFile().getContent();
        Pages.run(() -> photos.add(evidencePhotos.upload(villageId, content)), "points.photoAdded");
    }

    /** The evidence as sent: the typed words and a reference to each photo. */
    private String evidenceText() {
        StringBuilder text = new StringBuilder(evidence == null ? "" : evidence.strip());
        photos.forEach(p -> text.append(text.isEmpty() ? "" : " ").append(p.reference()));
        return text.isEmpty() ? null : text.toString();
    }

    public void record() {
        List<Long> ids = householdCodes.stream().map(chosen::get).filter(Objects::nonNull).map(HouseholdView::id).toList();
        int[] made = new int[1];
        if (itemId == null) {
            Pages.refuse("points.chooseItem");
            return;
        }
        if (Pages.run(() -> made[0] = recording.propose(new PointsRecording.Recording(itemId, ids, month, note, evidenceText())).size(),
                null)) {
            Pages.info("points.proposed", made[0]);
            householdCodes = new ArrayList<>();
            note = null;
            evidence = null;
            photos = new ArrayList<>();
            loadRecent();
        }
    }

    private void loadRecent() {
        List<ProposalView> all = new ArrayList<>();
        if (!Pages.run(() -> all.addAll(recording.proposals(month, ProposalStatus.PROPOSED)), null)) {
            recent = List.of();
            return;
        }
        recent = all.stream().filter(p -> villageId == null || p.villageId() == villageId)
                .sorted((a, b) -> Long.compare(b.id(), a.id())).limit(50).toList();
    }

    public List<PointsEvidence.PhotoView> getPhotos() {
        return photos;
    }


    public List<ItemView> getItems() {
        return items;
    }

    public List<GridView> getGrids() {
        return grids;
    }

    public List<ProposalView> getRecent() {
        return recent;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public List<String> getHouseholdCodes() {
        return householdCodes;
    }

    public void setHouseholdCodes(List<String> householdCodes) {
        this.householdCodes = householdCodes == null ? new ArrayList<>() : new ArrayList<>(householdCodes);
    }
}
