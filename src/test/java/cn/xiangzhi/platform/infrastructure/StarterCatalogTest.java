package cn.xiangzhi.platform.infrastructure;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.platform.domain.Starter;
import cn.xiangzhi.platform.domain.TenantKind;
import cn.xiangzhi.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The starters shipped in tenants/ load, and their relative codes fit any tenant of their kind. */
class StarterCatalogTest {

    private final Map<String, Starter> starters = StarterCatalog.load(StarterCatalogTest.class.getClassLoader());

    @Test
    void theCountyStarterModelsPingyinsSixTownsAndTwoStreets() {
        Starter pingyin = starters.get("pingyin");
        assertEquals(TenantKind.COUNTY, pingyin.kind());
        long towns = pingyin.places().stream().filter(p -> p.level() == PlaceLevel.TOWNSHIP).count();
        long streets = pingyin.places().stream().filter(p -> p.level() == PlaceLevel.STREET).count();
        assertEquals(6, towns);
        assertEquals(2, streets);
    }

    @Test
    void theTownshipStarterHoldsVillagesOnly() {
        Starter changshan = starters.get("changshan");
        assertEquals(TenantKind.TOWNSHIP, changshan.kind());
        assertTrue(changshan.places().stream().allMatch(p -> p.level().tier() == PlaceLevel.Tier.VILLAGE));
    }

    @Test
    void relativeCodesBecomeFullCodesUnderAnyRootOfTheRightKind() {
        Starter pingyin = starters.get("pingyin");
        Starter.Place street = pingyin.places().get(0);
        Starter.Place community = pingyin.places().get(1);
        assertEquals("370124001000", pingyin.divisionCodeOf(street, new DivisionCode("370124000000")).value());
        assertEquals("370125001001", pingyin.divisionCodeOf(community, new DivisionCode("370125000000")).value());
        Starter changshan = starters.get("changshan");
        assertEquals("371681102201", changshan.divisionCodeOf(changshan.places().get(0), new DivisionCode("371681102000")).value());
    }

    @Test
    void aCodeOfTheWrongLengthIsRefusedWithTheStarterAndPlaceNamed() {
        Starter broken = new Starter("broken", "broken", TenantKind.COUNTY, null, "",
                List.of(new Starter.Place(PlaceLevel.VILLAGE, "坏村", "12")));
        DomainException e = assertThrows(DomainException.class,
                () -> broken.divisionCodeOf(broken.places().get(0), new DivisionCode("370124000000")));
        assertEquals("error.starter.code", e.key());
    }

    @Test
    void everyStarterNamesAThemeThatExists() {
        for (Starter starter : starters.values()) {
            assertTrue(Files.exists(Path.of("themes", starter.theme(), "theme.properties")),
                    starter.code() + " names theme " + starter.theme());
        }
    }
}
