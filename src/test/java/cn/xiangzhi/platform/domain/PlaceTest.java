package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceTest {

    private final Place pingyin = Place.root(PlaceLevel.COUNTY, "平阴县", DivisionCode.parse("370124"));

    @Test
    void aSixDigitCountyCodeIsShorthandForItsTwelveDigitForm() {
        assertEquals("370124000000", DivisionCode.parse("370124").value());
        assertEquals(PlaceLevel.Tier.COUNTY, DivisionCode.parse("370124").tier());
        assertEquals(PlaceLevel.Tier.TOWNSHIP, new DivisionCode("370124104000").tier());
        assertEquals(PlaceLevel.Tier.VILLAGE, new DivisionCode("370124104201").tier());
    }

    @Test
    void malformedCodesAreRefusedWithTheReason() {
        for (String bad : new String[]{null, "", "37012", "3701241040001", "37012410400x", "000000104000"}) {
            DomainException e = assertThrows(DomainException.class, () -> DivisionCode.parse(bad), String.valueOf(bad));
            assertEquals("error.division.format", e.key());
        }
    }

    @Test
    void aTownshipGoesUnderItsCountyAndAVillageUnderItsTownship() {
        Place kongcun = pingyin.addChild(PlaceLevel.TOWNSHIP, "孔村镇", new DivisionCode("370124104000"));
        Place village = kongcun.addChild(PlaceLevel.VILLAGE, "东关村", new DivisionCode("370124104201"));
        assertEquals(kongcun, village.getParent());
        assertTrue(new DivisionCode("370124104201").isWithin(new DivisionCode("370124104000")));
        assertFalse(new DivisionCode("370124105201").isWithin(new DivisionCode("370124104000")));
    }

    @Test
    void levelsCannotBeSkippedNorCodesLeaveTheParentsArea() {
        assertEquals("error.place.childLevel", assertThrows(DomainException.class,
                () -> pingyin.addChild(PlaceLevel.VILLAGE, "东关村", new DivisionCode("370124104201"))).key());
        assertEquals("error.division.outside", assertThrows(DomainException.class,
                () -> pingyin.addChild(PlaceLevel.TOWNSHIP, "外县镇", new DivisionCode("370125104000"))).key());
        assertEquals("error.division.level", assertThrows(DomainException.class,
                () -> pingyin.addChild(PlaceLevel.STREET, "街道", new DivisionCode("370124104201"))).key());
    }

    @Test
    void namesAreRequiredAndTrimmed() {
        assertEquals("error.name.required", assertThrows(DomainException.class, () -> pingyin.rename("  ")).key());
        pingyin.rename("  平阴县  ");
        assertEquals("平阴县", pingyin.getName());
    }
}
