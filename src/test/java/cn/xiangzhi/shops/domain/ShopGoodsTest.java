package cn.xiangzhi.shops.domain;

import cn.xiangzhi.platform.domain.DivisionCode;
import cn.xiangzhi.platform.domain.Place;
import cn.xiangzhi.platform.domain.PlaceLevel;
import cn.xiangzhi.platform.domain.UserAccount;
import cn.xiangzhi.shared.domain.DomainException;
import cn.xiangzhi.shared.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopGoodsTest {

    private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
    private static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    private final Shop shop = new Shop("GF01", "北关村共富超市", ShopKind.VILLAGE_SUPERMARKET, null, "村委会东侧", null, "t/admin",
            Instant.now());

    @Test
    void goodsAreOfferedWhileActiveAndBetweenTheirDatesBothInclusive() {
        ShopGoods oil = new ShopGoods(shop, "OIL", "花生油 5L", 120, 10, MAY_1, MAY_31);
        assertFalse(oil.isOfferedOn(MAY_1.minusDays(1)));
        assertTrue(oil.isOfferedOn(MAY_1));
        assertTrue(oil.isOfferedOn(MAY_31));
        assertFalse(oil.isOfferedOn(MAY_31.plusDays(1)));
        oil.retire();
        assertFalse(oil.isOfferedOn(MAY_1), "retired goods are not offered");
    }

    @Test
    void openDatesMeanAlwaysOfferedOnThatSide() {
        assertTrue(new ShopGoods(shop, "SOAP", "肥皂", 5, null, null, null).isOfferedOn(LocalDate.of(2000, 1, 1)));
        ShopGoods fromMay = new ShopGoods(shop, "RICE", "大米", 50, null, MAY_1, null);
        assertFalse(fromMay.isOfferedOn(MAY_1.minusDays(1)));
        assertTrue(fromMay.isOfferedOn(LocalDate.of(2099, 1, 1)));
    }

    @Test
    void thePriceIsAPositiveWholeNumberOfPoints() {
        assertEquals("error.goods.price", assertThrows(DomainException.class,
                () -> new ShopGoods(shop, "FREE", "白送", 0, null, null, null)).key());
        assertEquals("error.goods.price", assertThrows(DomainException.class,
                () -> new ShopGoods(shop, "NEG", "倒找", -5, null, null, null)).key());
        ShopGoods oil = new ShopGoods(shop, "OIL", "花生油", 120, null, null, null);
        assertEquals("error.goods.price", assertThrows(DomainException.class, () -> oil.update("花生油", 0, null, null)).key());
        assertEquals(120, oil.getPricePoints(), "a refused edit changes nothing");
    }

    @Test
    void offeredUntilMayNotBeBeforeOfferedFrom() {
        assertEquals("error.goods.dates", assertThrows(DomainException.class,
                () -> new ShopGoods(shop, "OIL", "花生油", 120, null, MAY_31, MAY_1)).key());
        new ShopGoods(shop, "ONE", "一日特供", 10, null, MAY_1, MAY_1);
    }

    @Test
    void codesAndStockAreChecked() {
        assertEquals("error.goods.code", assertThrows(DomainException.class,
                () -> new ShopGoods(shop, "有 空格", "油", 1, null, null, null)).key());
        assertEquals("error.goods.stock", assertThrows(DomainException.class,
                () -> new ShopGoods(shop, "OIL", "油", 1, -1, null, null)).key());
    }

    @Test
    void restockingAddsToALimitedStockOnly() {
        ShopGoods oil = new ShopGoods(shop, "OIL", "花生油", 120, 0, null, null);
        assertTrue(oil.isSoldOut());
        oil.restock(5);
        assertEquals(5, oil.getStock());
        assertFalse(oil.isSoldOut());
        assertEquals("error.goods.quantity", assertThrows(DomainException.class, () -> oil.restock(0)).key());
        ShopGoods haircut = new ShopGoods(shop, "CUT", "理发", 10, null, null, null);
        assertFalse(haircut.isSoldOut(), "unlimited goods never sell out");
        assertEquals("error.goods.unlimited", assertThrows(DomainException.class, () -> haircut.restock(3)).key());
        assertNull(haircut.getStock());
    }

    @Test
    void aShopHasACodeAKindAndAPartnerTypeOnlyWhenItIsAPartner() {
        assertEquals("error.shop.code", assertThrows(DomainException.class,
                () -> new Shop("", "超市", ShopKind.VILLAGE_SUPERMARKET, null, null, null, "x", Instant.now())).key());
        assertEquals("error.shop.kind", assertThrows(DomainException.class,
                () -> new Shop("S1", "超市", null, null, null, null, "x", Instant.now())).key());
        assertEquals("error.shop.phone", assertThrows(DomainException.class,
                () -> new Shop("S1", "超市", ShopKind.PARTNER, "银行", null, "call me", "x", Instant.now())).key());
        Shop bank = new Shop("BANK", "农商银行北关支行", ShopKind.PARTNER, "银行", null, "0531-87654321", "x", Instant.now());
        assertEquals("银行", bank.getPartnerType());
        bank.update("北关超市", ShopKind.VILLAGE_SUPERMARKET, "银行", null, null);
        assertNull(bank.getPartnerType(), "a village supermarket is no partner");
    }

    @Test
    void onlyAShopClerkUserCanBeAClerkOfAnActiveShop() {
        Place village = Place.root(PlaceLevel.TOWNSHIP, "长山镇", new DivisionCode("371681102000"))
                .addChild(PlaceLevel.VILLAGE, "北关村", new DivisionCode("371681102202"));
        UserAccount clerk = new UserAccount("clerk1", "店员", null, Role.SHOP_CLERK, village, "clerk-pass-1".toCharArray(), Instant.parse("2026-12-01T00:00:00Z"));
        UserAccount chief = new UserAccount("chief1", "网格长", null, Role.GRID_CHIEF, village, "chief-pass-1".toCharArray(), Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals(clerk, new ShopClerk(shop, clerk, "x", Instant.now()).getUser());
        assertEquals("error.shop.clerkRole", assertThrows(DomainException.class,
                () -> new ShopClerk(shop, chief, "x", Instant.now())).key());
        shop.deactivate();
        assertEquals("error.shop.inactive", assertThrows(DomainException.class,
                () -> new ShopClerk(shop, clerk, "x", Instant.now())).key());
        assertEquals("error.shop.village", assertThrows(DomainException.class,
                () -> new ShopVillage(shop, village.getParent())).key());
    }
}
