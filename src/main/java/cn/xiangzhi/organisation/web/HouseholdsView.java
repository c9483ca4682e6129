package cn.xiangzhi.organisation.web;

import cn.xiangzhi.organisation.application.Organisation;
import cn.xiangzhi.organisation.application.OrganisationViews.GridView;
import cn.xiangzhi.organisation.application.OrganisationViews.HouseholdView;
import cn.xiangzhi.platform.application.PlaceDirectory;
import cn.xiangzhi.platform.application.PlaceView;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.web.Pages;
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
 * stays fast at 100,000 households), and a form to register one.
 */
@Named
@ViewScoped
public class HouseholdsView implements Serializable {

    @Inject
    transient Organisation organisation;

    @Inject
    transient PlaceDirectory places;

    private List<PlaceView> villages;
    private Long villageFilter;
    private String search;

    private String code;
    private Long villageId;
    private Long gridId;
    private String headName;
    private String address;
    private String phone;

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
        villages = places.visible().stream().filter(p -> p.level().tier() == PlaceLevel.Tier.VILLAGE).toList();
    }

    public void add() {
        long village = villageId == null ? -1 : villageId;
        if (Pages.run(() -> organisation.addHousehold(new Organisation.HouseholdForm(code, village, gridId, headName,
                address, phone)), "common.saved")) {
            code = headName = address = phone = null;
            gridId = null;
        }
    }

    public List<GridView> getGrids() {
        return villageId == null ? List.of() : organisation.grids(villageId);
    }

    public LazyDataModel<HouseholdView> getHouseholds() {
        return households;
    }

    public List<PlaceView> getVillages() {
        return villages;
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
