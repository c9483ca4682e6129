package cn.xiangzhi.shops.domain;

/** The village's own supermarket (共富超市), or a partner: a bank, telecom shop, filling station... */
public enum ShopKind {
    VILLAGE_SUPERMARKET, PARTNER
}
