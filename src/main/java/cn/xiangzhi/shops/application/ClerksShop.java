package cn.xiangzhi.shops.application;

import cn.xiangzhi.shops.domain.Shop;

/**
 * The shop a clerk acts for, whether it serves the village asked about (1) or not (0), and the id of
 * the redemption already made under the idempotency key asked about (null: none); a JPQL
 * constructor result.
 */
public record ClerksShop(Shop shop, long servedVillages, Long earlierRedemptionId) {

    /** Whether the shop serves the village asked about. */
    public boolean serves() {
        return servedVillages > 0;
    }
}
