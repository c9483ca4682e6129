package cn.xiangzhi.organisation.domain;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Year;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PartyMemberTest {

    private static final Year YEAR = Year.of(2026);

    private final Place township = Place.root(PlaceLevel.TOWNSHIP, "长山镇", new DivisionCode("371681102000"));
    private final Place east = township.addChild(PlaceLevel.VILLAGE, "东关村", new DivisionCode("371681102204"));
    private final Place west = township.addChild(PlaceLevel.VILLAGE, "西关村", new DivisionCode("371681102205"));
    private final PartyBranch branch = new PartyBranch(east, "DG-PB", "东关村党支部", "赵东");

    @Test
    void aMemberMayLiveInAHouseholdOfTheBranchsVillageOrNowhereHere() {
        Resident local = new Resident(new Household("E-1", east, null, "赵东", null, null), "赵东", "户主", "M", 1968, null, YEAR);
        assertEquals(local, new PartyMember(branch, "P001", "赵东", local, 1995, YEAR).getResident());
        assertNull(new PartyMember(branch, "P003", "流动党员", null, null, YEAR).getResident());
        Resident elsewhere = new Resident(new Household("W-1", west, null, "钱西", null, null), "钱西", null, null, null, null, YEAR);
        assertEquals("error.member.otherVillage", assertThrows(DomainException.class,
                () -> new PartyMember(branch, "P002", "钱西", elsewhere, null, YEAR)).key());
    }

    @Test
    void residentsHaveANameAPlausibleYearAndAGenderOfMOrF() {
        Household household = new Household("E-2", east, null, "孙", null, null);
        assertEquals("error.resident.gender", assertThrows(DomainException.class,
                () -> new Resident(household, "孙一", null, "X", null, null, YEAR)).key());
        assertEquals("error.resident.birthYear", assertThrows(DomainException.class,
                () -> new Resident(household, "孙一", null, "F", 1800, null, YEAR)).key());
        assertEquals("error.name.required", assertThrows(DomainException.class,
                () -> new Resident(household, " ", null, null, null, null, YEAR)).key());
    }
}
