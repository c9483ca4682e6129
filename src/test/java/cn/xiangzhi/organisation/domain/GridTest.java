package cn.xiangzhi.organisation.domain;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GridTest {

    private final Place township = Place.root(PlaceLevel.TOWNSHIP, "长山镇", new DivisionCode("371681102000"));
    private final Place village = township.addChild(PlaceLevel.VILLAGE, "北关村", new DivisionCode("371681102202"));

    @Test
    void gridsNestVillageGridThenMicroGridThenHouseholdGroupAndNoOtherWay() {
        Grid top = new Grid(village, null, GridLevel.VILLAGE_GRID, "BG", "北关村网格", "书记");
        Grid micro = new Grid(village, top, GridLevel.MICRO_GRID, "BG-1", "第一微网格", null);
        Grid group = new Grid(village, micro, GridLevel.HOUSEHOLD_GROUP, "BG-1-1", "第一联户小组", "组长");
        Map<GridLevel, Grid> parents = new EnumMap<>(GridLevel.class);
        parents.put(GridLevel.VILLAGE_GRID, top);
        parents.put(GridLevel.MICRO_GRID, micro);
        parents.put(GridLevel.HOUSEHOLD_GROUP, group);
        // every level under every possible parent (none, or a grid of each level): exactly the chain is allowed
        List<String> allowed = new ArrayList<>();
        List<GridLevel> parentLevels = new ArrayList<>(Arrays.asList(GridLevel.values()));
        parentLevels.add(0, null);
        for (GridLevel level : GridLevel.values()) {
            for (GridLevel parentLevel : parentLevels) {
                Grid parent = parentLevel == null ? null : parents.get(parentLevel);
                String pair = parentLevel + " > " + level;
                try {
                    new Grid(village, parent, level, "X-" + level.ordinal(), "网格", null);
                    allowed.add(pair);
                } catch (DomainException e) {
                    assertEquals("error.grid.parent", e.key(), pair);
                }
            }
        }
        assertEquals(List.of("null > VILLAGE_GRID", "VILLAGE_GRID > MICRO_GRID", "MICRO_GRID > HOUSEHOLD_GROUP"), allowed);
        assertEquals("BG-1-1", group.getCode());
        assertTrue(group.isIn(village) && micro.isIn(village), "the chain belongs to the village");
    }

    @Test
    void aGridsParentMustBeOfTheSameVillage() {
        Place other = township.addChild(PlaceLevel.VILLAGE, "南关村", new DivisionCode("371681102203"));
        Grid top = new Grid(village, null, GridLevel.VILLAGE_GRID, "BG", "北关村网格", null);
        assertEquals("error.grid.otherVillage", assertThrows(DomainException.class,
                () -> new Grid(other, top, GridLevel.MICRO_GRID, "NG-1", "南关微网格", null)).key());
    }

    @Test
    void levelsCannotBeSkippedOrLeftWithoutTheirParent() {
        Grid top = new Grid(village, null, GridLevel.VILLAGE_GRID, "BG", "北关村网格", null);
        assertEquals("error.grid.parent", assertThrows(DomainException.class,
                () -> new Grid(village, top, GridLevel.HOUSEHOLD_GROUP, "X", "跳级", null)).key());
        assertEquals("error.grid.parent", assertThrows(DomainException.class,
                () -> new Grid(village, null, GridLevel.MICRO_GRID, "Y", "无上级", null)).key());
    }

    @Test
    void gridsBelongToAVillageAndCodesAreNaturalKeys() {
        assertEquals("error.grid.village", assertThrows(DomainException.class,
                () -> new Grid(township, null, GridLevel.VILLAGE_GRID, "T", "镇网格", null)).key());
        assertEquals("error.grid.code", assertThrows(DomainException.class,
                () -> new Grid(village, null, GridLevel.VILLAGE_GRID, "有 空格", "网格", null)).key());
    }

    @Test
    void aHouseholdNeedsAHeadAndAValidPhone() {
        assertEquals("error.household.head", assertThrows(DomainException.class,
                () -> new Household("H1", village, null, " ", null, null)).key());
        assertEquals("error.user.phone", assertThrows(DomainException.class,
                () -> new Household("H1", village, null, "王大", null, "12345")).key());
        assertEquals("王大", new Household(" H1 ", village, null, " 王大 ", null, null).getHeadName());
    }
}
