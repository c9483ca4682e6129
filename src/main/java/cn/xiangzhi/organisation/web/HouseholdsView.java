package cn.xiangzhi.organisation.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.organisation.application.People;
import cn.xiangzhi.shared.web.Pages;
import cn.xiangzhi.shared.web.VillagePicker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The households of the villages in scope: a lazy table paged and searched in the database (it
 * stays fast at 100,000 households), a form to register one or edit the chosen one, and the
 * chosen household's residents.
 */
@Named
@ViewScoped
public class HouseholdsView implements Serializable {

    @Inject
    Organisation organisation;


    @Inject
    People people;

    @Inject
    VillagePicker villages;
    private Long villageFilter;
    private String search;

    private String code;
    private Long villageId;
    private Long gridId;
    private String headName;
    private String address;
    private String phone;
    private HouseholdView editing;
    private String residentName;
    private String residentRelation;
    private String residentGender;
    private Integer residentBirthYear;

    private final LazyDataModel<HouseholdView> households = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) organisation.countHouseholds(villageFilter, search);
        }

        @Override
        public List<HouseholdView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return organisation.households(villageFilter, search, first, pageSize);
        }

        @Override
        public String getRowKey(HouseholdView household) {
            return String.valueOf(household.id());
        }
    };

    @PostConstruct
    void load() {
    }

    /** Registers a new household, or saves the one being edited. */
    public void add() {
        long village = villageId == null ? -1 : villageId;
        Organisation.HouseholdForm form = new Organisation.HouseholdForm(code, village, gridId, headName, address, phone);
        boolean saved = editing == null
                ? Pages.run(() -> organisation.addHousehold(form), "common.saved")
                : Pages.run(() -> organisation.updateHousehold(editing.id(), form), "common.saved");
        if (saved) {
            clear();
        }
    }

    public void edit(HouseholdView household) {
        editing = household;
        code = household.code();
        villageId = household.villageId();
        gridId = household.gridId();
        headName = household.headName();
        address = household.address();
        phone = household.phone();
        residentName = residentRelation = residentGender = null;
        residentBirthYear = null;
    }

    public void remove() {
        if (editing != null && Pages.run(() -> organisation.removeHousehold(editing.id()), "common.deleted")) {
            clear();
        }
    }

    public void clear() {
        editing = null;
        code = headName = address = phone = null;
        gridId = null;
    }

    public List<People.ResidentView> getResidents() {
        return editing == null ? List.of() : people.residents(editing.id());
    }

    public void addResident() {
        if (editing != null && Pages.run(() -> people.addResident(new People.ResidentForm(editing.id(), residentName,
                residentRelation, residentGender, residentBirthYear, null)), "common.saved")) {
            residentName = residentRelation = residentGender = null;
            residentBirthYear = null;
        }
    }

    public void removeResident(long id) {
        Pages.run(() -> people.removeResident(id), "common.deleted");
    }

    public HouseholdView getEditing() {
        return editing;
    }

    public String getResidentName() {
        return residentName;
    }

    public void setResidentName(String residentName) {
        this.residentName = residentName;
    }

    public String getResidentRelation() {
        return residentRelation;
    }

    public void setResidentRelation(String residentRelation) {
        this.residentRelation = residentRelation;
    }

    public String getResidentGender() {
        return residentGender;
    }

    public void setResidentGender(String residentGender) {
        this.residentGender = residentGender;
    }

    public Integer getResidentBirthYear() {
        return residentBirthYear;
    }

    public void setResidentBirthYear(Integer residentBirthYear) {
        this.residentBirthYear = residentBirthYear;
    }

    public List<GridView> getGrids() {
        return villageId == null ? List.of() : organisation.grids(villageId);
    }

    public LazyDataModel<HouseholdView> getHouseholds() {
        return households;
    }


    public Long getVillageFilter() {
        return villageFilter;
    }

    public void setVillageFilter(Long villageFilter) {
        this.villageFilter = villageFilter;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public Long getGridId() {
        return gridId;
    }

    public void setGridId(Long gridId) {
        this.gridId = gridId;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
