package cn.xiangzhi.platform.domain;

import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.domain.TenantOwnedEntity;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;

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
    void aPlacesPathIsItsParentsPathAndItsIdSoEverythingUnderAPlaceIsWithinItsScope() {
        Place kongcun = pingyin.addChild(PlaceLevel.TOWNSHIP, "孔村镇", new DivisionCode("370124104000"));
        Place village = kongcun.addChild(PlaceLevel.VILLAGE, "东关村", new DivisionCode("370124104201"));
        Place other = pingyin.addChild(PlaceLevel.TOWNSHIP, "东阿镇", new DivisionCode("370124105000"));
        stored(pingyin, 1L);
        stored(kongcun, 7L);
        stored(other, 70L);
        stored(village, 42L);

        assertEquals("/1/", pingyin.getPath());
        assertEquals("/1/7/", kongcun.getPath());
        assertEquals("/1/7/42/", village.getPath());
        assertEquals("/1/70/", other.getPath());
        assertEquals(7L, village.getParentId());
        assertEquals(3, village.depth());
        assertTrue(village.isWithin(kongcun.getPath()) && village.isWithin(pingyin.getPath()), "a village is in its township's and county's scope");
        assertFalse(village.isWithin(other.getPath()), "and not in another township's");
        assertFalse(other.isWithin(kongcun.getPath()), "a sibling is not inside its sibling");
        assertTrue(new DivisionCode("370124104201").isWithin(new DivisionCode("370124104000")));
        assertFalse(new DivisionCode("370124105201").isWithin(new DivisionCode("370124104000")));
    }

    /** What persisting does to a new place: the database gives it its id, then its path is assigned. */
    private static void stored(Place place, long id) {
        try {
            Field field = TenantOwnedEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(place, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        place.assignPath();
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
