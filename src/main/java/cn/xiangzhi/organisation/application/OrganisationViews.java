package cn.xiangzhi.organisation.application;

import cn.xiangzhi.organisation.domain.Grid;
import cn.xiangzhi.organisation.domain.GridLevel;
import cn.xiangzhi.organisation.domain.Household;

import java.io.Serializable;

/** Grids and households as pages and REST show them. */
public final class OrganisationViews {

    private OrganisationViews() {
    }

    public record GridView(long id, long villageId, Long parentId, GridLevel level, String code, String name,
                           String leaderName, Long leaderHouseholdId, long version) implements Serializable {
        static GridView of(Grid grid) {
            return new GridView(grid.getId(), grid.getVillage().getId(), grid.getParent() == null ? null : grid.getParent().getId(),
                    grid.getLevel(), grid.getCode(), grid.getName(), grid.getLeaderName(),
                    grid.getLeaderHousehold() == null ? null : grid.getLeaderHousehold().getId(), grid.getVersion());
        }
    }

    public record HouseholdView(long id, String code, long villageId, String villageName, Long gridId, String gridName,
                                String headName, String address, String phone, long version) implements Serializable {
        static HouseholdView of(Household h) {
            return new HouseholdView(h.getId(), h.getCode(), h.getVillage().getId(), h.getVillage().getName(),
                    h.getGrid() == null ? null : h.getGrid().getId(), h.getGrid() == null ? null : h.getGrid().getName(),
                    h.getHeadName(), h.getAddress(), h.getPhone(), h.getVersion());
        }
    }
}
