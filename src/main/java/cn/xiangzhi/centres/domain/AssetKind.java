package cn.xiangzhi.centres.domain;

/** What a collective asset is (三资: resources, assets, funds — the register keeps the physical ones). */
public enum AssetKind {
    LAND, BUILDING, EQUIPMENT, OTHER
}
